import { randomBytes } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import content from '../../../assets/sample-workspace.json';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { EMPTY_DASHBOARD_FILTER, type DashboardFilter } from '../../../shared/dashboard/filter';
import { prepareSummaries } from '../../../shared/dashboard/prepareSummaries';
import { summarizeAll } from '../../../shared/dashboard/summary/summarize';
import { legacyDashboard } from '../../../shared/dashboard/testing/legacy/dashboard';
import type { Member } from '../../../shared/domain/member';
import type { Workspace } from '../../../shared/domain/workspace';
import { loadStageChanges } from '../../features/dashboard/loadDashboardData';
import { replaySample } from '../../features/workspace-setup/replaySample';
import { expectRefused } from '../../test/expectRefused';
import { TEST_KDF_COST } from '../../test/credentials';
import { changeStage } from '../commands/changeStage';
import { execute } from '../commands/defineCommand';
import { importInitiatives } from '../commands/importInitiatives';
import { recordRiskReview } from '../commands/recordRiskReview';
import { updateMember } from '../commands/updateMember';
import { updateRisk } from '../commands/updateRisk';
import { updateWorkspaceSettings } from '../commands/updateWorkspaceSettings';
import { withdrawGateReview } from '../commands/withdrawGateReview';
import { CountersignDb } from '../database';
import { newId } from '../ids';
import { rebuildSummaries } from './rebuildSummaries';

let db: CountersignDb;
let workspace: Workspace;
let admin: Member;

beforeAll(async () => {
  db = new CountersignDb(`summaries-${newId()}`);
  workspace = await replaySample(db, content, new Date('2026-11-23T18:00:00Z'), {
    passphrase: 'demo passphrase here',
    random: randomBytes,
    cost: TEST_KDF_COST,
  });
  const found = (await db.members.toArray()).find((m) => m.roles.includes('administrator'));
  if (!found) throw new Error('The sample has no administrator');
  admin = found;
});

afterAll(async () => {
  await db.delete();
});

/** Every summary recomputed from the records and the audit trail as they stand now. */
async function fromScratch() {
  const [initiatives, risks, gates, signoffs, stageChanges] = await Promise.all([
    db.initiatives.toArray(),
    db.risks.toArray(),
    db.gates.toArray(),
    db.signoffs.toArray(),
    loadStageChanges(db),
  ]);
  return summarizeAll({ initiatives, risks, gates, signoffs, stageChanges });
}

async function expectCurrent() {
  expect(await db.initiativeSummaries.toArray()).toEqual(await fromScratch());
}

const as = () => ({ memberId: admin.id });

