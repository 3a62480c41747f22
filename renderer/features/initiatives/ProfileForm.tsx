import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type SubmitEvent } from 'react';
import {
  AI_SYSTEM_TYPES,
  AI_SYSTEM_TYPE_LABELS,
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  HOSTING_LABELS,
  HOSTING_OPTIONS,
  KNOWN_INTEGRATIONS,
  OVERSIGHT_LABELS,
  OVERSIGHT_OPTIONS,
  profileOf,
  type Initiative,
  type InitiativeProfile,
} from '../../../shared/domain/initiative';
import {
  changesNeedingReason,
  materialChanges,
  type MaterialChange,
} from '../../../shared/domain/materialFields';
import { rolesGrant } from '../../../shared/domain/permissions';
import { useCommand } from '../../app/useCommand';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { updateInitiativeProfile } from '../../db/commands/updateInitiativeProfile';
import { useUi } from '../../state/uiStore';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { IntegrationPointsEditor } from './IntegrationPointsEditor';
import { MaterialReasonDialog } from './MaterialReasonDialog';

/** The initiative's profile: registration details and the AI system it uses. */
export function ProfileForm({ initiative }: { initiative: Initiative }) {
  const { db } = useWorkspace();
  const member = useMember();
  const members = useLiveQuery(
    () => db.members.where('status').equals('active').sortBy('name'),
    [db],
  );
  const command = useCommand(updateInitiativeProfile);
  const setDirty = useUi((s) => s.setDirty);
  const saved = profileOf(initiative);
  const [draft, setDraft] = useState<InitiativeProfile>(saved);
  const [tags, setTags] = useState(saved.tags.join(', '));
  const [pendingChanges, setPendingChanges] = useState<MaterialChange[] | null>(null);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  const canEdit = rolesGrant(member.roles, 'initiative.edit');

  const current: InitiativeProfile = { ...draft, tags: splitTags(tags) };
  const dirty = JSON.stringify(current) !== JSON.stringify(saved);
  useEffect(() => setDirty(dirty), [dirty, setDirty]);

  const set = <K extends keyof InitiativeProfile>(key: K, value: InitiativeProfile[K]) => {
    setSavedMessage(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const setSystem = (key: keyof InitiativeProfile['aiSystem'], value: string | null) =>
    set('aiSystem', { ...draft.aiSystem, [key]: value });

  async function save(reason: string) {
    const result = await command.run({ initiativeId: initiative.id, profile: current, reason });
    if (result) {
      setPendingChanges(null);
      setDirty(false);
      setSavedMessage(
        result.materialChanges.length > 0
          ? `Saved. Material change recorded: ${result.materialChanges.map((c) => c.label).join(', ')}.`
          : 'Saved.',
      );
    }
  }

  function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const changes = changesNeedingReason(
      materialChanges(initiative, { ...initiative, ...current }),
    );
    if (changes.length > 0) setPendingChanges(changes);
    else void save('');
  }

  const errors = command.fieldErrors;
  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-label="Initiative profile" className="profile-form">
        <fieldset disabled={!canEdit}>
          <legend>Initiative</legend>
          <Field label="Title" error={errors['profile.title']}>
            {(p) => (
              <input {...p} value={draft.title} onChange={(e) => set('title', e.target.value)} />
            )}
          </Field>
          <Field label="Summary" error={errors['profile.summary']}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={draft.summary}
                onChange={(e) => set('summary', e.target.value)}
              />
            )}
          </Field>
          <Field
            label="Intended purpose"
            hint="Material: changing it needs a reason."
            error={errors['profile.purpose']}
          >
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={draft.purpose}
                onChange={(e) => set('purpose', e.target.value)}
              />
            )}
          </Field>
          <div className="field-row">
            <Field label="Business unit" error={errors['profile.businessUnit']}>
              {(p) => (
                <input
                  {...p}
                  value={draft.businessUnit}
                  onChange={(e) => set('businessUnit', e.target.value)}
                />
              )}
            </Field>
            <Field label="Owner" error={errors['profile.ownerId']}>
              {(p) => (
                <select
                  {...p}
                  value={draft.ownerId}
                  onChange={(e) => set('ownerId', e.target.value)}
                >
                  {(members ?? []).map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Sponsor" error={errors['profile.sponsor']}>
              {(p) => (
                <input
                  {...p}
                  value={draft.sponsor}
                  onChange={(e) => set('sponsor', e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field label="Tags" hint="Separate tags with commas." error={errors['profile.tags']}>
            {(p) => <input {...p} value={tags} onChange={(e) => setTags(e.target.value)} />}
          </Field>
        </fieldset>
        <fieldset disabled={!canEdit}>
          <legend>AI system</legend>
          <div className="field-row">
            <Field label="AI system type" error={errors['profile.aiSystemType']}>
              {(p) => (
                <select
                  {...p}
                  value={draft.aiSystemType}
                  onChange={(e) =>
                    set('aiSystemType', e.target.value as InitiativeProfile['aiSystemType'])
                  }
                >
                  {AI_SYSTEM_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {AI_SYSTEM_TYPE_LABELS[type]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Hosting" error={errors['profile.aiSystem.hosting']}>
              {(p) => (
                <select
                  {...p}
                  value={draft.aiSystem.hosting ?? ''}
                  onChange={(e) => setSystem('hosting', e.target.value || null)}
                >
                  <option value="">Not recorded</option>
                  {HOSTING_OPTIONS.map((h) => (
                    <option key={h} value={h}>
                      {HOSTING_LABELS[h]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="field-row">
            <Field label="Model or product" error={errors['profile.aiSystem.model']}>
              {(p) => (
                <input
                  {...p}
                  value={draft.aiSystem.model}
                  onChange={(e) => setSystem('model', e.target.value)}
                />
              )}
            </Field>
            <Field label="Provider" error={errors['profile.aiSystem.provider']}>
              {(p) => (
                <input
                  {...p}
                  value={draft.aiSystem.provider}
                  onChange={(e) => setSystem('provider', e.target.value)}
                />
              )}
            </Field>
            <Field label="Version" error={errors['profile.aiSystem.version']}>
              {(p) => (
                <input
                  {...p}
                  value={draft.aiSystem.version}
                  onChange={(e) => setSystem('version', e.target.value)}
                />
              )}
            </Field>
          </div>
          <fieldset className="inline-fieldset">
            <legend>Data categories used</legend>
            {DATA_CATEGORIES.map((category) => (
              <label key={category} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.dataCategories.includes(category)}
                  onChange={(e) =>
                    set(
                      'dataCategories',
                      e.target.checked
                        ? [...draft.dataCategories, category]
                        : draft.dataCategories.filter((c) => c !== category),
                    )
                  }
                />
                {DATA_CATEGORY_LABELS[category]}
              </label>
            ))}
          </fieldset>
          <Field
            label="People affected"
            hint="Who is subject to or affected by its outputs."
            error={errors['profile.peopleAffected']}
          >
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={draft.peopleAffected}
                onChange={(e) => set('peopleAffected', e.target.value)}
              />
            )}
          </Field>
          <Field label="Human oversight" error={errors['profile.humanOversight']}>
            {(p) => (
              <select
                {...p}
                value={draft.humanOversight ?? ''}
                onChange={(e) =>
                  set(
                    'humanOversight',
                    (e.target.value || null) as InitiativeProfile['humanOversight'],
                  )
                }
              >
                <option value="">Not recorded</option>
                {OVERSIGHT_OPTIONS.map((o) => (
                  <option key={o} value={o}>
                    {OVERSIGHT_LABELS[o]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <IntegrationPointsEditor
            points={draft.integrationPoints}
            suggestions={KNOWN_INTEGRATIONS}
            onChange={(points) => set('integrationPoints', points)}
            error={errors['profile.integrationPoints']}
          />
        </fieldset>
        <ErrorAlert message={pendingChanges ? null : command.error} />
        {savedMessage && (
          <p role="status" className="alert alert-ok">
            {savedMessage}
          </p>
        )}
        {canEdit && (
          <div className="form-actions">
            {dirty && <span className="muted">Unsaved changes</span>}
            <button
              type="button"
              className="button-secondary"
              disabled={!dirty}
              onClick={() => {
                setDraft(saved);
                setTags(saved.tags.join(', '));
              }}
            >
              Discard changes
            </button>
            <button type="submit" disabled={!dirty || command.pending}>
              Save changes
            </button>
          </div>
        )}
      </form>
      <MaterialReasonDialog
        changes={pendingChanges}
        pending={command.pending}
        error={command.error}
        onCancel={() => setPendingChanges(null)}
        onConfirm={(reason) => void save(reason)}
      />
    </>
  );
}

function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
