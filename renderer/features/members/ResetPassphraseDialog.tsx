import { useState, type SubmitEvent } from 'react';
import type { Member } from '../../../shared/domain/member';
import { useCommand } from '../../app/useCommand';
import { resetPassphrase } from '../../db/commands/resetPassphrase';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { newTemporaryPassphrase, passphraseProblem } from '../session/signInActions';

export function ResetPassphraseDialog({
  member,
  onClose,
}: {
  member: Member | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={member ? `Reset passphrase for ${member.name}` : 'Reset passphrase'}
      open={member !== null}
      onClose={onClose}
    >
      {member && <ResetForm member={member} onDone={onClose} />}
    </Dialog>
  );
}

function ResetForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const command = useCommand(resetPassphrase);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const issue = passphraseProblem(passphrase, confirmation);
    setProblem(issue);
    if (issue) return;
    const temporaryPassphrase = await newTemporaryPassphrase(passphrase);
    if (await command.run({ memberId: member.id, temporaryPassphrase, reason })) onDone();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Reset passphrase">
      <p>
        {member.name}’s current signing key is retired now; their past signatures stay verifiable.
        They sign in with the one-time passphrase below and choose a new one, which creates a new
        key.
      </p>
      <PassphraseFields
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
        label="One-time passphrase"
        error={problem ?? undefined}
      />
      <Field label="Reason" error={command.fieldErrors.reason}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <ErrorAlert message={command.error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" disabled={command.pending}>
          Reset passphrase
        </button>
      </div>
    </form>
  );
}
