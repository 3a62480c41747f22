import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Member } from '../../../shared/domain/member';
import { ROLE_LABELS } from '../../../shared/domain/roles';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useSession } from '../../state/sessionStore';
import { SAMPLE_PASSPHRASE } from '../workspace-setup/samplePassphrase';
import { ChoosePassphraseForm } from './ChoosePassphraseForm';
import { PassphraseForm } from './PassphraseForm';

/** Choose who you are, then prove it with your passphrase. */
export function SignInScreen() {
  const { db, workspace } = useWorkspace();
  const signIn = useSession((s) => s.signIn);
  const closeWorkspace = useSession((s) => s.closeWorkspace);
  const members = useLiveQuery(
    () => db.members.where('status').equals('active').sortBy('name'),
    [db],
  );
  const [chosen, setChosen] = useState<Member | null>(null);
  const [choosing, setChoosing] = useState(false);
  const credential = useLiveQuery(
    async () => (chosen ? ((await db.credentials.get(chosen.id)) ?? null) : undefined),
    [db, chosen],
  );

  if (chosen) {
    // Members from before passphrases existed choose one now; so do those with a temporary one.
    const mustChoose = choosing || credential === null;
    return (
      <main className="centered">
        <h1>{workspace.name}</h1>
        {mustChoose ? (
          <ChoosePassphraseForm member={chosen} onDone={() => signIn(chosen.id)} />
        ) : (
          <>
            <h2>Sign in as {chosen.name}</h2>
            {workspace.sample && <SampleNotice />}
            <PassphraseForm
              memberId={chosen.id}
              mode="sign-in"
              submitLabel="Sign in"
              onSuccess={(next) => {
                if (next === 'choose-passphrase') setChoosing(true);
                else signIn(chosen.id);
              }}
            />
          </>
        )}
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setChosen(null);
            setChoosing(false);
          }}
        >
          Choose someone else
        </button>
      </main>
    );
  }

  return (
    <main className="centered">
      <h1>{workspace.name}</h1>
      <h2 id="picker-heading">Who is working?</h2>
      {workspace.sample && <SampleNotice />}
      {members === undefined ? (
        <p role="status">Loading members…</p>
      ) : (
        <ul aria-labelledby="picker-heading" className="member-list">
          {members.map((member) => (
            <li key={member.id}>
              <button type="button" className="member-button" onClick={() => setChosen(member)}>
                <span className="member-name">Continue as {member.name}</span>
                <span className="member-roles">
                  {member.roles.map((r) => ROLE_LABELS[r]).join(', ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button-quiet" onClick={closeWorkspace}>
        Switch workspace
      </button>
    </main>
  );
}

function SampleNotice() {
  return (
    <p className="alert alert-info">
      This is the sample workspace: every member’s passphrase is{' '}
      <strong>{SAMPLE_PASSPHRASE}</strong>.
    </p>
  );
}
