import { useState, type SubmitEvent } from 'react';
import type { Member } from '../../../shared/domain/member';
import { useCommand } from '../../app/useCommand';
import { setMemberStatus } from '../../db/commands/setMemberStatus';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';

export function MemberStatusDialog({
  member,
  onClose,
}: {
  member: Member | null;
  onClose: () => void;
}) {
  const deactivating = member?.status === 'active';
  const title = member
    ? `${deactivating ? 'Deactivate' : 'Reactivate'} ${member.name}`
    : 'Change status';
  return (
    <Dialog title={title} open={member !== null} onClose={onClose}>
      {member && <StatusForm member={member} onDone={onClose} />}
    </Dialog>
  );
}

function StatusForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const command = useCommand(setMemberStatus);
  const [reason, setReason] = useState('');
  const deactivating = member.status === 'active';

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const status = deactivating ? 'deactivated' : 'active';
    if (await command.run({ memberId: member.id, status, reason })) onDone();
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={deactivating ? 'Deactivate member' : 'Reactivate member'}
    >
      <p>
        {deactivating
          ? `${member.name} will no longer be able to sign in. Nothing they did is removed: their records and signatures stay attributed to them.`
          : `${member.name} will be able to sign in again.`}
      </p>
      <Field label="Reason" error={command.fieldErrors.reason}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <ErrorAlert message={command.error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" disabled={command.pending}>
          {deactivating ? 'Deactivate' : 'Reactivate'}
        </button>
      </div>
    </form>
  );
}
