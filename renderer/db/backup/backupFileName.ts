import { BACKUP_EXTENSION } from '../../../shared/backup/format';

/** `acme-ai-governance-backup-2026-03-01-0915.csbackup` (time in UTC). */
export function backupFileName(
  workspaceName: string,
  createdAt: string,
  suffix = 'backup',
): string {
  const slug =
    workspaceName
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'workspace';
  const stamp = createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `${slug}-${suffix}-${stamp}.${BACKUP_EXTENSION}`;
}
