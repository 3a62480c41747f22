import { useEffect, useState } from 'react';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useHost } from '../../host/HostContext';
import { useUi } from '../../state/uiStore';
import { autoBackupIfChanged } from './backupActions';
import { BACKUP_RECORDED_EVENT } from './backupEvents';
import { backupOverdue, lastBackupAt, reminderDays } from './backupPreferences';

export const AUTO_BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/**
 * Lives in the shell. On the desktop it sends an automatic backup every 15
 * minutes when the audit head moved; in a browser it reminds people to back up
 * when the last backup (or the workspace's creation) is older than the period.
 */
export function BackupStatus() {
  const host = useHost();
  const { db, workspace } = useWorkspace();
  const setView = useUi((s) => s.setView);
  const [overdue, setOverdue] = useState(false);
  const [autoError, setAutoError] = useState<string | null>(null);

  useEffect(() => {
    if (!host.backups) return;
    const run = () => {
      autoBackupIfChanged(db, host).then(
        () => setAutoError(null),
        (error: unknown) =>
          setAutoError(
            `The automatic backup failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
      );
    };
    const timer = window.setInterval(run, AUTO_BACKUP_INTERVAL_MS);
    // Quitting waits (up to a limit) for one last backup of anything not yet backed up.
    const stopOnQuit = host.backups.onQuit(async () => {
      await autoBackupIfChanged(db, host);
    });
    return () => {
      window.clearInterval(timer);
      stopOnQuit();
    };
  }, [db, host]);

  useEffect(() => {
    if (host.backups) return;
    const update = () => {
      const since = lastBackupAt(workspace.id) ?? new Date(workspace.createdAt);
      setOverdue(backupOverdue(since, reminderDays(), new Date()));
    };
    update();
    const timer = window.setInterval(update, 60_000);
    window.addEventListener(BACKUP_RECORDED_EVENT, update);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(BACKUP_RECORDED_EVENT, update);
    };
  }, [host, workspace.id, workspace.createdAt]);

  if (autoError) {
    return (
      <p role="alert" className="alert alert-error">
        {autoError}
      </p>
    );
  }
  if (!overdue) return null;
  return (
    <p className="alert backup-reminder">
      This workspace has not been backed up from this browser for more than {reminderDays()} days.
      Browser storage can be cleared; keep a backup file.{' '}
      <button type="button" className="button-secondary" onClick={() => setView('backups')}>
        Open Backups
      </button>
    </p>
  );
}
