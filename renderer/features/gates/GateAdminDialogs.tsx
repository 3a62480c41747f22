import { useState, type SubmitEvent } from 'react';
import { hashCanonical } from '../../../shared/crypto/sha256';
import type { Initiative } from '../../../shared/domain/initiative';
import { GATE_OVERRIDE_RECORD_KIND, overrideContent, type Gate } from '../../../shared/gates/gate';
import { useCommand } from '../../app/useCommand';
import { overrideGate } from '../../db/commands/overrideGate';
import { withdrawGateReview } from '../../db/commands/withdrawGateReview';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { useSigner } from '../signing/SigningProvider';

/** Withdraws a review that is no longer wanted, with a reason for the audit trail. */
export function WithdrawGate({ gate }: { gate: Gate }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const command = useCommand(withdrawGateReview);
  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (await command.run({ gateId: gate.id, reason })) setOpen(false);
  }
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Withdraw review
      </button>
      <Dialog title={`Withdraw “${gate.template.name}”`} open={open} onClose={() => setOpen(false)}>
        <form onSubmit={(e) => void onSubmit(e)} aria-label="Withdraw review" noValidate>
          <p>The review and its sign-offs stay in history.</p>
          <Field label="Reason" error={command.fieldErrors.reason}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <ErrorAlert message={command.error} />
          <div className="form-actions">
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" disabled={command.pending}>
              Withdraw
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

/**
 * An administrator lets the stage change through without a passed gate: the
 * written justification is signed (meaning: responsibility) and the override
 * is flagged wherever the gate appears.
 */
export function OverrideGate({ gate, initiative }: { gate: Gate; initiative: Initiative }) {
  const [open, setOpen] = useState(false);
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<string | null>(null);
  const command = useCommand(overrideGate);
  const requestSignature = useSigner();
  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setError(null);
    const text = justification.trim();
    if (text === '') {
      setError('Write the justification for the override.');
      return;
    }
    const signature = await requestSignature({
      recordKind: GATE_OVERRIDE_RECORD_KIND,
      recordId: gate.id,
      contentHash: hashCanonical(overrideContent(gate, text)),
      meaning: 'responsibility',
      title: `Override “${gate.template.name}” for ${initiative.title}`,
      details: [`Justification: ${text}`],
    });
    if (!signature) return;
    if (await command.run({ gateId: gate.id, justification: text, signature })) setOpen(false);
  }
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Override gate
      </button>
      <Dialog title={`Override “${gate.template.name}”`} open={open} onClose={() => setOpen(false)}>
        <form onSubmit={(e) => void onSubmit(e)} aria-label="Override gate" noValidate>
          <p>
            The initiative may then change stage without a passed review. The override is signed,
            recorded in the audit trail and shown on the gate and in exported packs.
          </p>
          <Field label="Justification" error={command.fieldErrors.justification}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={justification}
                onChange={(e) => setJustification(e.target.value)}
              />
            )}
          </Field>
          <ErrorAlert message={error ?? command.error} />
          <div className="form-actions">
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" disabled={command.pending}>
              Sign override
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
