import { useEffect, useState } from 'react';
import { listWorkspaces, type WorkspaceEntry } from '../../db/workspaceDirectory';
import { useSession } from '../../state/sessionStore';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { VerifyBundleButton } from '../bundle/VerifyBundleButton';
import { FirstRunRestore } from '../backup/FirstRunRestore';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { openSampleWorkspace } from './workspaceActions';

/** What a person sees with no workspace open: create one, open the sample, or reopen one. */
export function FirstRunScreen() {
  const openWorkspace = useSession((s) => s.openWorkspace);
  const signIn = useSession((s) => s.signIn);
  const [existing, setExisting] = useState<WorkspaceEntry[]>([]);
  const [sampleState, setSampleState] = useState<{ pending: boolean; error: string | null }>({
    pending: false,
    error: null,
  });

  useEffect(() => {
    let cancelled = false;
    listWorkspaces().then(
      (entries) => {
        if (!cancelled) setExisting(entries);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  async function onOpenSample() {
    setSampleState({ pending: true, error: null });
    try {
      openWorkspace(await openSampleWorkspace());
    } catch (error) {
      setSampleState({
        pending: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return (
    <main className="first-run">
      <header className="first-run-header">
        <h1>Countersign</h1>
        <p>
          Carry each AI initiative from proof of concept to production with signed sign-offs, a
          tamper-evident audit trail and packs an auditor can check. Everything stays on this
          computer.
        </p>
      </header>
      <div className="first-run-options">
        <section aria-labelledby="create-heading" className="card">
          <h2 id="create-heading">Create workspace</h2>
          <p>Start an empty workspace. You become its first member and administrator.</p>
          <CreateWorkspaceForm
            onCreated={(dbName, memberId) => {
              openWorkspace(dbName);
              signIn(memberId);
            }}
          />
        </section>
        <section aria-labelledby="sample-heading" className="card">
          <h2 id="sample-heading">Try the sample</h2>
          <p>
            A fictional insurer’s AI portfolio: five initiatives at different stages, their owners,
            reviewers and risks.
          </p>
          <button type="button" onClick={() => void onOpenSample()} disabled={sampleState.pending}>
            {sampleState.pending ? 'Preparing sample…' : 'Open sample workspace'}
          </button>
          <ErrorAlert message={sampleState.error} />
          {existing.length > 0 && (
            <>
              <h2 id="existing-heading">Workspaces on this computer</h2>
              <ul aria-labelledby="existing-heading" className="plain-list">
                {existing.map((entry) => (
                  <li key={entry.dbName}>
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => openWorkspace(entry.dbName)}
                    >
                      Open {entry.name}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <FirstRunRestore />
        <section aria-labelledby="verify-heading" className="card">
          <h2 id="verify-heading">Check an audit bundle</h2>
          <p>
            Received an audit bundle? Check every file, event and signature in it, offline, without
            opening a workspace.
          </p>
          <VerifyBundleButton />
        </section>
      </div>
    </main>
  );
}
