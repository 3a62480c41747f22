import { useState, type SubmitEvent } from 'react';
import type { Member } from '../../../shared/domain/member';
import type { Role } from '../../../shared/domain/roles';
import { useCommand } from '../../app/useCommand';
import { updateMember } from '../../db/commands/updateMember';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { RoleCheckboxes } from './RoleCheckboxes';

export function EditMemberDialog({
  member,
  onClose,
}: {
  member: Member | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={member ? `Edit ${member.name}` : 'Edit member'}
      open={member !== null}
      onClose={onClose}
    >
      {member && <EditMemberForm member={member} onDone={onClose} />}
    </Dialog>
  );
}

function EditMemberForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const command = useCommand(updateMember);
  const [name, setName] = useState(member.name);
  const [email, setEmail] = useState(member.email);
  const [title, setTitle] = useState(member.title);
  const [roles, setRoles] = useState<Role[]>(member.roles);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (await command.run({ memberId: member.id, name, email, title, roles })) onDone();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Edit member">
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
      <ErrorAlert message={command.error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" disabled={command.pending}>
          Save changes
        </button>
      </div>
    </form>
  );
}
