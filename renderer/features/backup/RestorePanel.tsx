import { useState } from 'react';
import { DEFAULT_BACKUP_LIMITS } from '../../../shared/backup/format';
import { rolesGrant } from '../../../shared/domain/permissions';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { restoreBackup } from '../../db/backup/restoreBackup';
import { restoreIntoNewWorkspace } from '../../db/backup/restoreIntoNewWorkspace';
import { useHost } from '../../host/HostContext';
import { useSession } from '../../state/sessionStore';
import { useUi } from '../../state/uiStore';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { BACKUP_FILTERS, safetyBackup } from './backupActions';
import { RestoreSummary } from './RestoreSummary';
import type { useBackupCheck } from './useBackupCheck';

type Outcome = { kind: 'new'; dbName: string } | { kind: 'replaced'; note: string };

/** Choose a file, see it checked and summarised, then restore it as a new workspace or over this one. */
export function RestorePanel({ checker }: { checker: ReturnType<typeof useBackupCheck> }) {
  const host = useHost();
  const { db } = useWorkspace();
  const member = useMember();
  const openWorkspace = useSession((s) => s.openWorkspace);
  const setView = useUi((s) => s.setView);
  const { state, check, reset } = checker;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const isAdmin = rolesGrant(member.roles, 'workspace.configure');

  async function chooseFile() {
    setError(null);
    setOutcome(null);
    const opened = await host.openFile({
      filters: BACKUP_FILTERS,
      maxBytes: DEFAULT_BACKUP_LIMITS.maxFileBytes,
    });
    if (!opened.ok) setError(`${opened.error} Nothing was restored or changed.`);
    else if (opened.value) check(opened.value.name, opened.value.data);
  }

  async function restore(mode: 'new' | 'replace') {
    if (state.status !== 'valid') return;
    setBusy(true);
    setError(null);
    try {
      if (mode === 'new') {
        const dbName = await restoreIntoNewWorkspace(state.backup, member.id, state.sourceName);
        setOutcome({ kind: 'new', dbName });
      } else {
        const note = await safetyBackup(db, host);
        await restoreBackup(db, {
          backup: state.backup,
          memberId: member.id,
          mode: 'replace',
          sourceName: state.sourceName,
        });
        setOutcome({ kind: 'replaced', note });
      }
      reset();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="restore-heading" className="card">
      <h2 id="restore-heading">Restore</h2>
      <p className="muted">
        A backup is checked completely before anything is written: its hashes, every record, the
        audit trail and every signature. Restoring adds a “workspace.restore” event to the trail.
      </p>
      <button
        type="button"
        onClick={() => void chooseFile()}
        disabled={state.status === 'checking' || busy}
      >
        Restore from a file…
      </button>
      {state.status === 'checking' && (
        <p role="status">
          Checking {state.sourceName}…{' '}
          <button type="button" className="button-secondary" onClick={reset}>
            Cancel check
          </button>
        </p>
      )}
      {state.status === 'refused' && (
        <p role="alert" className="alert alert-error">
          {state.sourceName} cannot be restored. {state.message}
        </p>
      )}
      {state.status === 'valid' && (
        <>
          <RestoreSummary summary={state.backup.summary} sourceName={state.sourceName} />
          <div className="button-row">
            <button type="button" onClick={() => void restore('new')} disabled={busy}>
              Restore as a new workspace
            </button>
            {isAdmin && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => void restore('replace')}
                disabled={busy}
              >
                Replace this workspace
              </button>
            )}
            <button type="button" className="button-quiet" onClick={reset} disabled={busy}>
              Cancel
            </button>
          </div>
          {isAdmin && (
            <p className="muted">
              Replacing first saves a safety backup of this workspace as it is now.
            </p>
          )}
        </>
      )}
      <ErrorAlert message={error} />
      {outcome?.kind === 'new' && (
        <p role="status" className="alert alert-ok">
          The backup was restored as a new workspace.{' '}
          <button
            type="button"
            onClick={() => {
              setView('initiatives');
              openWorkspace(outcome.dbName);
            }}
          >
            Open restored workspace
          </button>
        </p>
      )}
      {outcome?.kind === 'replaced' && (
        <p role="status" className="alert alert-ok">
          This workspace was replaced by the backup. {outcome.note}
        </p>
      )}
    </section>
  );
}
