import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../../shared/domain/workspace';
import {
  RISK_ACCEPTANCE_RECORD_KIND,
  acceptanceContentHash,
} from '../../../shared/risk/acceptance';
import { defaultMatrix } from '../../../shared/risk/matrix';
import type { Risk } from '../../../shared/risk/record';
import { riskStanding } from '../../../shared/risk/standing';
import { findTemplate, instantiateTemplate } from '../../../shared/risk/templates';
import { expectRefused } from '../../test/expectRefused';
import { certify } from '../../test/gateSteps';
import { signRecord } from '../../test/signRecord';
import { makeTestWorkspace } from '../../test/testWorkspace';
import type { CountersignDb } from '../database';
import { newId } from '../ids';
import { acceptRisk } from './acceptRisk';
import { addRisk } from './addRisk';
import { createInitiative } from './createInitiative';
import { execute } from './defineCommand';
import { recordRiskReview } from './recordRiskReview';
import { updateRisk } from './updateRisk';
import { updateWorkspaceSettings } from './updateWorkspaceSettings';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  const ws = await makeTestWorkspace();
  db = ws.db;
  const pm = ws.byRole['program-manager'];
  const initiative = await execute(
    ws.db,
    createInitiative,
    { title: 'Claims triage', businessUnit: 'Claims', ownerId: pm, aiSystemType: 'classical-ml' },
    { memberId: pm },
  );
  const fromTemplate = (id: string) => {
    const template = findTemplate(id);
    if (!template) throw new Error(`no template ${id}`);
    const fields = instantiateTemplate(template, {
      matrix: defaultMatrix(5),
      initiativeId: initiative.id,
      ownerId: pm,
    });
    return { ...fields, controls: fields.controls.map((c) => ({ ...c, id: newId() })) };
  };
  return { ...ws, pm, initiative, fromTemplate };
}

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function editable(risk: Risk) {
  const {
    id: _i,
    initiativeId: _n,
    templateId: _t,
    lastReviewedAt: _l,
    acceptance: _a,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = risk;
  return rest;
}

describe('risk register commands', () => {
  it('adds a risk from a template with its controls, then lowers the residual', async () => {
    const ctx = await setup();
    const risk = await execute(ctx.db, addRisk, ctx.fromTemplate('prompt-injection'), {
      memberId: ctx.pm,
    });
    expect(risk.templateId).toBe('prompt-injection');
    expect(risk.controls.length).toBeGreaterThan(0);
    expect(risk.lastReviewedAt).toBe(risk.createdAt);

    const controls = risk.controls.map((c, i) =>
      i === 0 ? { ...c, status: 'in-place' as const } : c,
    );
    const lowered = await execute(
      ctx.db,
      updateRisk,
      {
        riskId: risk.id,
        risk: { ...editable(risk), controls, residual: { likelihood: 1, impact: 2 } },
        reason: 'Input filter live',
      },
      { memberId: ctx.pm },
    );
    const settings = DEFAULT_WORKSPACE_SETTINGS;
    expect(riskStanding(lowered, settings, today())).toMatchObject({
      residualScore: 2,
      residualBand: 'low',
      untreated: false,
    });
    const event = await ctx.db.auditEvents.orderBy('seq').last();
    expect(event).toMatchObject({ action: 'risk.update', reason: 'Input filter live' });
  });

  it('refuses ratings outside the matrix and controls without an active owner, changing nothing', async () => {
    const ctx = await setup();
    const base = ctx.fromTemplate('unnoticed-drift');
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          addRisk,
          { ...base, residual: { likelihood: 6, impact: 1 } },
          { memberId: ctx.pm },
        ),
      /Likelihood 6 is outside/,
      'invalid',
    );
    const [first] = base.controls;
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          addRisk,
          { ...base, controls: [{ ...first!, ownerId: '' }] },
          { memberId: ctx.pm },
        ),
      /A control needs an owner/,
      'invalid',
    );
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          addRisk,
          { ...base, controls: [{ ...first!, ownerId: newId() }] },
          { memberId: ctx.pm },
        ),
      /needs an owner who is an active member/,
      'invalid',
    );
  });

  it('links gate checklist items that exist, and refuses ones that do not', async () => {
    const ctx = await setup();
    const linked = await execute(
      ctx.db,
      addRisk,
      {
        ...ctx.fromTemplate('unnoticed-drift'),
        linkedItems: [{ templateId: 'go-live', itemId: 'monitoring-drift' }],
      },
      { memberId: ctx.pm },
    );
    expect(linked.linkedItems).toEqual([{ templateId: 'go-live', itemId: 'monitoring-drift' }]);
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          addRisk,
          {
            ...ctx.fromTemplate('unnoticed-drift'),
            linkedItems: [{ templateId: 'go-live', itemId: 'no-such-item' }],
          },
          { memberId: ctx.pm },
        ),
      /“no-such-item” is not in the gate template “Go live”/,
      'invalid',
    );
  });

  it('records reviews: still valid restarts the cadence, changed needs a note', async () => {
    const ctx = await setup();
    const risk = await execute(ctx.db, addRisk, ctx.fromTemplate('unnoticed-drift'), {
      memberId: ctx.pm,
    });
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          recordRiskReview,
          { riskId: risk.id, outcome: 'changed', note: '' },
          { memberId: ctx.pm },
        ),
      /Say what changed/,
    );
    const later = new Date(Date.now() + 40 * 86_400_000);
    const reviewed = await execute(
      ctx.db,
      recordRiskReview,
      { riskId: risk.id, outcome: 'still-valid', note: '' },
      { memberId: ctx.pm, now: () => later },
    );
    expect(reviewed.lastReviewedAt).toBe(later.toISOString());
    expect((await ctx.db.auditEvents.orderBy('seq').last())?.reason).toBe('Still valid');
  });

  it('accepts a residual risk above appetite with a signature by the named role, until it expires', async () => {
    const ctx = await setup();
    const grace = ctx.byRole['compliance-reviewer'];
    await certify(ctx.db, grace, ctx.workspace.id);
    await certify(ctx.db, ctx.byRole['security-reviewer'], ctx.workspace.id);
    const risk = await execute(
      ctx.db,
      addRisk,
      {
        ...ctx.fromTemplate('provider-changes-terms-or-model'),
        treatment: 'accept',
        residual: { likelihood: 4, impact: 4 },
      },
      { memberId: ctx.pm },
    );
    const settings = DEFAULT_WORKSPACE_SETTINGS;
    expect(riskStanding(risk, settings, today())).toMatchObject({
      acceptance: 'missing',
      untreated: true,
    });

    const expiresOn = inDays(180);
    const sign = (memberId: string, riskId = risk.id, expiry = expiresOn) =>
      signRecord(ctx.db, memberId, {
        recordKind: RISK_ACCEPTANCE_RECORD_KIND,
        recordId: riskId,
        contentHash: acceptanceContentHash({
          riskId: risk.id,
          title: risk.title,
          residual: risk.residual,
          treatment: risk.treatment,
          expiresOn: expiry,
        }),
        meaning: 'acceptance-of-risk',
      });
    const security = ctx.byRole['security-reviewer'];
    await expectRefused(
      ctx.db,
      async () =>
        execute(
          ctx.db,
          acceptRisk,
          { riskId: risk.id, expiresOn, signature: await sign(security) },
          { memberId: security },
        ),
      /does not hold the Compliance reviewer role/,
    );
    await expectRefused(
      ctx.db,
      async () =>
        execute(
          ctx.db,
          acceptRisk,
          { riskId: risk.id, expiresOn, signature: await sign(grace, newId()) },
          { memberId: grace },
        ),
      /made for another risk/,
    );
    await expectRefused(
      ctx.db,
      async () =>
        execute(
          ctx.db,
          acceptRisk,
          {
            riskId: risk.id,
            expiresOn: '2020-01-01',
            signature: await sign(grace, risk.id, '2020-01-01'),
          },
          { memberId: grace },
        ),
      /must expire after today/,
    );
    const accepted = await execute(
      ctx.db,
      acceptRisk,
      { riskId: risk.id, expiresOn, signature: await sign(grace) },
      { memberId: grace },
    );
    expect(riskStanding(accepted, settings, today())).toMatchObject({
      acceptance: 'valid',
      untreated: false,
    });
    expect(riskStanding(accepted, settings, inDays(181))).toMatchObject({
      acceptance: 'expired',
      untreated: true,
    });

    // Re-rating the residual lifts the acceptance: it covered another rating.
    const rerated = await execute(
      ctx.db,
      updateRisk,
      {
        riskId: risk.id,
        risk: { ...editable(accepted), residual: { likelihood: 5, impact: 4 } },
        reason: '',
      },
      { memberId: ctx.pm },
    );
    expect(rerated.acceptance).toBeNull();
  });

  it('refuses an acceptance that is not needed', async () => {
    const ctx = await setup();
    const grace = ctx.byRole['compliance-reviewer'];
    await certify(ctx.db, grace, ctx.workspace.id);
    const risk = await execute(
      ctx.db,
      addRisk,
      { ...ctx.fromTemplate('unnoticed-drift'), residual: { likelihood: 1, impact: 1 } },
      { memberId: ctx.pm },
    );
    const signature = await signRecord(ctx.db, grace, {
      recordKind: RISK_ACCEPTANCE_RECORD_KIND,
      recordId: risk.id,
      contentHash: acceptanceContentHash({
        riskId: risk.id,
        title: risk.title,
        residual: risk.residual,
        treatment: risk.treatment,
        expiresOn: inDays(30),
      }),
      meaning: 'acceptance-of-risk',
    });
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          acceptRisk,
          { riskId: risk.id, expiresOn: inDays(30), signature },
          { memberId: grace },
        ),
      /Only a risk treated by acceptance whose residual rating is above the appetite/,
      'conflict',
    );
  });

  it('refuses a smaller matrix while risks are rated beyond it', async () => {
    const ctx = await setup();
    await execute(
      ctx.db,
      addRisk,
      { ...ctx.fromTemplate('unnoticed-drift'), inherent: { likelihood: 5, impact: 5 } },
      { memberId: ctx.pm },
    );
    const workspace = (await ctx.db.workspace.toCollection().first())!;
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          updateWorkspaceSettings,
          {
            name: workspace.name,
            settings: { ...workspace.settings, riskMatrix: defaultMatrix(3) },
          },
          { memberId: ctx.administrator.id },
        ),
      /1 risk is rated beyond level 3/,
      'conflict',
    );
    const bigger = await execute(
      ctx.db,
      updateWorkspaceSettings,
      { name: workspace.name, settings: { ...workspace.settings, riskMatrix: defaultMatrix(6) } },
      { memberId: ctx.administrator.id },
    );
    expect(bigger.settings.riskMatrix.size).toBe(6);
  });
});
