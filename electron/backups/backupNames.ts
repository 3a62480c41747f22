import { AUTO_BACKUP_NAME_PATTERN } from '../../shared/ipc/contract';

/** `2026-03-01T09:15:00.123Z` → `20260301T091500123Z`: sortable and safe in every file system. */
function compactTime(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function autoBackupName(workspaceId: string, createdAt: Date): string {
  return `${workspaceId}_${compactTime(createdAt)}.csbackup`;
}

/** The workspace and time a backup's name records, or null for any other file. */
export function parseAutoBackupName(name: string): { workspaceId: string; createdAt: Date } | null {
  const match = AUTO_BACKUP_NAME_PATTERN.exec(name);
  const [, workspaceId, stamp] = match ?? [];
  if (workspaceId === undefined || stamp === undefined) return null;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  const createdAt = new Date(iso);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== iso) return null;
  return { workspaceId, createdAt };
}
