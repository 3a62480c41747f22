import { useState, type SubmitEvent } from 'react';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { attemptSignIn } from './signInActions';

interface Props {
  memberId: string;
  mode: 'sign-in' | 'unlock';
  submitLabel: string;
  onSuccess: (next: 'signed-in' | 'choose-passphrase') => void;
}

/** Asks for a member's passphrase; failures are audited and repeated ones make it wait. */
export function PassphraseForm({ memberId, mode, submitLabel, onSuccess }: Props) {
  const { db } = useWorkspace();
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await attemptSignIn(db, memberId, passphrase, mode);
      setPassphrase('');
      if (result.ok) {
        onSuccess(result.next);
        return;
      }
      setError(result.message);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setPending(false);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label={submitLabel}>
      <Field label="Passphrase">
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </Field>
      <ErrorAlert message={error} />
      <button type="submit" disabled={pending || passphrase.length === 0}>
        {pending ? 'Checking…' : submitLabel}
      </button>
    </form>
  );
}
