import { afterEach, describe, expect, it } from 'vitest';
import { defaultMatrix, DEFAULT_RISK_MATRIX } from '../../../shared/risk/matrix';
import { findTemplate } from '../../../shared/risk/templates';
import { addRisk, addRiskInput } from '../../db/commands/addRisk';
import { createInitiative } from '../../db/commands/createInitiative';
import { execute } from '../../db/commands/defineCommand';
import { updateRisk, updateRiskInput } from '../../db/commands/updateRisk';
import type { CountersignDb } from '../../db/database';
import { newId } from '../../db/ids';
import { makeTestWorkspace } from '../../test/testWorkspace';
import {
  addRiskInputFromForm,
  addRiskInputFromTemplate,
  blankRiskForm,
  deriveRating,
  fieldError,
  isLinked,
  levelOptions,
  middleRating,
  newControlDraft,
  riskFormFromRisk,
  toggleLinked,
  updateRiskInputFromForm,
} from './riskForm';
import { fixtureId, INITIATIVE_ID, makeRisk, OWNER_ID } from './testFixtures';

function template(id: string) {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

describe('risk form ↔ command input', () => {
  it('starts a blank risk in the middle of the matrix, owned by the initiative owner, with no category', () => {
    const form = blankRiskForm(OWNER_ID, DEFAULT_RISK_MATRIX);
    expect(form).toMatchObject({
      ownerId: OWNER_ID,
      category: '',
      treatment: 'mitigate',
      inherent: { likelihood: 3, impact: 3 },
      residual: { likelihood: 3, impact: 3 },
      controls: [],
    });
    // Separate objects: editing one rating never moves the other.
    expect(form.residual).not.toBe(form.inherent);
    expect(middleRating(defaultMatrix(3))).toEqual({ likelihood: 2, impact: 2 });
    expect(middleRating(defaultMatrix(6))).toEqual({ likelihood: 3, impact: 3 });
  });

  it('refuses a blank risk without a category or title, naming the field', () => {
    const parsed = addRiskInput.safeParse(
      addRiskInputFromForm(blankRiskForm(OWNER_ID, DEFAULT_RISK_MATRIX), INITIATIVE_ID),
    );
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('title: Risk title is required');
    expect(messages).toContain('category: Choose a risk category');
  });

  it('round-trips a stored risk through the form into an update the command accepts', () => {
    const risk = makeRisk({
      controls: [
        {
          id: fixtureId(),
          description: 'Weekly drift report',
          ownerId: OWNER_ID,
          dueDate: '2026-03-01',
          status: 'in-place',
        },
        {
          id: fixtureId(),
          description: 'Retraining runbook',
          ownerId: OWNER_ID,
          dueDate: null,
          status: 'planned',
        },
      ],
    });
    const form = riskFormFromRisk(risk);
    expect(form.controls.map((c) => c.dueDate)).toEqual(['2026-03-01', '']);
    const input = updateRiskInputFromForm({ ...form, reason: 'Quarterly review' }, risk);
    const parsed = updateRiskInput.parse(input);
    expect(parsed.riskId).toBe(risk.id);
    expect(parsed.reason).toBe('Quarterly review');
    expect(parsed.risk).toEqual({
      title: risk.title,
      description: risk.description,
      category: risk.category,
      cause: risk.cause,
      consequence: risk.consequence,
      ownerId: risk.ownerId,
      inherent: risk.inherent,
      residual: risk.residual,
      treatment: risk.treatment,
      controls: risk.controls,
      linkedItems: risk.linkedItems,
    });
  });

  it('refuses a control without a description, keyed so the form finds it', () => {
    const risk = makeRisk();
    const form = riskFormFromRisk(risk);
    form.controls.push(newControlDraft(fixtureId(), OWNER_ID));
    const parsed = updateRiskInput.safeParse(updateRiskInputFromForm(form, risk));
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.message).toBe('Control description is required');
    const fieldErrors = { [issue?.path.join('.') ?? '']: issue?.message ?? '' };
    expect(fieldError(fieldErrors, 'controls.0.description')).toBe(
      'Control description is required',
    );
    expect(fieldError({ 'controls.0.description': 'x' }, 'controls.0.description')).toBe('x');
    expect(fieldError({}, 'title')).toBeUndefined();
  });

  it('turns a template into a new risk with its own control ids, owned by the initiative owner', () => {
    const input = addRiskInputFromTemplate(
      template('prompt-injection'),
      { matrix: DEFAULT_RISK_MATRIX, initiativeId: INITIATIVE_ID, ownerId: OWNER_ID },
      fixtureId,
    );
    const parsed = addRiskInput.parse(input);
    expect(parsed.templateId).toBe('prompt-injection');
    expect(parsed.ownerId).toBe(OWNER_ID);
    expect(parsed.controls.length).toBeGreaterThan(0);
    expect(new Set(parsed.controls.map((c) => c.id)).size).toBe(parsed.controls.length);
    expect(parsed.controls.every((c) => c.ownerId === OWNER_ID && c.status === 'planned')).toBe(
      true,
    );
    expect(parsed.residual).toEqual(parsed.inherent);
  });

  it('names the levels and derives score and band, never typed', () => {
    expect(levelOptions(DEFAULT_RISK_MATRIX, 'likelihood')[0]).toEqual({
      value: 1,
      label: '1 — Rare',
    });
    expect(levelOptions(DEFAULT_RISK_MATRIX, 'impact').map((o) => o.label)).toHaveLength(5);
    expect(deriveRating(DEFAULT_RISK_MATRIX, { likelihood: 3, impact: 4 })).toEqual({
      score: 12,
      band: 'high',
      text: 'Score 12, High',
    });
    const outside = deriveRating(defaultMatrix(3), { likelihood: 5, impact: 1 });
    expect(outside).toMatchObject({ score: null, band: null });
    expect(outside.text).toMatch(/outside/);
  });
});

