import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type SubmitEvent } from 'react';
import {
  AI_SYSTEM_TYPES,
  AI_SYSTEM_TYPE_LABELS,
  STAGES,
  STAGE_LABELS,
} from '../../../shared/domain/initiative';
import { useCommand } from '../../app/useCommand';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { createInitiative } from '../../db/commands/createInitiative';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';

interface Draft {
  title: string;
  summary: string;
  businessUnit: string;
  ownerId: string;
  aiSystemType: string;
  stage: string;
  tags: string;
}

export function NewInitiativeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="New initiative" open={open} onClose={onClose}>
      <NewInitiativeForm onDone={onClose} />
    </Dialog>
  );
}

function NewInitiativeForm({ onDone }: { onDone: () => void }) {
  const { db } = useWorkspace();
  const member = useMember();
  const members = useLiveQuery(
    () => db.members.where('status').equals('active').sortBy('name'),
    [db],
  );
  const command = useCommand(createInitiative);
  const [draft, setDraft] = useState<Draft>({
    title: '',
    summary: '',
    businessUnit: '',
    ownerId: member.id,
    aiSystemType: '',
    stage: 'idea',
    tags: '',
  });
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const created = await command.run({
      ...draft,
      tags: draft.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    });
    if (created) onDone();
  }

  const errors = command.fieldErrors;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="New initiative">
      <Field label="Title" error={errors.title}>
        {(p) => <input {...p} value={draft.title} onChange={(e) => set('title')(e.target.value)} />}
      </Field>
      <Field label="Summary" error={errors.summary}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={draft.summary}
            onChange={(e) => set('summary')(e.target.value)}
          />
        )}
      </Field>
      <Field label="Business unit" error={errors.businessUnit}>
        {(p) => (
          <input
            {...p}
            value={draft.businessUnit}
            onChange={(e) => set('businessUnit')(e.target.value)}
          />
        )}
      </Field>
      <Field label="Owner" error={errors.ownerId}>
        {(p) => (
          <select {...p} value={draft.ownerId} onChange={(e) => set('ownerId')(e.target.value)}>
            {(members ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="AI system type" error={errors.aiSystemType}>
        {(p) => (
          <select
            {...p}
            value={draft.aiSystemType}
            onChange={(e) => set('aiSystemType')(e.target.value)}
          >
            <option value="">Choose…</option>
            {AI_SYSTEM_TYPES.map((type) => (
              <option key={type} value={type}>
                {AI_SYSTEM_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Current stage"
        hint="Existing work can be registered at the stage it has reached."
        error={errors.stage}
      >
        {(p) => (
          <select {...p} value={draft.stage} onChange={(e) => set('stage')(e.target.value)}>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Tags" hint="Separate tags with commas." error={errors.tags}>
        {(p) => <input {...p} value={draft.tags} onChange={(e) => set('tags')(e.target.value)} />}
      </Field>
      <ErrorAlert message={command.error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" disabled={command.pending}>
          {command.pending ? 'Saving…' : 'Register initiative'}
        </button>
      </div>
    </form>
  );
}
