import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_BUSINESS_CASE } from '../../../shared/domain/businessCase';
import { profileOf } from '../../../shared/domain/initiative';
import { EMPTY_READINESS } from '../../../shared/domain/readiness';
import { expectRefused } from '../../test/expectRefused';
import { makeTestWorkspace } from '../../test/testWorkspace';
import type { CountersignDb } from '../database';
import { newId } from '../ids';
import { createInitiative } from './createInitiative';
import { execute } from './defineCommand';
import { classifyInitiative } from './classifyInitiative';
import { updateBusinessCase } from './updateBusinessCase';
import { updateInitiativeProfile } from './updateInitiativeProfile';
import { updateReadiness } from './updateReadiness';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  const ws = await makeTestWorkspace();
  db = ws.db;
  const pm = { memberId: ws.byRole['program-manager'] };
  const initiative = await execute(
    ws.db,
    createInitiative,
    {
      title: 'Ticket triage',
      businessUnit: 'Support',
      ownerId: pm.memberId,
      aiSystemType: 'generative-llm',
      purpose: 'Route support tickets',
      dataCategories: ['personal'],
    },
    pm,
  );
  return { ...ws, pm, initiative };
}

function refused(run: () => Promise<unknown>, message: RegExp) {
  return expectRefused(db!, run, message);
}

describe('initiative profile', () => {
  it('records material fields filled in for the first time without asking for a reason', async () => {
    const { db, pm, initiative } = await setup();
    const result = await execute(
      db,
      updateInitiativeProfile,
      {
        initiativeId: initiative.id,
        profile: {
          ...profileOf(initiative),
          humanOversight: 'human-in-the-loop',
          peopleAffected: 'Customers',
        },
      },
      pm,
    );
    expect(result.materialChanges.map((c) => c.field)).toEqual([
      'peopleAffected',
      'humanOversight',
    ]);
    expect(await db.auditEvents.orderBy('seq').last()).toMatchObject({
      action: 'initiative.update',
      reason: null,
    });
  });

  it('saves non-material edits without a reason', async () => {
    const { db, pm, initiative } = await setup();
    const result = await execute(
      db,
      updateInitiativeProfile,
      {
        initiativeId: initiative.id,
        profile: { ...profileOf(initiative), title: 'Ticket triage assistant', tags: ['llm'] },
      },
      pm,
    );
    expect(result.materialChanges).toEqual([]);
    expect((await db.initiatives.get(initiative.id))?.title).toBe('Ticket triage assistant');
  });

  it('asks for a reason when a material field changes, naming the fields', async () => {
    const { pm, initiative } = await setup();
    await refused(
      () =>
        execute(
          db!,
          updateInitiativeProfile,
          {
            initiativeId: initiative.id,
            profile: {
              ...profileOf(initiative),
              dataCategories: ['personal', 'special-category'],
              humanOversight: 'none',
            },
          },
          pm,
        ),
      // Oversight was not recorded before, so only the data categories need a reason.
      /Give a reason for changing Data categories: these fields are material/,
    );
  });

  it('records the reason with the material change and sends the classification back for review', async () => {
    const { db, pm, initiative } = await setup();
    // Classified earlier (the classification command is tested separately).
    await db.initiatives.update(initiative.id, {
      classification: {
        answers: {
          role: 'deployer',
          prohibitedPractices: [],
          annexIProduct: false,
          annexIIIAreas: [],
          annexIIIDerogation: 'none',
          profiling: false,
          transparency: ['interacts-with-people'],
        },
        tier: 'limited-risk',
        articles: ['Art. 50(1)'],
        reasons: ['It talks to people.'],
        classifiedAt: new Date().toISOString(),
        classifiedBy: pm.memberId,
        needsReview: false,
      },
    });
    const stored = (await db.initiatives.get(initiative.id))!;
    const result = await execute(
      db,
      updateInitiativeProfile,
      {
        initiativeId: initiative.id,
        profile: { ...profileOf(stored), aiSystem: { ...stored.aiSystem, version: '2025-06' } },
        reason: 'Vendor upgraded the model',
      },
      pm,
    );
    expect(result.materialChanges.map((c) => c.field)).toEqual(['aiSystem.version']);
    const after = (await db.initiatives.get(initiative.id))!;
    expect(after.classification?.needsReview).toBe(true);
    expect(await db.auditEvents.orderBy('seq').last()).toMatchObject({
      action: 'initiative.update',
      reason: 'Vendor upgraded the model',
    });
  });

  it('refuses an unknown owner, unknown fields and a missing initiative', async () => {
    const { pm, initiative } = await setup();
    await refused(
      () =>
        execute(
          db!,
          updateInitiativeProfile,
          { initiativeId: initiative.id, profile: { ...profileOf(initiative), ownerId: newId() } },
          pm,
        ),
      /owner is not a member/,
    );
    await refused(
      () =>
        execute(
          db!,
          updateInitiativeProfile,
          {
            initiativeId: initiative.id,
            profile: { ...profileOf(initiative), stage: 'production' },
          },
          pm,
        ),
      /Unrecognized key/,
    );
    await refused(
      () =>
        execute(
          db!,
          updateInitiativeProfile,
          { initiativeId: newId(), profile: profileOf(initiative) },
          pm,
        ),
      /does not exist/,
    );
  });
});