describe('the form against the real commands', () => {
  let db: CountersignDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('adds a template risk, then saves an edit that adds a control and lowers the residual', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    const pm = ws.byRole['program-manager'];
    const initiative = await execute(
      ws.db,
      createInitiative,
      { title: 'Claims triage', businessUnit: 'Claims', ownerId: pm, aiSystemType: 'classical-ml' },
      { memberId: pm },
    );
    const risk = await execute(
      ws.db,
      addRisk,
      addRiskInputFromTemplate(
        template('unnoticed-drift'),
        { matrix: ws.workspace.settings.riskMatrix, initiativeId: initiative.id, ownerId: pm },
        newId,
      ),
      { memberId: pm },
    );
    const form = riskFormFromRisk(risk);
    form.controls.push({
      ...newControlDraft(newId(), pm),
      description: 'Alert on input drift',
      status: 'in-place',
      dueDate: '2027-01-31',
    });
    form.residual = { likelihood: 2, impact: 2 };
    form.reason = 'Monitoring live';
    const saved = await execute(ws.db, updateRisk, updateRiskInputFromForm(form, risk), {
      memberId: pm,
    });
    expect(saved.residual).toEqual({ likelihood: 2, impact: 2 });
    expect(saved.controls.at(-1)).toMatchObject({
      description: 'Alert on input drift',
      status: 'in-place',
      dueDate: '2027-01-31',
    });
    const event = await ws.db.auditEvents.orderBy('seq').last();
    expect(event).toMatchObject({ action: 'risk.update', reason: 'Monitoring live' });
  });
});

describe('linked checklist items', () => {
  it('toggles a link on and off without touching the others', () => {
    const start = [{ templateId: 'go-live', itemId: 'load-test' }];
    const added = toggleLinked(start, 'enter-pilot', 'threat-model');
    expect(added).toEqual([...start, { templateId: 'enter-pilot', itemId: 'threat-model' }]);
    expect(isLinked(added, 'enter-pilot', 'threat-model')).toBe(true);
    // The same item id under another template is another link.
    expect(isLinked(added, 'go-live', 'threat-model')).toBe(false);
    expect(toggleLinked(added, 'go-live', 'load-test')).toEqual([
      { templateId: 'enter-pilot', itemId: 'threat-model' },
    ]);
  });
});
