import { useState, type SubmitEvent } from 'react';
import type { Member } from '../../../shared/domain/member';
import {
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  TREATMENTS,
  TREATMENT_LABELS,
  type Rating,
  type RiskCategory,
  type Treatment,
} from '../../../shared/domain/risk';
import {
  CONTROL_STATUSES,
  CONTROL_STATUS_LABELS,
  type ControlStatus,
} from '../../../shared/risk/controls';
import { BAND_LABELS, type RiskMatrix } from '../../../shared/risk/matrix';
import { isAboveAppetite } from '../../../shared/risk/scoring';
import { useWorkspace } from '../../app/WorkspaceContext';
import { newId } from '../../db/ids';
import { LinkedItemsEditor } from './LinkedItemsEditor';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import {
  deriveRating,
  fieldError,
  levelOptions,
  newControlDraft,
  type ControlDraft,
  type RiskFormState,
} from './riskForm';

interface Props {
  /** Names the form for assistive technology, e.g. "Edit risk". */
  label: string;
  initial: RiskFormState;
  matrix: RiskMatrix;
  members: readonly Member[];
  /** Edits ask for a reason for the audit trail; new risks do not. */
  withReason: boolean;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  fieldErrors: Readonly<Record<string, string>>;
  onSubmit: (form: RiskFormState) => void;
  onCancel: () => void;
}

/**
 * The risk editor. Ratings are chosen from the matrix's named levels and the
 * score and band are shown derived, never typed. The form keeps what was typed
 * when the command refuses it, and shows why.
 */
