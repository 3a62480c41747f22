import { randomBytes } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import content from '../../../assets/sample-workspace.json';
import { aggregateDashboard, type Dashboard } from '../../../shared/dashboard/aggregate';
import { EMPTY_DASHBOARD_FILTER, type DashboardFilter } from '../../../shared/dashboard/filter';
import {
  prepareSummaries,
  type PreparedSummaries,
} from '../../../shared/dashboard/prepareSummaries';
import type { InitiativeSummary } from '../../../shared/dashboard/summary/record';
import { CountersignDb } from '../../db/database';
import { newId } from '../../db/ids';
import { TEST_KDF_COST } from '../../test/credentials';
import { replaySample } from '../workspace-setup/replaySample';

/**
 * The sample workspace's story, as the dashboard tells it: replayed through
 * the real commands into IndexedDB, read back the way the screen reads it
 * (the summaries the command layer keeps, the members, the settings).
 */
// Late in the day: the replay dates events at 09:00 and after, so ages are whole days.
const NOW = new Date('2026-11-23T18:00:00Z');
let db: CountersignDb;
let summaries: InitiativeSummary[];
let prepared: PreparedSummaries;

beforeAll(async () => {
  db = new CountersignDb(`dashboard-${newId()}`);
  const workspace = await replaySample(db, content, NOW, {
    passphrase: 'demo passphrase here',
    random: randomBytes,
    cost: TEST_KDF_COST,
  });
  summaries = await db.initiativeSummaries.toArray();
  prepared = prepareSummaries({
    now: NOW,
    settings: workspace.settings,
    summaries,
    members: await db.members.toArray(),
  });
});

afterAll(async () => {
  await db.delete();
});

function build(filter: Partial<DashboardFilter> = {}): Dashboard {
  return aggregateDashboard(prepared, { filter: { ...EMPTY_DASHBOARD_FILTER, ...filter } });
}

describe('the sample workspace dashboard', () => {
  it('keeps the stage history of the audit trail in the summaries', () => {
    const stays = summaries.flatMap((row) => Object.values(row.history.stays).flat());
    expect(stays).toHaveLength(7);
    const funnel = build().funnel;
    expect(funnel.steps.map((s) => [s.stage, s.current, s.reached])).toEqual([
      ['idea', 1, 5],
      ['proof-of-concept', 2, 4],
      ['pilot', 1, 2],
      ['production', 1, 1],
      ['retired', 0, null],
    ]);
    const poc = funnel.steps.find((s) => s.stage === 'proof-of-concept');
    // Contract review spent 65 days in proof of concept, ticket triage 120.
    expect(poc?.completedStays).toBe(2);
    expect(poc?.medianDaysSpent).toBeCloseTo(92.5, 0);
  });

  it('shows the stalled claims categoriser with its least-ready gap and what blocks it', () => {
    const { stalled } = build();
    expect(stalled.items.map((i) => i.title)).toEqual(['Motor and home claims categoriser']);
    const [item] = stalled.items;
    expect(item?.daysInStage).toBe(245);
    expect(item?.leastReadyGap?.label).toBe('Integration');
    expect(item?.gate.gateName).toBe('Enter pilot');
    expect(item?.gate.statusLabel).toBe('Changes requested');
    expect(item?.gate.blocking).toMatch(
      /^Security \(Marcus Webb\): not met — Produce a threat model/,
    );
  });

  it('shows the pending reviews: Compliance and Operations on the claims categoriser', () => {
    const { waitingOn } = build();
    const claims = waitingOn.reviews.filter(
      (r) => r.initiativeTitle === 'Motor and home claims categoriser',
    );
    expect(
      claims.map((r) => [
        r.gateName,
        r.functionLabel,
        r.reason,
        r.reviewers.map((p) => p.name),
        r.overdue,
      ]),
    ).toEqual([
      ['Enter pilot', 'Compliance', 'awaiting', ['Grace Adeyemi'], true],
      ['Enter pilot', 'Operations', 'awaiting', ['Inês Carvalho'], true],
    ]);
    expect(waitingOn.byReviewer.map((g) => g.label)).toEqual(
      expect.arrayContaining(['Grace Adeyemi', 'Inês Carvalho']),
    );
    // The ticket triage assistant changed after its pilot was approved: stale sign-offs.
    expect(
      waitingOn.reviews
        .filter((r) => r.reason === 'stale')
        .some((r) => r.initiativeTitle === 'Customer-support ticket triage assistant'),
    ).toBe(true);
    expect(waitingOn.conditionsByOwner.map((g) => [g.label, g.count])).toEqual([
      ['Priya Raman', 1],
    ]);
  });

  it('counts every risk in the register', async () => {
    expect(build().risk.total).toBe(await db.risks.count());
    expect(build().risk.total).toBe(16);
  });

  it('flags the ticket triage assistant’s cost at scale and tallies the one pilot', () => {
    const dashboard = build();
    expect(dashboard.cost.flagged.map((f) => f.title)).toEqual([
      'Customer-support ticket triage assistant',
    ]);
    expect(dashboard.readiness.pilots).toBe(1);
  });

  it('narrows every panel to a business unit', async () => {
    const all = build();
    const claims = build({ businessUnit: 'Claims' });
    expect(claims.scope).toEqual({ shown: 1, total: 5 });
    expect(claims.funnel.total).toBeLessThan(all.funnel.total);
    expect(claims.stalled.candidates).toBeLessThan(all.stalled.candidates);
    expect(claims.waitingOn.reviews.length).toBeLessThan(all.waitingOn.reviews.length);
    expect(claims.waitingOn.overdueConditions).toEqual([]);
    const claimsId = summaries.find((i) => i.businessUnit === 'Claims')!.initiativeId;
    expect(claims.risk.total).toBe(await db.risks.where('initiativeId').equals(claimsId).count());
    expect(claims.risk.total).toBe(4);
    expect(claims.readiness.pilots).toBe(0);
    expect(claims.cost.flagged).toEqual([]);
  });
});
