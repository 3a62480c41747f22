import { useState, type SubmitEvent } from 'react';
import {
  STAGES,
  STAGE_LABELS,
  type Initiative,
  type Stage,
} from '../../../shared/domain/initiative';
import { rolesGrant } from '../../../shared/domain/permissions';
import { useCommand } from '../../app/useCommand';
import { useMember } from '../../app/WorkspaceContext';
import { changeStage } from '../../db/commands/changeStage';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';

/** Moves the initiative along its lifecycle; the reason is kept in the audit trail. */
export function StageControl({ initiative }: { initiative: Initiative }) {
  const member = useMember();
  const [open, setOpen] = useState(false);
  if (!rolesGrant(member.roles, 'initiative.changeStage')) return null;
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Change stage
      </button>
      <Dialog title="Change stage" open={open} onClose={() => setOpen(false)}>
        <StageForm initiative={initiative} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function StageForm({ initiative, onDone }: { initiative: Initiative; onDone: () => void }) {
  const command = useCommand(changeStage);
  const options = STAGES.filter((s) => s !== initiative.stage);
  const next = STAGES[STAGES.indexOf(initiative.stage) + 1];
  const [stage, setStage] = useState<Stage>(
    next && next !== 'retired' ? next : (options[0] ?? 'idea'),
  );
  const [reason, setReason] = useState('');

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (await command.run({ initiativeId: initiative.id, stage, reason })) onDone();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label="Change stage" noValidate>
      <p>
        Currently in <strong>{STAGE_LABELS[initiative.stage]}</strong>.
      </p>
      <Field label="New stage" error={command.fieldErrors.stage}>
        {(p) => (
          <select {...p} value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
            {options.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Reason" error={command.fieldErrors.reason}>
        {(p) => (
          <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <ErrorAlert message={command.error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" disabled={command.pending}>
          Move to {STAGE_LABELS[stage]}
        </button>
      </div>
    </form>
  );
}
