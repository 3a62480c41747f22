/** Tells the reminder in the shell that a backup (or the reminder period) changed. */
export const BACKUP_RECORDED_EVENT = 'countersign:backup-recorded';

export function announceBackupRecorded(): void {
  window.dispatchEvent(new Event(BACKUP_RECORDED_EVENT));
}
