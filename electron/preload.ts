/**
 * The one bridge between page and main process. Sandboxed preloads can only
 * `require('electron')`, so this file imports nothing at runtime but Electron
 * and the channel names; the contract is used for types only (no zod here).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, QUIT_BACKUP_CHANNELS } from '../shared/ipc/channels';
import type { IpcChannel } from '../shared/ipc/channels';
import type {
  AppInfo,
  BRIDGE_GLOBAL,
  CountersignBridge,
  OpenFileResponse,
  SaveFileResponse,
  StoredBackup,
} from '../shared/ipc/contract';
import type { IpcResult } from '../shared/ipc/result';

/** Same value as the contract's BRIDGE_GLOBAL, checked by the type. */
const bridgeGlobal: typeof BRIDGE_GLOBAL = 'countersign';

/** The main process always answers with an IpcResult (see electron/ipc/handlers.ts). */
function invoke<T>(channel: IpcChannel, ...args: unknown[]): Promise<IpcResult<T>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<T>>;
}

const bridge = {
  files: {
    save: (request) => invoke<SaveFileResponse>(IPC_CHANNELS.saveFile, request),
    open: (request) => invoke<OpenFileResponse>(IPC_CHANNELS.openFile, request),
  },
  app: {
    info: () => invoke<AppInfo>(IPC_CHANNELS.appInfo),
  },
  backups: {
    write: (request) => invoke<StoredBackup>(IPC_CHANNELS.backupsWrite, request),
    list: (request) => invoke<StoredBackup[]>(IPC_CHANNELS.backupsList, request),
    read: (request) => invoke<Uint8Array>(IPC_CHANNELS.backupsRead, request),
    onQuitRequest: (listener) => {
      const handle = () => {
        // Whatever the listener does, tell the main process so quitting goes on.
        void listener()
          .catch(() => undefined)
          .finally(() => void ipcRenderer.invoke(QUIT_BACKUP_CHANNELS.done));
      };
      ipcRenderer.on(QUIT_BACKUP_CHANNELS.request, handle);
      return () => {
        ipcRenderer.removeListener(QUIT_BACKUP_CHANNELS.request, handle);
      };
    },
  },
} satisfies CountersignBridge;

contextBridge.exposeInMainWorld(bridgeGlobal, bridge);