describe('business case and readiness', () => {
  it('saves a business case and refuses a negative cost', async () => {
    const { db, pm, initiative } = await setup();
    const businessCase = {
      kpis: [
        {
          name: 'Average handling time',
          unit: 'minutes',
          baseline: 14,
          target: 9,
          current: 11,
          kind: 'business' as const,
        },
      ],
      cost: {
        currency: 'USD',
        pocMonthlyCost: 500,
        unitCost: 2,
        unitBasis: 'per-1000-requests' as const,
        productionMonthlyVolume: 25_000_000,
      },
    };
    await execute(db, updateBusinessCase, { initiativeId: initiative.id, businessCase }, pm);
    expect((await db.initiatives.get(initiative.id))?.businessCase).toEqual(businessCase);
    await refused(
      () =>
        execute(
          db,
          updateBusinessCase,
          {
            initiativeId: initiative.id,
            businessCase: {
              ...EMPTY_BUSINESS_CASE,
              cost: { ...EMPTY_BUSINESS_CASE.cost, unitCost: -1 },
            },
          },
          pm,
        ),
      /Unit cost cannot be negative/,
    );
  });

  it('saves readiness per gap and refuses an owner who is not a member', async () => {
    const { db, pm, initiative } = await setup();
    const readiness = {
      ...EMPTY_READINESS,
      'data-quality': { status: 'ready' as const, notes: 'Audited', ownerId: pm.memberId },
    };
    await execute(db, updateReadiness, { initiativeId: initiative.id, readiness }, pm);
    expect((await db.initiatives.get(initiative.id))?.readiness['data-quality'].status).toBe(
      'ready',
    );
    await refused(
      () =>
        execute(
          db,
          updateReadiness,
          {
            initiativeId: initiative.id,
            readiness: {
              ...readiness,
              scale: { status: 'in-progress', notes: '', ownerId: newId() },
            },
          },
          pm,
        ),
      /owner is not a member/,
    );
  });
});

describe('EU AI Act classification', () => {
  const answers = {
    role: 'deployer' as const,
    prohibitedPractices: [],
    annexIProduct: false,
    annexIIIAreas: ['essential-services' as const],
    annexIIIDerogation: 'none' as const,
    profiling: true,
    transparency: [],
  };

  it('computes and stores the tier from the answers, with who and when', async () => {
    const { db, pm, initiative } = await setup();
    await execute(db, classifyInitiative, { initiativeId: initiative.id, answers }, pm);
    const stored = (await db.initiatives.get(initiative.id))!;
    expect(stored.classification).toMatchObject({
      tier: 'high-risk',
      answers,
      classifiedBy: pm.memberId,
      needsReview: false,
    });
    expect(stored.classification?.articles).toContain('Art. 6(2)');
  });

  it('explains a tier change in the audit trail and ignores a tier sent by the caller', async () => {
    const { db, pm, initiative } = await setup();
    await execute(db, classifyInitiative, { initiativeId: initiative.id, answers }, pm);
    await execute(
      db,
      classifyInitiative,
      { initiativeId: initiative.id, answers: { ...answers, annexIIIAreas: [] } },
      pm,
    );
    expect(await db.auditEvents.orderBy('seq').last()).toMatchObject({
      action: 'initiative.classify',
      reason: 'Risk tier changed from High risk to Minimal risk',
    });
    await refused(
      () =>
        execute(
          db,
          classifyInitiative,
          { initiativeId: initiative.id, answers, tier: 'minimal-risk' },
          pm,
        ),
      /Unrecognized key/,
    );
  });
});
