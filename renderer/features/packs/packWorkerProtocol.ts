import type { PackSpec } from '../../../shared/pack/spec';

/** Messages between the Export pack dialog and the pack worker. */
export type PackWorkerRequest = { type: 'export'; dbName: string; spec: PackSpec };

export type PackWorkerResponse =
  | { type: 'progress'; fraction: number; label: string }
  | {
      type: 'done';
      bytes: Uint8Array<ArrayBuffer>;
      fileName: string;
      contentHash: string;
      chainOk: boolean;
    }
  | { type: 'error'; message: string };
