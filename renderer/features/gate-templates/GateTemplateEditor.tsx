import { useEffect, useId, useRef, useState, type RefObject, type SubmitEvent } from 'react';
import { RISK_TIERS, RISK_TIER_LABELS, type RiskTier } from '../../../shared/euAiAct/tier';
import { REVIEW_FUNCTIONS, REVIEW_FUNCTION_LABELS } from '../../../shared/gates/functions';
import type { GateTemplate } from '../../../shared/gates/template';
import { useCommand } from '../../app/useCommand';
import { saveGateTemplate, saveGateTemplateInput } from '../../db/commands/saveGateTemplate';
import { confirmLeave } from '../../state/uiStore';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { Tabs } from '../../ui/Tabs';
import {
  REF_FRAMEWORKS,
  REF_FRAMEWORK_LABELS,
  draftProblems,
  draftToTemplate,
  emptyFunctionDraft,
  emptyItemDraft,
  itemLabel,
  locateProblem,
  locateProblems,
  problemKey,
  problemSummary,
  templateToDraft,
  transitionLabel,
  type FormProblem,
  type FunctionDraft,
  type FunctionField,
  type ItemDraft,
  type ItemField,
  type TemplateDraft,
} from './templateForm';
import './gateTemplates.css';

interface GateTemplateEditorProps {
  /** The template as it was when the administrator chose to edit it; null when closed. */
  template: GateTemplate | null;
  onClose: () => void;
  onSaved: (saved: GateTemplate) => void;
}

/** Edits a gate template in a dialog; saving makes its next version. */
export function GateTemplateEditor({ template, onClose, onSaved }: GateTemplateEditorProps) {
  const dirty = useRef(false);
  function requestClose() {
    // The dialog also reports closing after a save has already closed it.
    if (!template) return;
    if (confirmLeave(dirty.current)) {
      dirty.current = false;
      onClose();
    }
  }
  return (
    <Dialog
      title={template ? `Edit ${template.name}` : 'Edit gate template'}
      open={template !== null}
      onClose={requestClose}
    >
      {template && (
        <EditorForm
          key={`${template.id}@${String(template.version)}`}
          template={template}
          dirtyRef={dirty}
          onCancel={requestClose}
          onSaved={(saved) => {
            dirty.current = false;
            onSaved(saved);
          }}
        />
      )}
    </Dialog>
  );
}

interface EditorFormProps {
  template: GateTemplate;
  dirtyRef: RefObject<boolean>;
  onCancel: () => void;
  onSaved: (saved: GateTemplate) => void;
}

