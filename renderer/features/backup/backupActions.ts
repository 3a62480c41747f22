import { BACKUP_EXTENSION, BACKUP_MEDIA_TYPE } from '../../../shared/backup/format';
import type { FileFilter } from '../../../shared/ipc/contract';
import { backupFileName } from '../../db/backup/backupFileName';
import { createBackup } from '../../db/backup/createBackup';
import type { CountersignDb } from '../../db/database';
import type { Host } from '../../host/host';
import { autoBackupHead, recordAutoBackupHead, recordBackup } from './backupPreferences';

export const BACKUP_FILTERS: FileFilter[] = [
  { name: 'Countersign backup', extensions: [BACKUP_EXTENSION] },
];

/** "Back up now": one file, saved wherever the person chooses (or downloaded). */
export async function backUpNow(
  db: CountersignDb,
  host: Host,
): Promise<{ saved: false } | { saved: true; location: string | undefined }> {
  const { version } = await host.info();
  const backup = await createBackup(db, version);
  const result = await host.saveFile({
    suggestedName: backup.fileName,
    data: backup.bytes,
    mediaType: BACKUP_MEDIA_TYPE,
    filters: BACKUP_FILTERS,
  });
  if (!result.ok) throw new Error(result.error);
  if (!result.value.saved) return { saved: false };
  recordBackup(backup.workspaceId, backup.createdAt);
  return { saved: true, location: result.value.location };
}

/**
 * The backup taken before a restore replaces this workspace. On the desktop
 * it goes to the automatic backups; in a browser it is downloaded. Throws if
 * it could not be kept, so the replace does not go ahead.
 */
export async function safetyBackup(db: CountersignDb, host: Host): Promise<string> {
  const { version } = await host.info();
  const backup = await createBackup(db, version);
  if (host.backups) {
    const stored = await host.backups.write(backup.workspaceId, backup.bytes);
    if (!stored.ok) throw new Error(`The safety backup could not be written: ${stored.error}`);
    return `Safety backup kept with the automatic backups (${stored.value.name}).`;
  }
  const name = backupFileName(
    (await db.workspace.toCollection().first())?.name ?? 'workspace',
    backup.createdAt,
    'before-restore',
  );
  const saved = await host.saveFile({
    suggestedName: name,
    data: backup.bytes,
    mediaType: BACKUP_MEDIA_TYPE,
    filters: BACKUP_FILTERS,
  });
  if (!saved.ok || !saved.value.saved) {
    throw new Error(
      `The safety backup was not saved${saved.ok ? '' : `: ${saved.error}`}. The workspace was not replaced.`,
    );
  }
  return `Safety backup ${name} saved to ${saved.value.location ?? 'your files'}.`;
}

/** One automatic backup, only when the audit head moved since the last one. */
export async function autoBackupIfChanged(db: CountersignDb, host: Host): Promise<boolean> {
  if (!host.backups) return false;
  const [workspace, head] = await Promise.all([
    db.workspace.toCollection().first(),
    db.auditEvents.orderBy('seq').last(),
  ]);
  if (!workspace || !head || autoBackupHead(workspace.id) === head.hash) return false;
  const { version } = await host.info();
  const backup = await createBackup(db, version);
  const stored = await host.backups.write(backup.workspaceId, backup.bytes);
  if (!stored.ok) throw new Error(stored.error);
  if (backup.auditHeadHash) recordAutoBackupHead(backup.workspaceId, backup.auditHeadHash);
  return true;
}
