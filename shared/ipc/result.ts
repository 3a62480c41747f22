/** What crosses the bridge: never a thrown error, always one of these. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const ipcOk = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const ipcError = <T = never>(error: string): IpcResult<T> => ({ ok: false, error });
