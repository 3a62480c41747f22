import { useEffect, useState, type SubmitEvent } from 'react';
import {
  KPI_KINDS,
  UNIT_BASES,
  UNIT_BASIS_LABELS,
  projectCost,
  type BusinessCase,
  type Kpi,
} from '../../../shared/domain/businessCase';
import type { Initiative } from '../../../shared/domain/initiative';
import { rolesGrant } from '../../../shared/domain/permissions';
import { useCommand } from '../../app/useCommand';
import { useMember } from '../../app/WorkspaceContext';
import { updateBusinessCase } from '../../db/commands/updateBusinessCase';
import { useUi } from '../../state/uiStore';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';

type NumberText = string;
interface KpiDraft {
  name: string;
  unit: string;
  baseline: NumberText;
  target: NumberText;
  current: NumberText;
  kind: Kpi['kind'];
}
interface Draft {
  kpis: KpiDraft[];
  currency: string;
  pocMonthlyCost: NumberText;
  unitCost: NumberText;
  unitBasis: BusinessCase['cost']['unitBasis'];
  productionMonthlyVolume: NumberText;
}

const text = (n: number | null) => (n === null ? '' : String(n));
/** Empty means "not recorded"; anything else must read as a number (the schema says so if not). */
const num = (t: string) => (t.trim() === '' ? null : Number(t.replace(/,/g, '')));

function toDraft(bc: BusinessCase): Draft {
  return {
    kpis: bc.kpis.map((k) => ({
      ...k,
      baseline: text(k.baseline),
      target: text(k.target),
      current: text(k.current),
    })),
    currency: bc.cost.currency,
    pocMonthlyCost: text(bc.cost.pocMonthlyCost),
    unitCost: text(bc.cost.unitCost),
    unitBasis: bc.cost.unitBasis,
    productionMonthlyVolume: text(bc.cost.productionMonthlyVolume),
  };
}

function fromDraft(d: Draft): BusinessCase {
  return {
    kpis: d.kpis.map((k) => ({
      ...k,
      baseline: num(k.baseline),
      target: num(k.target),
      current: num(k.current),
    })),
    cost: {
      currency: d.currency.trim().toUpperCase(),
      pocMonthlyCost: num(d.pocMonthlyCost),
      unitCost: num(d.unitCost),
      unitBasis: d.unitBasis,
      productionMonthlyVolume: num(d.productionMonthlyVolume),
    },
  };
}

function money(value: number | null, currency: string): string {
  if (value === null || Number.isNaN(value)) return 'not known';
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(value);
  } catch {
    return `${currency} ${Math.round(value).toLocaleString()}`;
  }
}

