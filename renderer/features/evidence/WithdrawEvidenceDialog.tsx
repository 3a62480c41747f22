import { useState, type SubmitEvent } from 'react';
import type { Evidence } from '../../../shared/evidence/record';
import { useCommand } from '../../app/useCommand';
import { withdrawEvidence } from '../../db/commands/withdrawEvidence';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';

/** Withdraws a file with a reason; it stays in history, with its hash. */
export function WithdrawEvidenceDialog(props: { evidence: Evidence; onClose: () => void }) {
  const { evidence, onClose } = props;
  const [reason, setReason] = useState('');
  const command = useCommand(withdrawEvidence);
  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (await command.run({ evidenceId: evidence.id, reason })) onClose();
  }
  return (
    <Dialog title={`Withdraw “${evidence.name}”`} open onClose={onClose}>
      <form onSubmit={(e) => void onSubmit(e)} aria-label="Withdraw evidence" noValidate>
        <p>
          A withdrawn file no longer counts as evidence. It stays in the history with its SHA-256,
          so sign-offs that cited it still verify.
        </p>
        <Field label="Reason" error={command.fieldErrors.reason}>
          {(p) => (
            <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          )}
        </Field>
        <ErrorAlert message={command.error} />
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={command.pending}>
            Withdraw
          </button>
        </div>
      </form>
    </Dialog>
  );
}
