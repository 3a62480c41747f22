import { useState, type SubmitEvent } from 'react';
import { ROLES, ROLE_LABELS, type Role } from '../../../shared/domain/roles';
import { useCommand } from '../../app/useCommand';
import { addMember } from '../../db/commands/addMember';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';

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

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (await command.run({ name, email, title, roles })) onDone();
  }
  const toggle = (role: Role, on: boolean) =>
    setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));

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
      <fieldset aria-invalid={Boolean(command.fieldErrors.roles)}>
        <legend>Roles</legend>
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(e) => toggle(role, e.target.checked)}
            />
            {ROLE_LABELS[role]}
          </label>
        ))}
        {command.fieldErrors.roles && <p className="field-error">{command.fieldErrors.roles}</p>}
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