function EditorForm({ template, dirtyRef, onCancel, onSaved }: EditorFormProps) {
  const command = useCommand(saveGateTemplate);
  const [initialDraft] = useState(() => templateToDraft(template));
  const [draft, setDraft] = useState<TemplateDraft>(initialDraft);
  const [reason, setReason] = useState('');
  const [selected, setSelected] = useState(initialDraft.functions[0]?.key ?? '');
  /** The draft as it was last saved: the command's errors are located in it. */
  const [submitted, setSubmitted] = useState<TemplateDraft | null>(null);
  const [localProblems, setLocalProblems] = useState<FormProblem[]>([]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const addFunctionRef = useRef<HTMLSelectElement>(null);
  const signerHintId = useId();

  const dirty = draft !== initialDraft || reason !== '';
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty, dirtyRef]);

  const problems =
    localProblems.length > 0
      ? localProblems
      : submitted
        ? locateProblems(command.fieldErrors, submitted)
        : [];
  const problemAt = new Map<string, string>();
  for (const p of problems) if (!problemAt.has(p.key)) problemAt.set(p.key, p.message);
  const summary = problemSummary(problems) ?? command.error;

  const current = draft.functions.find((fn) => fn.key === selected) ?? draft.functions[0];
  const unused = REVIEW_FUNCTIONS.filter((f) => !draft.functions.some((fn) => fn.function === f));
  const [toAdd, setToAdd] = useState<string>('');

  function update(patch: Partial<TemplateDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
  }
  function updateFunction(fnKey: string, change: (fn: FunctionDraft) => FunctionDraft) {
    setDraft((d) => ({
      ...d,
      functions: d.functions.map((fn) => (fn.key === fnKey ? change(fn) : fn)),
    }));
  }

  function addFunction() {
    const fn = REVIEW_FUNCTIONS.find((f) => f === toAdd);
    if (!fn) return;
    const added = emptyFunctionDraft(fn);
    update({ functions: [...draft.functions, added] });
    setFocusKey(null);
    setSelected(added.key);
    setToAdd('');
  }
  function removeFunction(fnKey: string) {
    const remaining = draft.functions.filter((fn) => fn.key !== fnKey);
    update({ functions: remaining });
    setSelected(remaining[0]?.key ?? '');
    // The removed button is gone: focus where the function could be added back, once rendered.
    setTimeout(() => addFunctionRef.current?.focus(), 0);
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setFocusKey(null);
    const local = draftProblems(draft);
    setSubmitted(draft);
    setLocalProblems(local);
    if (local[0]) {
      command.reset();
      if (local[0].functionKey) setSelected(local[0].functionKey);
      return;
    }
    const input = { template: draftToTemplate(draft), basedOnVersion: template.version, reason };
    const saved = await command.run(input);
    if (saved) {
      onSaved(saved);
      return;
    }
    // Show the tab holding the first invalid field (the command's own check, repeated here).
    const parsed = saveGateTemplateInput.safeParse(input);
    const first = parsed.success ? undefined : parsed.error.issues[0];
    if (first) {
      const where = locateProblem(first.path.map(String).join('.'), first.message, draft);
      if (where.functionKey) setSelected(where.functionKey);
    }
  }

  const problemCount = (fnKey: string) => problems.filter((p) => p.functionKey === fnKey).length;
  const tabs = draft.functions.map((fn) => {
    const count = problemCount(fn.key);
    const label = REVIEW_FUNCTION_LABELS[fn.function];
    return {
      id: fn.key,
      label:
        count === 0 ? label : `${label} (${String(count)} ${count === 1 ? 'problem' : 'problems'})`,
    };
  });

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={`Edit ${template.name}`}
      className="template-editor"
    >
      <p className="muted">
        {transitionLabel(template)} · version {template.version}. Saving makes version{' '}
        {template.version + 1}; reviews already opened keep the version they started with.
      </p>
      <Field label="Name" error={problemAt.get(problemKey.template('name'))}>
        {(p) => (
          <input {...p} value={draft.name} onChange={(e) => update({ name: e.target.value })} />
        )}
      </Field>
      <Field label="Description" error={problemAt.get(problemKey.template('description'))}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={draft.description}
            onChange={(e) => update({ description: e.target.value })}
          />
        )}
      </Field>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.allowOneSignerForSeveralFunctions}
            aria-describedby={signerHintId}
            onChange={(e) => update({ allowOneSignerForSeveralFunctions: e.target.checked })}
          />
          Allow one person to sign for several functions
        </label>
        <p className="field-hint" id={signerHintId}>
          This relaxes segregation of duties: one person holding several reviewer roles could
          approve this gate alone. The change is recorded in the audit trail.
        </p>
      </div>

      <h3 className="template-editor-heading">Functions that sign this gate</h3>
      {problemAt.has(problemKey.template('functions')) && (
        <p className="field-error">{problemAt.get(problemKey.template('functions'))}</p>
      )}
      {current ? (
        <Tabs
          label="Functions"
          tabs={tabs}
          selected={current.key}
          onSelect={(key) => {
            // Only the item just added takes focus, not again when its tab is shown later.
            setFocusKey(null);
            setSelected(key);
          }}
        >
          <FunctionEditor
            key={current.key}
            fn={current}
            canRemove={draft.functions.length > 1}
            problemAt={problemAt}
            focusKey={focusKey}
            onChange={(change) => updateFunction(current.key, change)}
            onAddItem={(item) => setFocusKey(item.key)}
            onRemove={() => removeFunction(current.key)}
          />
        </Tabs>
      ) : (
        <p className="muted">No function signs this gate yet. Add one below.</p>
      )}
      {unused.length > 0 && (
        <div className="template-add-function">
          <Field label="Function to add">
            {(p) => (
              <select
                {...p}
                ref={addFunctionRef}
                value={toAdd}
                onChange={(e) => setToAdd(e.target.value)}
              >
                <option value="">Choose…</option>
                {unused.map((f) => (
                  <option key={f} value={f}>
                    {REVIEW_FUNCTION_LABELS[f]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button
            type="button"
            className="button-secondary"
            disabled={toAdd === ''}
            onClick={addFunction}
          >
            Add function
          </button>
        </div>
      )}

      <Field
        label="Reason for the change"
        hint="Optional. Recorded in the audit trail with the new version."
        error={problemAt.get(problemKey.template('reason'))}
      >
        {(p) => (
          <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <ErrorAlert message={summary} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={command.pending}>
          {command.pending ? 'Saving…' : `Save as version ${String(template.version + 1)}`}
        </button>
      </div>
    </form>
  );
}

interface FunctionEditorProps {
  fn: FunctionDraft;
  canRemove: boolean;
  problemAt: ReadonlyMap<string, string>;
  focusKey: string | null;
  onChange: (change: (fn: FunctionDraft) => FunctionDraft) => void;
  onAddItem: (item: ItemDraft) => void;
  onRemove: () => void;
}

type RequiredFor = 'all' | 'high-risk' | 'custom';

function requiredFor(tiers: readonly RiskTier[] | null): RequiredFor {
  if (tiers === null) return 'all';
  return tiers.length === 1 && tiers[0] === 'high-risk' ? 'high-risk' : 'custom';
}

function FunctionEditor({
  fn,
  canRemove,
  problemAt,
  focusKey,
  onChange,
  onAddItem,
  onRemove,
}: FunctionEditorProps) {
  const label = REVIEW_FUNCTION_LABELS[fn.function];
  const addItemRef = useRef<HTMLButtonElement>(null);
  const [customTiers] = useState(fn.requiredForTiers);
  const fnError = (field: FunctionField) => problemAt.get(problemKey.fn(fn.key, field));
  const setField = (patch: Partial<FunctionDraft>) => onChange((f) => ({ ...f, ...patch }));
  const updateItem = (itemKey: string, patch: Partial<ItemDraft>) =>
    onChange((f) => ({
      ...f,
      items: f.items.map((item) => (item.key === itemKey ? { ...item, ...patch } : item)),
    }));

  return (
    <div className="template-function">
      <div className="field-row">
        <Field
          label={`${label} quorum`}
          hint="Approvals this function must give."
          error={fnError('quorum')}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={1}
              max={5}
              step={1}
              value={fn.quorum}
              onChange={(e) => setField({ quorum: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={`${label} high-risk quorum`}
          hint="Optional: approvals needed when the initiative is high risk."
          error={fnError('highRiskQuorum')}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={1}
              max={5}
              step={1}
              value={fn.highRiskQuorum}
              onChange={(e) => setField({ highRiskQuorum: e.target.value })}
            />
          )}
        </Field>
        <Field label={`${label} must sign for`} error={fnError('requiredForTiers')}>
          {(p) => (
            <select
              {...p}
              value={requiredFor(fn.requiredForTiers)}
              onChange={(e) => {
                const value = e.target.value as RequiredFor;
                setField({
                  requiredForTiers:
                    value === 'all' ? null : value === 'high-risk' ? ['high-risk'] : customTiers,
                });
              }}
            >
              <option value="all">All tiers</option>
              <option value="high-risk">High-risk initiatives only</option>
              {requiredFor(customTiers) === 'custom' && customTiers && (
                <option value="custom">
                  Only {customTiers.map((t) => RISK_TIER_LABELS[t].toLowerCase()).join(' or ')}
                </option>
              )}
            </select>
          )}
        </Field>
      </div>
      {canRemove && (
        <p>
          <button type="button" className="button-quiet" onClick={onRemove}>
            Remove {label} from this gate
          </button>
        </p>
      )}
      <h4 className="template-editor-heading">
        {label} checklist ({fn.items.length} {fn.items.length === 1 ? 'item' : 'items'})
      </h4>
      {fnError('items') && <p className="field-error">{fnError('items')}</p>}
      {fn.items.length === 0 && <p className="muted">No checklist items yet.</p>}
      <ol className="template-items">
        {fn.items.map((item, index) => (
          <li key={item.key}>
            <ItemEditor
              prefix={itemLabel(fn.function, index)}
              functionLabel={label}
              number={index + 1}
              item={item}
              problemAt={problemAt}
              autoFocus={item.key === focusKey}
              onChange={(patch) => updateItem(item.key, patch)}
              onRemove={() => {
                onChange((f) => ({ ...f, items: f.items.filter((i) => i.key !== item.key) }));
                addItemRef.current?.focus();
              }}
            />
          </li>
        ))}
      </ol>
      <button
        ref={addItemRef}
        type="button"
        className="button-secondary"
        onClick={() => {
          const item = emptyItemDraft();
          onChange((f) => ({ ...f, items: [...f.items, item] }));
          onAddItem(item);
        }}
      >
        Add item<span className="visually-hidden"> to {label}</span>
      </button>
    </div>
  );
}

interface ItemEditorProps {
  /** "Legal item 3": starts every control's accessible name. */
  prefix: string;
  functionLabel: string;
  number: number;
  item: ItemDraft;
  problemAt: ReadonlyMap<string, string>;
  autoFocus: boolean;
  onChange: (patch: Partial<ItemDraft>) => void;
  onRemove: () => void;
}

function ItemEditor({
  prefix,
  functionLabel,
  number,
  item,
  problemAt,
  autoFocus,
  onChange,
  onRemove,
}: ItemEditorProps) {
  const radioName = useId();
  const tiersHintId = useId();
  const error = (field: ItemField) => problemAt.get(problemKey.item(item.key, field));
  const idError = error('id');
  const tiersError = error('tiers');

  function toggleTier(tier: RiskTier, on: boolean) {
    onChange({
      tiers: on
        ? [...item.tiers.filter((t) => t !== tier), tier]
        : item.tiers.filter((t) => t !== tier),
    });
  }

  return (
    <fieldset className="template-item">
      <legend>
        Item {number}
        {item.id === null && <span className="badge template-new-badge">New</span>}
      </legend>
      <Field label="Text" error={error('text') ?? idError}>
        {(p) => (
          <textarea
            {...p}
            aria-label={`${prefix} text`}
            rows={2}
            // Focus moves to an item the administrator has just added.
            autoFocus={autoFocus}
            value={item.text}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        )}
      </Field>
      <Field label="Guidance" hint="What good evidence looks like." error={error('guidance')}>
        {(p) => (
          <textarea
            {...p}
            aria-label={`${prefix} guidance`}
            rows={2}
            value={item.guidance}
            onChange={(e) => onChange({ guidance: e.target.value })}
          />
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          aria-label={`${prefix} evidence required`}
          checked={item.evidenceRequired}
          onChange={(e) => onChange({ evidenceRequired: e.target.checked })}
        />
        Evidence required
      </label>
      <fieldset className="inline-fieldset">
        <legend>References (separate several with commas)</legend>
        <div className="field-row">
          {REF_FRAMEWORKS.map((framework) => (
            <Field key={framework} label={REF_FRAMEWORK_LABELS[framework]} error={error(framework)}>
              {(p) => (
                <input
                  {...p}
                  aria-label={`${prefix} ${REF_FRAMEWORK_LABELS[framework]} references`}
                  value={item.refs[framework]}
                  onChange={(e) =>
                    onChange({ refs: { ...item.refs, [framework]: e.target.value } })
                  }
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="inline-fieldset" aria-describedby={tiersError ? tiersHintId : undefined}>
        <legend>Applies to</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={radioName}
            aria-label={`${prefix} applies to all tiers`}
            checked={item.tiersMode === 'all'}
            onChange={() => onChange({ tiersMode: 'all' })}
          />
          All tiers
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={radioName}
            aria-label={`${prefix} applies to specific tiers`}
            checked={item.tiersMode === 'specific'}
            onChange={() =>
              onChange({
                tiersMode: 'specific',
                tiers: item.tiers.length === 0 ? ['high-risk'] : item.tiers,
              })
            }
          />
          Specific tiers
        </label>
        {item.tiersMode === 'specific' && (
          <div className="template-tiers">
            {RISK_TIERS.map((tier) => (
              <label key={tier} className="checkbox">
                <input
                  type="checkbox"
                  aria-label={`${prefix} applies to ${RISK_TIER_LABELS[tier]}`}
                  checked={item.tiers.includes(tier)}
                  onChange={(e) => toggleTier(tier, e.target.checked)}
                />
                {RISK_TIER_LABELS[tier]}
              </label>
            ))}
          </div>
        )}
        {tiersError && (
          <p className="field-error" id={tiersHintId}>
            {tiersError}
          </p>
        )}
      </fieldset>
      <button type="button" className="button-quiet" onClick={onRemove}>
        Remove item {number}
        <span className="visually-hidden"> from {functionLabel}</span>
      </button>
    </fieldset>
  );
}
