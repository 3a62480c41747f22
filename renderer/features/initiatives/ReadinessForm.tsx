import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type SubmitEvent } from 'react';
import type { Initiative } from '../../../shared/domain/initiative';
import { rolesGrant } from '../../../shared/domain/permissions';
import {
  GAPS,
  GAP_LABELS,
  GAP_QUESTIONS,
  READINESS_LABELS,
  READINESS_STATUSES,
  type Readiness,
} from '../../../shared/domain/readiness';
import { useCommand } from '../../app/useCommand';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { updateReadiness } from '../../db/commands/updateReadiness';
import { useUi } from '../../state/uiStore';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';

/** Where the initiative stands on each of the six gaps between a POC and production. */
export function ReadinessForm({ initiative }: { initiative: Initiative }) {
  const { db } = useWorkspace();
  const member = useMember();
  const members = useLiveQuery(
    () => db.members.where('status').equals('active').sortBy('name'),
    [db],
  );
  const command = useCommand(updateReadiness);
  const setDirty = useUi((s) => s.setDirty);
  const [draft, setDraft] = useState<Readiness>(initiative.readiness);
  const [saved, setSaved] = useState(false);
  const canEdit = rolesGrant(member.roles, 'initiative.edit');
  const dirty = JSON.stringify(draft) !== JSON.stringify(initiative.readiness);
  useEffect(() => setDirty(dirty), [dirty, setDirty]);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (await command.run({ initiativeId: initiative.id, readiness: draft })) {
      setDirty(false);
      setSaved(true);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Readiness">
      {GAPS.map((gap) => {
        const entry = draft[gap];
        const update = (patch: Partial<typeof entry>) => {
          setSaved(false);
          setDraft((d) => ({ ...d, [gap]: { ...d[gap], ...patch } }));
        };
        return (
          <fieldset key={gap} disabled={!canEdit} className="gap-fieldset">
            <legend>{GAP_LABELS[gap]}</legend>
            <p className="field-hint">{GAP_QUESTIONS[gap]}</p>
            <div className="field-row">
              <Field label={`${GAP_LABELS[gap]} status`}>
                {(p) => (
                  <select
                    {...p}
                    value={entry.status}
                    onChange={(e) => update({ status: e.target.value as typeof entry.status })}
                  >
                    {READINESS_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {READINESS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={`${GAP_LABELS[gap]} owner`}>
                {(p) => (
                  <select
                    {...p}
                    value={entry.ownerId ?? ''}
                    onChange={(e) => update({ ownerId: e.target.value || null })}
                  >
                    <option value="">No owner</option>
                    {(members ?? []).map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field label={`${GAP_LABELS[gap]} notes`}>
              {(p) => (
                <textarea
                  {...p}
                  rows={2}
                  value={entry.notes}
                  onChange={(e) => update({ notes: e.target.value })}
                />
              )}
            </Field>
          </fieldset>
        );
      })}
      <ErrorAlert message={command.error} />
      {saved && (
        <p role="status" className="alert alert-ok">
          Readiness saved.
        </p>
      )}
      {canEdit && (
        <div className="form-actions">
          <button type="submit" disabled={!dirty || command.pending}>
            Save readiness
          </button>
        </div>
      )}
    </form>
  );
}