export function RiskForm(props: Props) {
  const { label, initial, matrix, members, withReason, submitLabel, pending, error } = props;
  // Risks link to checklist items of the workspace's current gate templates.
  const gateTemplates = useWorkspace().workspace.gateTemplates;
  const [form, setForm] = useState<RiskFormState>(initial);
  const errorFor = (path: string) => fieldError(props.fieldErrors, path);
  const set = <K extends keyof RiskFormState>(key: K, value: RiskFormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  // Only active members can own a risk or a control; a deactivated current
  // owner stays listed so the form never changes an owner silently.
  const owners = members.filter(
    (m) =>
      m.status === 'active' ||
      m.id === form.ownerId ||
      form.controls.some((c) => c.ownerId === m.id),
  );
  const ownerLabel = (m: Member) => (m.status === 'active' ? m.name : `${m.name} (deactivated)`);

  function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    props.onSubmit(form);
  }

  const residualAbove =
    deriveRating(matrix, form.residual).band !== null && isAboveAppetite(matrix, form.residual);

  return (
    <form className="risk-form" aria-label={label} noValidate onSubmit={(event) => onSubmit(event)}>
      <Field label="Title" error={errorFor('title')}>
        {(p) => <input {...p} value={form.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <Field label="Description" error={errorFor('description')}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={form.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label="Category" error={errorFor('category')}>
          {(p) => (
            <select
              {...p}
              value={form.category}
              onChange={(e) => set('category', e.target.value as RiskCategory | '')}
            >
              <option value="">Choose a category</option>
              {RISK_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {RISK_CATEGORY_LABELS[category]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Owner" error={errorFor('ownerId')}>
          {(p) => (
            <select {...p} value={form.ownerId} onChange={(e) => set('ownerId', e.target.value)}>
              {form.ownerId === '' && <option value="">Choose an owner</option>}
              {owners.map((m) => (
                <option key={m.id} value={m.id}>
                  {ownerLabel(m)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Cause" error={errorFor('cause')}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={form.cause}
              onChange={(e) => set('cause', e.target.value)}
            />
          )}
        </Field>
        <Field label="Consequence" error={errorFor('consequence')}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={form.consequence}
              onChange={(e) => set('consequence', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        <RatingFields
          which="Inherent"
          matrix={matrix}
          rating={form.inherent}
          error={errorFor('inherent')}
          onChange={(rating) => set('inherent', rating)}
        />
        <RatingFields
          which="Residual"
          matrix={matrix}
          rating={form.residual}
          error={errorFor('residual')}
          onChange={(rating) => set('residual', rating)}
        />
      </div>
      <Field
        label="Treatment"
        error={errorFor('treatment')}
        hint={
          form.treatment === 'accept' && residualAbove
            ? `The residual risk is above the appetite (${BAND_LABELS[matrix.appetite]}): accepting it needs a signed acceptance.`
            : 'Mitigate, accept, transfer or avoid the risk.'
        }
      >
        {(p) => (
          <select
            {...p}
            value={form.treatment}
            onChange={(e) => set('treatment', e.target.value as Treatment)}
          >
            {TREATMENTS.map((treatment) => (
              <option key={treatment} value={treatment}>
                {TREATMENT_LABELS[treatment]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ControlsEditor
        controls={form.controls}
        owners={owners}
        ownerLabel={ownerLabel}
        defaultOwnerId={form.ownerId}
        errorFor={errorFor}
        onChange={(controls) => set('controls', controls)}
      />
      <LinkedItemsEditor
        templates={gateTemplates}
        linked={form.linkedItems}
        onChange={(linked) => set('linkedItems', linked)}
      />
      {withReason && (
        <Field
          label="Reason for the change (optional)"
          hint="Kept with the change in the risk’s history."
          error={errorFor('reason')}
        >
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={form.reason}
              onChange={(e) => set('reason', e.target.value)}
            />
          )}
        </Field>
      )}
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

const AXES = ['likelihood', 'impact'] as const;

function RatingFields(props: {
  which: 'Inherent' | 'Residual';
  matrix: RiskMatrix;
  rating: Rating;
  error: string | undefined;
  onChange: (rating: Rating) => void;
}) {
  const { which, matrix, rating, error, onChange } = props;
  const derived = deriveRating(matrix, rating);
  return (
    <fieldset className="risk-rating">
      <legend>{which} rating</legend>
      {AXES.map((axis) => (
        // The rating's one error (from the command) is shown under its first field.
        <Field
          key={axis}
          label={`${which} ${axis}`}
          error={axis === 'likelihood' ? error : undefined}
        >
          {(p) => (
            <select
              {...p}
              value={rating[axis]}
              onChange={(e) => onChange({ ...rating, [axis]: Number(e.target.value) })}
            >
              {levelOptions(matrix, axis).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
      <p className="risk-derived">
        <output aria-label={`${which} score and band`}>{derived.text}</output>
      </p>
    </fieldset>
  );
}

function ControlsEditor(props: {
  controls: readonly ControlDraft[];
  owners: readonly Member[];
  ownerLabel: (m: Member) => string;
  defaultOwnerId: string;
  errorFor: (path: string) => string | undefined;
  onChange: (controls: ControlDraft[]) => void;
}) {
  const { controls, owners, ownerLabel, defaultOwnerId, errorFor, onChange } = props;
  const update = (id: string, patch: Partial<ControlDraft>) =>
    onChange(controls.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  return (
    <fieldset className="risk-controls">
      <legend>Controls</legend>
      {controls.length === 0 && (
        <p className="muted">No controls yet. Add what lowers the risk, who owns it and by when.</p>
      )}
      {controls.map((control, index) => {
        const n = String(index + 1);
        const path = `controls.${String(index)}`;
        return (
          <fieldset key={control.id} className="risk-control">
            <legend>Control {n}</legend>
            <Field label={`Control ${n} description`} error={errorFor(`${path}.description`)}>
              {(p) => (
                <textarea
                  {...p}
                  rows={2}
                  value={control.description}
                  onChange={(e) => update(control.id, { description: e.target.value })}
                />
              )}
            </Field>
            <div className="field-row">
              <Field label={`Control ${n} owner`} error={errorFor(`${path}.ownerId`)}>
                {(p) => (
                  <select
                    {...p}
                    value={control.ownerId}
                    onChange={(e) => update(control.id, { ownerId: e.target.value })}
                  >
                    {control.ownerId === '' && <option value="">Choose an owner</option>}
                    {owners.map((m) => (
                      <option key={m.id} value={m.id}>
                        {ownerLabel(m)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={`Control ${n} due date`} error={errorFor(`${path}.dueDate`)}>
                {(p) => (
                  <input
                    {...p}
                    type="date"
                    value={control.dueDate}
                    onChange={(e) => update(control.id, { dueDate: e.target.value })}
                  />
                )}
              </Field>
              <Field label={`Control ${n} status`} error={errorFor(`${path}.status`)}>
                {(p) => (
                  <select
                    {...p}
                    value={control.status}
                    onChange={(e) =>
                      update(control.id, { status: e.target.value as ControlStatus })
                    }
                  >
                    {CONTROL_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {CONTROL_STATUS_LABELS[status]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <button
              type="button"
              className="button-quiet"
              onClick={() => onChange(controls.filter((c) => c.id !== control.id))}
            >
              Remove control {n}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange([...controls, newControlDraft(newId(), defaultOwnerId)])}
      >
        Add control
      </button>
    </fieldset>
  );
}
