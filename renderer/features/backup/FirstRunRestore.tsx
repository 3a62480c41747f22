import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { DEFAULT_BACKUP_LIMITS } from '../../../shared/backup/format';
import {
  checkTemporaryPassphrase,
  unlockCredential,
  WrongPassphraseError,
} from '../../../shared/auth/credential';
import { rolesGrant } from '../../../shared/domain/permissions';
import { restoreIntoNewWorkspace } from '../../db/backup/restoreIntoNewWorkspace';
import { useHost } from '../../host/HostContext';
import { useSession } from '../../state/sessionStore';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { BACKUP_FILTERS } from './backupActions';
import { RestoreSummary } from './RestoreSummary';
import { useBackupCheck } from './useBackupCheck';

/**
 * Restoring with no workspace open (a new computer, or a database that will
 * not open): the backup is checked completely, then one of its administrators
 * proves who they are with their passphrase against the sealed key inside it.
 */
export function FirstRunRestore({
  initialFile = null,
}: {
  initialFile?: { name: string; data: Uint8Array } | null;
}) {
  const host = useHost();
  const openWorkspace = useSession((s) => s.openWorkspace);
  const signIn = useSession((s) => s.signIn);
  const { state, check, reset } = useBackupCheck();
  const [memberId, setMemberId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    // A file handed over (the latest automatic backup) is checked straight away, once.
    if (initialFile && !started.current) {
      started.current = true;
      check(initialFile.name, initialFile.data);
    }
  }, [initialFile, check]);

  const administrators =
    state.status === 'valid'
      ? state.backup.rows.members.filter(
          (m) => m.status === 'active' && rolesGrant(m.roles, 'workspace.configure'),
        )
      : [];
  const chosen = memberId || administrators[0]?.id || '';

  async function chooseFile() {
    setError(null);
    const opened = await host.openFile({
      filters: BACKUP_FILTERS,
      maxBytes: DEFAULT_BACKUP_LIMITS.maxFileBytes,
    });
    if (!opened.ok) setError(`${opened.error} Nothing was restored.`);
    else if (opened.value) check(opened.value.name, opened.value.data);
  }

  async function restore(event: SubmitEvent) {
    event.preventDefault();
    if (state.status !== 'valid' || !chosen) return;
    setBusy(true);
    setError(null);
    try {
      const credential = state.backup.rows.credentials.find((c) => c.memberId === chosen);
      const proven =
        credential?.kind === 'signing-key'
          ? await unlockCredential(credential.envelope, passphrase, chosen).then(
              () => true,
              (e: unknown) => {
                if (e instanceof WrongPassphraseError) return false;
                throw e;
              },
            )
          : credential?.kind === 'temporary'
            ? await checkTemporaryPassphrase(credential.temporary, passphrase)
            : false;
      if (!proven) {
        setError(
          'That passphrase is not correct for this administrator in the backup. Nothing was restored.',
        );
        setBusy(false);
        setPassphrase('');
        return;
      }
      const dbName = await restoreIntoNewWorkspace(state.backup, chosen, state.sourceName);
      openWorkspace(dbName);
      signIn(chosen);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="first-restore-heading" className="card">
      <h2 id="first-restore-heading">Restore a backup</h2>
      <p>
        Bring back a workspace from a Countersign backup file. It is checked completely before
        anything is written.
      </p>
      <button
        type="button"
        className="button-secondary"
        onClick={() => void chooseFile()}
        disabled={state.status === 'checking' || busy}
      >
        Choose a backup file…
      </button>
      {state.status === 'checking' && <p role="status">Checking {state.sourceName}…</p>}
      {state.status === 'refused' && (
        <p role="alert" className="alert alert-error">
          {state.sourceName} cannot be restored. {state.message}
        </p>
      )}
      {state.status === 'valid' && (
        <form onSubmit={(e) => void restore(e)} aria-label="Restore a backup" noValidate>
          <RestoreSummary summary={state.backup.summary} sourceName={state.sourceName} />
          {administrators.length === 0 ? (
            <p role="alert" className="alert alert-error">
              This backup has no active administrator, so nobody could sign in to it after
              restoring.
            </p>
          ) : (
            <>
              <Field label="Restore as administrator">
                {(p) => (
                  <select {...p} value={chosen} onChange={(e) => setMemberId(e.target.value)}>
                    {administrators.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="Their passphrase in the backup">
                {(p) => (
                  <input
                    {...p}
                    type="password"
                    autoComplete="current-password"
                    value={passphrase}
                    onChange={(e) => setPassphrase(e.target.value)}
                  />
                )}
              </Field>
              <div className="button-row">
                <button type="submit" disabled={busy || passphrase.length === 0}>
                  {busy ? 'Restoring…' : 'Restore as a new workspace'}
                </button>
                <button type="button" className="button-quiet" onClick={reset} disabled={busy}>
                  Cancel
                </button>
              </div>
            </>
          )}
        </form>
      )}
      <ErrorAlert message={error} />
    </section>
  );
}
