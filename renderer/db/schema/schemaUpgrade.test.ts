import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CountersignDb } from '../database';
import { newId } from '../ids';
import { openWorkspaceDb } from '../openWorkspaceDb';
import { V1_STORES } from './v1';
import { V2_STORES } from './v2';
import { V3_STORES } from './v3';
import { V4_STORES } from './v4';
import { V5_STORES } from './v5';
import { V6_STORES } from './v6';
import { V7_STORES as CURRENT_STORES } from './v7';
import { DEFAULT_RISK_MATRIX } from '../../../shared/risk/matrix';
import { DEFAULT_GATE_TEMPLATES } from '../../../shared/gates/defaultTemplates';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './versions';
import { summarizeAll } from '../../../shared/dashboard/summary/summarize';
import {
  daysAgo,
  gate,
  initiative,
  LEGAL,
  risk,
  signoff,
} from '../../../shared/dashboard/testFixtures';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});
function freshName() {
  const name = `upgrade-${newId()}`;
  names.push(name);
  return name;
}

/**
 * One case per schema version: data as the previous version wrote it, opened by
 * the current code. Adding a version without its case fails the first test.
 */
const UPGRADE_CASES: Record<number, (name: string) => Promise<void>> = {
  1: async (name) => {
    // Before version 1 there was no database: opening creates every table.
    const db = new CountersignDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(CURRENT_STORES).sort());
    expect(db.auditEvents.schema.primKey.name).toBe('seq');
    expect(db.initiatives.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['stage', 'businessUnit', 'ownerId', 'updatedAt', 'tags']),
    );
    db.close();
  },
  2: async (name) => {
    // A version 1 workspace: members without keys, settings without the signing option.
    const legacy = new Dexie(name);
    legacy.version(1).stores(V1_STORES);
    await legacy.table('workspace').add({
      id: 'w',
      name: 'Old',
      createdAt: 'x',
      sample: false,
      settings: { marking: 'Internal' },
    });
    await legacy.table('members').add({
      id: 'm',
      name: 'Old Member',
      email: 'old@example.test',
      roles: ['administrator'],
      status: 'active',
    });
    await legacy.table('auditEvents').add({ seq: 1, hash: 'h' });
    legacy.close();

    const db = new CountersignDb(name);
    expect(await db.members.get('m')).toMatchObject({
      name: 'Old Member',
      keys: [],
      certification: null,
    });
    expect((await db.workspace.get('w'))?.settings).toMatchObject({
      marking: 'Internal',
      signingReauth: 'every-signature',
    });
    // No credential yet: this member chooses a passphrase at their next sign-in.
    expect(await db.credentials.count()).toBe(0);
    expect(await db.auditEvents.count()).toBe(1);
    db.close();
  },
  3: async (name) => {
    // A version 2 initiative: registration fields only.
    const legacy = new Dexie(name);
    legacy.version(2).stores(V2_STORES);
    await legacy
      .table('initiatives')
      .add({ id: 'i', title: 'Old initiative', stage: 'pilot', tags: [], aiSystemType: 'other' });
    legacy.close();

    const db = new CountersignDb(name);
    const initiative = await db.initiatives.get('i');
    expect(initiative).toMatchObject({
      title: 'Old initiative',
      aiSystem: { model: '', provider: '', version: '', hosting: null },
      dataCategories: [],
      humanOversight: null,
      integrationPoints: [],
      classification: null,
      businessCase: { kpis: [], cost: { pocMonthlyCost: null } },
    });
    expect(initiative?.readiness['data-quality']).toEqual({
      status: 'not-started',
      notes: '',
      ownerId: null,
    });
    expect(db.initiatives.schema.idxByName['classification.tier']).toBeDefined();
    db.close();
  },
  4: async (name) => {
    // A version 3 workspace: no gate templates, no approval validity period.
    const legacy = new Dexie(name);
    legacy.version(3).stores(V3_STORES);
    await legacy.table('workspace').add({
      id: 'w',
      name: 'Old',
      createdAt: 'x',
      sample: false,
      settings: { marking: 'Internal', approvalValidityMonths: 6 },
    });
    legacy.close();

    const db = new CountersignDb(name);
    const workspace = await db.workspace.get('w');
    expect(workspace?.gateTemplates).toEqual(DEFAULT_GATE_TEMPLATES);
    // Values already there are kept.
    expect(workspace?.settings.approvalValidityMonths).toBe(6);
    expect(db.signoffs.schema.idxByName.recordedAt).toBeDefined();
    expect(db.gates.schema.idxByName.openedAt).toBeDefined();
    db.close();
  },
  5: async (name) => {
    // A version 4 workspace and risk: no matrix settings, a risk without controls or review date.
    const legacy = new Dexie(name);
    legacy.version(4).stores(V4_STORES);
    await legacy.table('workspace').add({
      id: 'w',
      name: 'Old',
      createdAt: 'x',
      sample: false,
      settings: { marking: 'Internal' },
      gateTemplates: [],
    });
    await legacy.table('risks').add({
      id: 'r',
      title: 'Drift',
      treatment: 'mitigate',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    legacy.close();

    const db = new CountersignDb(name);
    const workspace = await db.workspace.get('w');
    expect(workspace?.settings).toMatchObject({
      marking: 'Internal',
      riskMatrix: DEFAULT_RISK_MATRIX,
      reviewCadence: { critical: 1, high: 3, medium: 12, low: 12 },
      acceptanceRole: 'compliance-reviewer',
      costAlert: { monthlyThreshold: 25_000, pocMultiple: 10 },
    });
    expect(await db.risks.get('r')).toMatchObject({
      title: 'Drift',
      cause: '',
      consequence: '',
      controls: [],
      linkedItems: [],
      templateId: null,
      lastReviewedAt: '2026-01-01T00:00:00.000Z',
      acceptance: null,
    });
    expect(db.risks.schema.idxByName.treatment).toBeDefined();
    db.close();
  },
  6: async (name) => {
    // A version 5 workspace and sign-off: no evidence settings, evidence cited by id only.
    const legacy = new Dexie(name);
    legacy.version(5).stores(V5_STORES);
    await legacy.table('workspace').add({
      id: 'w',
      name: 'Old',
      createdAt: 'x',
      sample: false,
      settings: { marking: 'Internal', evidenceMaxMegabytes: 20 },
      gateTemplates: [],
    });
    await legacy
      .table('signoffs')
      .add({ id: 's', gateId: 'g', decision: 'approve', evidenceIds: [] });
    legacy.close();

    const db = new CountersignDb(name);
    const workspace = await db.workspace.get('w');
    expect(workspace?.settings).toMatchObject({ marking: 'Internal', evidenceMaxMegabytes: 20 });
    expect(workspace?.settings.evidenceTypes).toContain('pdf');
    const signoff = await db.signoffs.get('s');
    expect(signoff).toMatchObject({ id: 's', decision: 'approve', evidence: [] });
    expect(signoff).not.toHaveProperty('evidenceIds');
    expect(db.evidence.schema.idxByName.addedAt).toBeDefined();
    expect(db.evidenceFiles.schema.primKey.name).toBe('id');
    db.close();
  },
  7: async (name) => {
    // A version 6 workspace: records and a stage-change history, no summaries yet.
    const claims = initiative({ stage: 'pilot', daysInStage: 30 });
    const idea = initiative({ stage: 'idea' });
    const risks = [risk(claims.id), risk(claims.id, { residual: { likelihood: 4, impact: 4 } })];
    const review = gate(claims, { usedAt: daysAgo(30) });
    const signoffs = [signoff(review, claims, { reviewerId: LEGAL.id, fn: 'legal', risks })];
    const events = [
      {
        before: { stage: 'idea', stageEnteredAt: daysAgo(200) },
        after: { stage: 'proof-of-concept' },
        at: daysAgo(90),
      },
      {
        before: { stage: 'proof-of-concept', stageEnteredAt: daysAgo(90) },
        after: { stage: 'pilot' },
        at: daysAgo(30),
      },
    ].map((e, i) => ({
      ...e,
      seq: i + 1,
      action: 'initiative.changeStage',
      entity: 'initiative',
      entityId: claims.id,
    }));
    const legacy = new Dexie(name);
    legacy.version(6).stores(V6_STORES);
    await legacy.table('initiatives').bulkAdd([claims, idea]);
    await legacy.table('risks').bulkAdd(risks);
    await legacy.table('gates').add(review);
    await legacy.table('signoffs').bulkAdd(signoffs);
    await legacy.table('auditEvents').bulkAdd(events);
    legacy.close();

    const db = new CountersignDb(name);
    const rows = await db.initiativeSummaries.toArray();
    expect(rows).toEqual(
      summarizeAll({
        initiatives: [claims, idea].sort((a, b) => (a.id < b.id ? -1 : 1)),
        risks,
        gates: [review],
        signoffs,
        stageChanges: events.map((e) => ({
          initiativeId: claims.id,
          from: e.before.stage as 'idea',
          to: e.after.stage as 'pilot',
          fromEnteredAt: e.before.stageEnteredAt,
          at: e.at,
        })),
      }),
    );
    const pilot = rows.find((row) => row.initiativeId === claims.id);
    expect(pilot?.history.stays).toEqual({ idea: [110], 'proof-of-concept': [60] });
    expect(pilot?.gates[0]?.signoffs[0]?.stale).toBe(false);
    expect(pilot?.risks).toHaveLength(2);
    db.close();
  },
};

describe('schema versions', () => {
  it('has an upgrade case for every version, and versions are numbered 1..n', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    expect(Object.keys(UPGRADE_CASES).map(Number).sort()).toEqual(
      SCHEMA_VERSIONS.map((v) => v.version),
    );
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`upgrades to version ${String(version)}`, async () => {
      await UPGRADE_CASES[version]!(freshName());
    });
  }

  it('opens a version 1 database written by an earlier build without losing rows', async () => {
    const name = freshName();
    const legacy = new Dexie(name);
    legacy.version(1).stores(V1_STORES);
    await legacy.table('initiatives').add({ id: 'a', title: 'Kept', stage: 'pilot', tags: ['x'] });
    await legacy.table('auditEvents').add({ seq: 1, hash: 'h' });
    legacy.close();

    const db = new CountersignDb(name);
    expect(await db.initiatives.get('a')).toMatchObject({ title: 'Kept' });
    expect(await db.initiatives.where('tags').equals('x').count()).toBe(1);
    expect(await db.auditEvents.count()).toBe(1);
    db.close();
  });

  it('refuses to open a database written by a newer version of the app', async () => {
    const name = freshName();
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...CURRENT_STORES, future: 'id' });
    await newer.open();
    newer.close();
    await expect(openWorkspaceDb(name)).rejects.toThrow(/newer version of Countersign/);
    // …and the newer data is still there, untouched.
    const check = new Dexie(name);
    await check.open();
    expect(check.tables.map((t) => t.name)).toContain('future');
    check.close();
  });
});