/** KPIs and the cost model, with the POC-to-production cost ratio shown prominently. */
export function BusinessCaseForm({ initiative }: { initiative: Initiative }) {
  const member = useMember();
  const command = useCommand(updateBusinessCase);
  const setDirty = useUi((s) => s.setDirty);
  const [draft, setDraft] = useState<Draft>(() => toDraft(initiative.businessCase));
  const [saved, setSaved] = useState(false);
  const canEdit = rolesGrant(member.roles, 'initiative.edit');
  const value = fromDraft(draft);
  const dirty = JSON.stringify(value) !== JSON.stringify(initiative.businessCase);
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  const projection = projectCost(value.cost);
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setKpi = (index: number, patch: Partial<KpiDraft>) =>
    set({ kpis: draft.kpis.map((k, i) => (i === index ? { ...k, ...patch } : k)) });

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (await command.run({ initiativeId: initiative.id, businessCase: value })) {
      setDirty(false);
      setSaved(true);
    }
  }

  const errors = command.fieldErrors;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Business case">
      <section aria-label="Cost at scale" className="card cost-summary">
        <p className="cost-figures">
          Proof of concept <strong>{money(projection.pocMonthly, value.cost.currency)}</strong> a
          month → production{' '}
          <strong>{money(projection.productionMonthly, value.cost.currency)}</strong> a month
        </p>
        <p
          className={`cost-ratio ${projection.ratio !== null && projection.ratio >= 10 ? 'cost-ratio-alarm' : ''}`}
          role="status"
        >
          {projection.ratio === null
            ? 'Enter the POC cost, unit cost and production volume to see the cost at scale.'
            : `${projection.ratio.toLocaleString(undefined, { maximumFractionDigits: 1 })}× the proof-of-concept cost`}
        </p>
      </section>
      <fieldset disabled={!canEdit}>
        <legend>Cost model</legend>
        <div className="field-row">
          <Field label="Currency" error={errors['businessCase.cost.currency']}>
            {(p) => (
              <input
                {...p}
                value={draft.currency}
                maxLength={3}
                onChange={(e) => set({ currency: e.target.value })}
              />
            )}
          </Field>
          <Field
            label="Monthly cost at POC volume"
            error={errors['businessCase.cost.pocMonthlyCost']}
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={draft.pocMonthlyCost}
                onChange={(e) => set({ pocMonthlyCost: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label="Unit cost" error={errors['businessCase.cost.unitCost']}>
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={draft.unitCost}
                onChange={(e) => set({ unitCost: e.target.value })}
              />
            )}
          </Field>
          <Field label="Unit" error={errors['businessCase.cost.unitBasis']}>
            {(p) => (
              <select
                {...p}
                value={draft.unitBasis}
                onChange={(e) => set({ unitBasis: e.target.value as Draft['unitBasis'] })}
              >
                {UNIT_BASES.map((b) => (
                  <option key={b} value={b}>
                    {UNIT_BASIS_LABELS[b]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={
              draft.unitBasis === 'per-case'
                ? 'Production cases per month'
                : 'Production requests per month'
            }
            error={errors['businessCase.cost.productionMonthlyVolume']}
          >
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={draft.productionMonthlyVolume}
                onChange={(e) => set({ productionMonthlyVolume: e.target.value })}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset disabled={!canEdit}>
        <legend>KPIs</legend>
        <p className="field-hint">
          Business metrics decide production; model metrics alone do not.
        </p>
        {draft.kpis.length === 0 && <p className="muted">No KPIs yet.</p>}
        {draft.kpis.map((kpi, index) => {
          const n = index + 1;
          const e = (f: string) => errors[`businessCase.kpis.${String(index)}.${f}`];
          return (
            // Position is the identity of a KPI row while editing.
            <div key={index} className="kpi-row">
              <Field label={`KPI ${String(n)} name`} error={e('name')}>
                {(p) => (
                  <input
                    {...p}
                    value={kpi.name}
                    onChange={(ev) => setKpi(index, { name: ev.target.value })}
                  />
                )}
              </Field>
              <Field label={`KPI ${String(n)} unit`} error={e('unit')}>
                {(p) => (
                  <input
                    {...p}
                    value={kpi.unit}
                    onChange={(ev) => setKpi(index, { unit: ev.target.value })}
                  />
                )}
              </Field>
              <Field label={`KPI ${String(n)} baseline`} error={e('baseline')}>
                {(p) => (
                  <input
                    {...p}
                    inputMode="decimal"
                    value={kpi.baseline}
                    onChange={(ev) => setKpi(index, { baseline: ev.target.value })}
                  />
                )}
              </Field>
              <Field label={`KPI ${String(n)} target`} error={e('target')}>
                {(p) => (
                  <input
                    {...p}
                    inputMode="decimal"
                    value={kpi.target}
                    onChange={(ev) => setKpi(index, { target: ev.target.value })}
                  />
                )}
              </Field>
              <Field label={`KPI ${String(n)} current`} error={e('current')}>
                {(p) => (
                  <input
                    {...p}
                    inputMode="decimal"
                    value={kpi.current}
                    onChange={(ev) => setKpi(index, { current: ev.target.value })}
                  />
                )}
              </Field>
              <Field label={`KPI ${String(n)} kind`} error={e('kind')}>
                {(p) => (
                  <select
                    {...p}
                    value={kpi.kind}
                    onChange={(ev) => setKpi(index, { kind: ev.target.value as Kpi['kind'] })}
                  >
                    {KPI_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {k === 'business' ? 'Business metric' : 'Model metric'}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button
                type="button"
                className="button-quiet"
                onClick={() => set({ kpis: draft.kpis.filter((_, i) => i !== index) })}
              >
                Remove KPI {n}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            set({
              kpis: [
                ...draft.kpis,
                { name: '', unit: '', baseline: '', target: '', current: '', kind: 'business' },
              ],
            })
          }
        >
          Add KPI
        </button>
      </fieldset>
      <ErrorAlert message={command.error} />
      {saved && (
        <p role="status" className="alert alert-ok">
          Business case saved.
        </p>
      )}
      {canEdit && (
        <div className="form-actions">
          <button type="submit" disabled={!dirty || command.pending}>
            Save business case
          </button>
        </div>
      )}
    </form>
  );
}
