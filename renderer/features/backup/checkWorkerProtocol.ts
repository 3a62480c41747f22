import type { BackupCheck } from '../../db/backup/validateBackupFile';

/** Main thread → worker: the file's bytes (transferred, not copied). */
export interface CheckRequest {
  bytes: Uint8Array<ArrayBuffer>;
}

/** Worker → main thread: the complete verdict (validated rows or the reason for refusal). */
export type CheckResponse = BackupCheck;