describe('the summaries the command layer keeps', () => {
  it('hold one row per initiative, as computed from scratch, after the sample replays through the commands', async () => {
    expect(await db.initiativeSummaries.count()).toBe(await db.initiatives.count());
    await expectCurrent();
    const withHistory = await db.initiativeSummaries
      .filter((s) => Object.keys(s.history.stays).length > 0)
      .count();
    expect(withHistory).toBeGreaterThan(1);
  });

  it('follow every further command in its own transaction, and a refused one changes none', async () => {
    const signed = new Set((await db.signoffs.toArray()).map((s) => s.initiativeId));
    const risk = (await db.risks.toArray()).find((r) => signed.has(r.initiativeId));
    if (!risk) throw new Error('No risk on a signed initiative');
    const {
      id,
      initiativeId: _i,
      templateId: _t,
      lastReviewedAt: _l,
      acceptance: _a,
      ...fields
    } = risk;
    const { createdAt: _c, updatedAt: _u, ...editable } = fields;
    // Re-rating a risk makes the sign-offs of its initiative stale.
    const residual = { likelihood: risk.residual.likelihood === 1 ? 2 : 1, impact: 1 };
    await execute(
      db,
      updateRisk,
      { riskId: id, risk: { ...editable, residual }, reason: '' },
      as(),
    );
    await expectCurrent();
    const stale = await db.initiativeSummaries.get(risk.initiativeId);
    expect(stale?.gates.some((g) => g.signoffs.some((s) => s.stale))).toBe(true);

    await execute(db, recordRiskReview, { riskId: id, outcome: 'still-valid', note: '' }, as());
    await expectCurrent();

    const open = (await db.gates.toArray()).find((g) => g.usedAt === null && g.withdrawal === null);
    if (!open) throw new Error('No open gate review');
    await execute(db, withdrawGateReview, { gateId: open.id, reason: 'Not needed' }, as());
    await expectCurrent();

    const idea = (await db.initiatives.toArray()).find((i) => i.stage === 'idea');
    if (!idea) throw new Error('No idea');
    await execute(
      db,
      changeStage,
      { initiativeId: idea.id, stage: 'proof-of-concept', reason: 'Approved' },
      as(),
    );
    await expectCurrent();
    expect((await db.initiativeSummaries.get(idea.id))?.history.stays.idea).toHaveLength(1);
    await expectRefused(
      db,
      () => execute(db, changeStage, { initiativeId: idea.id, stage: 'pilot', reason: 'Go' }, as()),
      /gate/i,
    );

    const { imported } = await execute(
      db,
      importInitiatives,
      {
        fileName: 'inventory.xlsx',
        initiatives: ['Returns triage', 'Payroll checks', 'Vendor scoring'].map((title) => ({
          title,
          businessUnit: 'Operations',
          ownerId: admin.id,
          sponsor: 'Sasha Sponsor',
          aiSystemType: 'classical-ml',
          stage: 'pilot',
        })),
      },
      as(),
    );
    expect(imported).toBe(3);
    await expectCurrent();
  });

  it('keep up with an import of hundreds of initiatives in its one transaction', async () => {
    const before = await db.initiativeSummaries.count();
    await execute(
      db,
      importInitiatives,
      {
        fileName: 'inventory.csv',
        initiatives: Array.from({ length: 250 }, (_, i) => ({
          title: `Imported ${String(i)}`,
          businessUnit: 'Operations',
          ownerId: admin.id,
          aiSystemType: 'other',
        })),
      },
      as(),
    );
    expect(await db.initiativeSummaries.count()).toBe(before + 250);
    await expectCurrent();
  });

  it('are not rewritten when a member is renamed or the settings change: those apply on reading', async () => {
    const before = await db.initiativeSummaries.toArray();
    const reviewer = (await db.members.toArray()).find((m) =>
      m.roles.includes('security-reviewer'),
    );
    if (!reviewer) throw new Error('No security reviewer');
    await execute(
      db,
      updateMember,
      {
        memberId: reviewer.id,
        name: `${reviewer.name} Jr`,
        email: reviewer.email,
        title: reviewer.title,
        roles: reviewer.roles,
      },
      as(),
    );
    await execute(
      db,
      updateWorkspaceSettings,
      {
        name: workspace.name,
        settings: { ...workspace.settings, approvalValidityMonths: 1, stalledAfterDays: 20 },
      },
      as(),
    );
    expect(await db.initiativeSummaries.toArray()).toEqual(before);
  });

  it('give the Dashboard the records gave it, for every filter', async () => {
    const [stored, members, settings, records] = await Promise.all([
      db.initiativeSummaries.toArray(),
      db.members.toArray(),
      db.workspace.toCollection().first(),
      Promise.all([
        db.initiatives.toArray(),
        db.risks.toArray(),
        db.gates.toArray(),
        db.signoffs.toArray(),
        loadStageChanges(db),
      ]),
    ]);
    if (!settings) throw new Error('No workspace');
    const [initiatives, risks, gates, signoffs, stageChanges] = records;
    const now = new Date();
    const prepared = prepareSummaries({
      now,
      settings: settings.settings,
      summaries: stored,
      members,
    });
    const filters: DashboardFilter[] = [
      EMPTY_DASHBOARD_FILTER,
      ...[...new Set(initiatives.map((i) => i.businessUnit))].map((businessUnit) => ({
        ...EMPTY_DASHBOARD_FILTER,
        businessUnit,
      })),
      { ...EMPTY_DASHBOARD_FILTER, tier: 'unclassified' },
    ];
    for (const filter of filters) {
      expect(aggregateDashboard(prepared, { filter })).toEqual(
        legacyDashboard({
          now,
          settings: settings.settings,
          initiatives,
          risks,
          gates,
          signoffs,
          members,
          stageChanges,
          filter,
        }),
      );
    }
  });

  it('are rebuilt identically from scratch (after a restore)', async () => {
    const before = await db.initiativeSummaries.toArray();
    await db.initiativeSummaries.clear();
    expect(await rebuildSummaries(db)).toBe(before.length);
    expect(await db.initiativeSummaries.toArray()).toEqual(before);
  });
});
