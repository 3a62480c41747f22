import { tryReadBackup, type ValidatedBackup } from '../../../shared/backup/readBackup';
import type { BackupLimits } from '../../../shared/backup/format';
import { CURRENT_SCHEMA_VERSION } from '../schema/versions';

export type BackupCheck = { ok: true; backup: ValidatedBackup } | { ok: false; message: string };

/** Reads and validates a backup file completely for this build's schema. Writes nothing. */
export function validateBackupFile(bytes: Uint8Array, limits?: BackupLimits): BackupCheck {
  const result = tryReadBackup(bytes, {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    ...(limits ? { limits } : {}),
  });
  if (result.ok) return result;
  return { ok: false, message: `${result.error.message} Nothing was restored or changed.` };
}
