/**
 * UI preferences about backups, kept in localStorage: they are about this
 * browser, not governance records, so they are not in the workspace database.
 */
const LAST_BACKUP_PREFIX = 'countersign.lastBackup.';
const REMINDER_DAYS_KEY = 'countersign.backupReminderDays';
const AUTO_HEAD_PREFIX = 'countersign.autoBackupHead.';

export const REMINDER_DAY_OPTIONS = [1, 3, 7, 14, 30] as const;
export const DEFAULT_REMINDER_DAYS = 7;

type PrefStorage = Pick<Storage, 'getItem' | 'setItem'>;

function read(storage: PrefStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: PrefStorage, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // A preference that cannot be stored only means an extra reminder.
  }
}

export function lastBackupAt(
  workspaceId: string,
  storage: PrefStorage = localStorage,
): Date | null {
  const value = read(storage, LAST_BACKUP_PREFIX + workspaceId);
  const date = value === null ? null : new Date(value);
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

export function recordBackup(workspaceId: string, at: string, storage: PrefStorage = localStorage) {
  write(storage, LAST_BACKUP_PREFIX + workspaceId, at);
}

export function reminderDays(storage: PrefStorage = localStorage): number {
  const value = Number(read(storage, REMINDER_DAYS_KEY));
  return (REMINDER_DAY_OPTIONS as readonly number[]).includes(value)
    ? value
    : DEFAULT_REMINDER_DAYS;
}

export function setReminderDays(days: number, storage: PrefStorage = localStorage) {
  write(storage, REMINDER_DAYS_KEY, String(days));
}

/** Whether to remind: never backed up, or the last backup is older than the period. */
export function backupOverdue(last: Date | null, days: number, now: Date): boolean {
  return last === null || now.getTime() - last.getTime() > days * 24 * 60 * 60 * 1000;
}

/** Audit head hash of the last automatic backup, to skip backups when nothing changed. */
export function autoBackupHead(workspaceId: string, storage: PrefStorage = localStorage) {
  return read(storage, AUTO_HEAD_PREFIX + workspaceId);
}

export function recordAutoBackupHead(
  workspaceId: string,
  head: string,
  storage: PrefStorage = localStorage,
) {
  write(storage, AUTO_HEAD_PREFIX + workspaceId, head);
}
