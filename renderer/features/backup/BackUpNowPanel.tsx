import { useState } from 'react';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useHost } from '../../host/HostContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { backUpNow } from './backupActions';
import {
  lastBackupAt,
  REMINDER_DAY_OPTIONS,
  reminderDays,
  setReminderDays,
} from './backupPreferences';
import { announceBackupRecorded } from './backupEvents';

/** "Back up now", the time of the last backup, and (in a browser) the reminder period. */
export function BackUpNowPanel() {
  const host = useHost();
  const { db, workspace } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [last, setLast] = useState(() => lastBackupAt(workspace.id));
  const [days, setDays] = useState(() => reminderDays());

  async function onBackUp() {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const result = await backUpNow(db, host);
      if (result.saved) {
        setSaved(`Backup saved to ${result.location ?? 'your files'}.`);
        setLast(lastBackupAt(workspace.id));
        announceBackupRecorded();
      }
    } catch (e) {
      setError(`The backup was not made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="backup-now-heading" className="card">
      <h2 id="backup-now-heading">Back up</h2>
      <p className="muted">
        One file holds the whole workspace: members and their sealed signing keys (still encrypted
        with each member’s passphrase), initiatives, risks and the complete audit trail.
      </p>
      <button type="button" onClick={() => void onBackUp()} disabled={busy}>
        {busy ? 'Backing up…' : 'Back up now'}
      </button>
      <p>
        Last backup from this {host.kind === 'browser' ? 'browser' : 'computer'}:{' '}
        {last ? last.toLocaleString() : 'never'}
      </p>
      {saved && (
        <p role="status" className="alert alert-ok">
          {saved}
        </p>
      )}
      <ErrorAlert message={error} />
      {host.kind === 'browser' && (
        <label>
          Remind me to back up after{' '}
          <select
            value={days}
            onChange={(event) => {
              const value = Number(event.target.value);
              setReminderDays(value);
              setDays(value);
              announceBackupRecorded();
            }}
          >
            {REMINDER_DAY_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {option === 1 ? '1 day' : `${String(option)} days`}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
