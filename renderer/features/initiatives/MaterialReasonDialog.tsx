import { useState, type SubmitEvent } from 'react';
import type { MaterialChange } from '../../../shared/domain/materialFields';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { describeValue } from '../../../shared/domain/describeValue';

interface Props {
  changes: MaterialChange[] | null;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Material fields change what reviewers signed: the change needs a reason, kept in the audit trail. */
export function MaterialReasonDialog({ changes, pending, error, onCancel, onConfirm }: Props) {
  return (
    <Dialog title="Reason for a material change" open={changes !== null} onClose={onCancel}>
      {changes && (
        <ReasonForm
          changes={changes}
          pending={pending}
          error={error}
          onCancel={onCancel}
          onConfirm={onConfirm}
        />
      )}
    </Dialog>
  );
}

function ReasonForm({
  changes,
  pending,
  error,
  onCancel,
  onConfirm,
}: Props & { changes: MaterialChange[] }) {
  const [reason, setReason] = useState('');
  function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    onConfirm(reason);
  }
  return (
    <form onSubmit={onSubmit} aria-label="Reason for a material change" noValidate>
      <p>
        These fields are material: earlier sign-offs reviewed them, and the EU AI Act classification
        will need review.
      </p>
      <ul className="change-list">
        {changes.map((c) => (
          <li key={c.field}>
            <strong>{c.label}</strong>: {describeValue(c.before)} → {describeValue(c.after)}
          </li>
        ))}
      </ul>
      <Field label="Reason for the change">
        {(p) => (
          <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={pending}>
          Save with this reason
        </button>
      </div>
    </form>
  );
}
