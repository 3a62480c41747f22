import { useState, type SubmitEvent } from 'react';
import type { Role } from '../../../shared/domain/roles';
import { useCommand } from '../../app/useCommand';
import { addMember } from '../../db/commands/addMember';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { newTemporaryPassphrase, passphraseProblem } from '../session/signInActions';
import { RoleCheckboxes } from './RoleCheckboxes';

export function AddMemberDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Add member" open={open} onClose={onClose}>
      <AddMemberForm onDone={onClose} />
    </Dialog>
  );
}

function AddMemberForm({ onDone }: { onDone: () => void }) {
  const command = useCommand(addMember);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [title, setTitle] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const problem = passphraseProblem(passphrase, confirmation);
    setPassphraseError(problem);
    if (problem) return;
    const temporaryPassphrase = await newTemporaryPassphrase(passphrase);
    if (await command.run({ name, email, title, roles, temporaryPassphrase })) onDone();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Add member">
      <Field label="Name" error={command.fieldErrors.name}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Email" error={command.fieldErrors.email}>
        {(p) => (
          <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        )}
      </Field>
      <Field label="Title" error={command.fieldErrors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <RoleCheckboxes roles={roles} onChange={setRoles} error={command.fieldErrors.roles} />
      <fieldset>
        <legend>One-time passphrase</legend>
        <p className="field-hint">
          Give it to the new member in person. At their first sign-in they choose their own
          passphrase, and only then is their signing key created.
        </p>
        <PassphraseFields
          passphrase={passphrase}
          confirmation={confirmation}
          onPassphrase={setPassphrase}
          onConfirmation={setConfirmation}
          label="One-time passphrase"
          error={passphraseError ?? undefined}
        />
      </fieldset>
      <ErrorAlert message={command.error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" disabled={command.pending}>
          {command.pending ? 'Adding…' : 'Add member'}
        </button>
      </div>
    </form>
  );
}
