import { useState, type SubmitEvent } from 'react';
import type { Member } from '../../../shared/domain/member';
import { useWorkspace } from '../../app/WorkspaceContext';
import { CommandError } from '../../db/commands/commandError';
import { execute } from '../../db/commands/defineCommand';
import { setOwnPassphrase } from '../../db/commands/setOwnPassphrase';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { passphraseProblem, sealNewCredential } from './signInActions';

/**
 * First sign-in (or after a reset): the member chooses the passphrase only
 * they know, and their signing key pair is created and sealed with it.
 */
export function ChoosePassphraseForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { db } = useWorkspace();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const problem = passphraseProblem(passphrase, confirmation);
    if (problem) {
      setError(problem);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const credential = await sealNewCredential(passphrase, member.id);
      await execute(
        db,
        setOwnPassphrase,
        { memberId: member.id, credential },
        { memberId: member.id },
      );
      onDone();
    } catch (e) {
      setError(e instanceof CommandError || e instanceof Error ? e.message : String(e));
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label="Choose your passphrase" noValidate>
      <h2>Choose your passphrase, {member.name}</h2>
      <p className="muted">
        Only you will know it. It protects the key that signs your decisions, so it is never stored
        and nobody can recover it; an administrator can only issue a new one, which gives you a new
        key.
      </p>
      <PassphraseFields
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
        label="New passphrase"
      />
      <ErrorAlert message={error} />
      <button type="submit" disabled={pending}>
        {pending ? 'Creating your signing key…' : 'Set passphrase and sign in'}
      </button>
    </form>
  );
}
