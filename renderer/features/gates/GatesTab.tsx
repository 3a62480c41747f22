import { useState, type SubmitEvent } from 'react';
import { STAGE_LABELS, type Initiative } from '../../../shared/domain/initiative';
import { rolesGrant } from '../../../shared/domain/permissions';
import { useCommand } from '../../app/useCommand';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { openGateReview } from '../../db/commands/openGateReview';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { GatePanel } from './GatePanel';
import { useInitiativeGates } from './useInitiativeGates';

/** The initiative's gate reviews, newest first, and opening a new one. */
export function GatesTab({ initiative }: { initiative: Initiative }) {
  const member = useMember();
  const data = useInitiativeGates(initiative);
  if (data === undefined) return <p role="status">Loading…</p>;
  return (
    <div className="stack">
      {rolesGrant(member.roles, 'gate.open') && <OpenGateReview initiative={initiative} />}
      {data.evaluations.length === 0 && (
        <p className="muted">
          No gate reviews yet. Moving into pilot or production needs a passed review.
        </p>
      )}
      {data.evaluations.map((evaluation) => (
        <GatePanel
          key={evaluation.gate.id}
          evaluation={evaluation}
          initiative={initiative}
          members={data.members}
          untreatedRisks={data.untreatedRisks}
        />
      ))}
    </div>
  );
}

function OpenGateReview({ initiative }: { initiative: Initiative }) {
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const available = workspace.gateTemplates.filter((t) => t.fromStages.includes(initiative.stage));
  const [templateId, setTemplateId] = useState('');
  const [note, setNote] = useState('');
  const command = useCommand(openGateReview);
  const chosen = templateId || available[0]?.id || '';

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (await command.run({ initiativeId: initiative.id, templateId: chosen, note })) {
      setOpen(false);
      setNote('');
    }
  }

  if (available.length === 0) {
    return (
      <p className="muted">
        No gate starts from {STAGE_LABELS[initiative.stage]}; gate templates are in Settings.
      </p>
    );
  }
  return (
    <div>
      <button type="button" onClick={() => setOpen(true)}>
        Open gate review
      </button>
      <Dialog title="Open gate review" open={open} onClose={() => setOpen(false)}>
        <form onSubmit={(e) => void onSubmit(e)} aria-label="Open gate review" noValidate>
          <Field label="Gate">
            {(p) => (
              <select {...p} value={chosen} onChange={(e) => setTemplateId(e.target.value)}>
                {available.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} ({STAGE_LABELS[initiative.stage]} → {STAGE_LABELS[t.toStage]})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Note for reviewers" error={command.fieldErrors.note}>
            {(p) => (
              <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
          <ErrorAlert message={command.error} />
          <div className="form-actions">
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" disabled={command.pending}>
              Open review
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
