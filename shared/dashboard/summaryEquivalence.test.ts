import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_SETTINGS } from '../domain/workspace';
import type { RiskMatrix } from '../risk/matrix';
import { aggregateDashboard } from './aggregate';
import { buildDashboard, type DashboardInput } from './buildDashboard';
import { EMPTY_DASHBOARD_FILTER, type DashboardFilter } from './filter';
import { prepareSummaries, type DashboardSettings } from './prepareSummaries';
import { summarizeAll } from './summary/summarize';
import { legacyDashboard } from './testing/legacy/dashboard';
import { asStored, PRIYA, richPortfolio } from './testing/richPortfolio';
import { DAY_MS, NOW } from './testFixtures';

// Read as IndexedDB returns the tables, as the Dashboard always read them.
const portfolio = asStored(richPortfolio());

const FILTERS: DashboardFilter[] = [
  EMPTY_DASHBOARD_FILTER,
  { ...EMPTY_DASHBOARD_FILTER, businessUnit: 'Claims' },
  { ...EMPTY_DASHBOARD_FILTER, businessUnit: 'Health' },
  { ...EMPTY_DASHBOARD_FILTER, ownerId: PRIYA.id },
  { ...EMPTY_DASHBOARD_FILTER, tier: 'high-risk' },
  { ...EMPTY_DASHBOARD_FILTER, tier: 'unclassified' },
  { businessUnit: 'Finance', ownerId: PRIYA.id, tier: '' },
];

const levels = ['1', '2', '3', '4', '5', '6'];
/** A 6 × 6 matrix that rates everything above "low" as beyond appetite. */
const STRICT_MATRIX: RiskMatrix = {
  size: 6,
  likelihoodLevels: levels,
  impactLevels: levels,
  bands: levels.map((_, l) =>
    levels.map((__, i) => {
      const score = (l + 1) * (i + 1);
      return score > 16 ? 'critical' : score > 8 ? 'high' : score > 3 ? 'medium' : 'low';
    }),
  ),
  appetite: 'low',
};

const SETTINGS: DashboardSettings[] = [
  DEFAULT_WORKSPACE_SETTINGS,
  {
    ...DEFAULT_WORKSPACE_SETTINGS,
    stalledAfterDays: 30,
    reviewResponseDays: 3,
    approvalValidityMonths: 24,
    riskMatrix: STRICT_MATRIX,
    reviewCadence: { critical: 1, high: 1, medium: 2, low: 24 },
    costAlert: { monthlyThreshold: 100, pocMultiple: 2 },
  },
];

const LATER = new Date(NOW.getTime() + 75 * DAY_MS);

describe('the Dashboard from summaries', () => {
  it('is the Dashboard built from whole records, for every filter', () => {
    for (const filter of FILTERS) {
      const input: DashboardInput = { ...portfolio, filter };
      expect(buildDashboard(input), JSON.stringify(filter)).toEqual(legacyDashboard(input));
    }
  });

  it('shows something on every panel, so the comparison is not empty', () => {
    const all = legacyDashboard(portfolio);
    expect(all.stalled.items.length).toBeGreaterThan(3);
    expect(new Set(all.stalled.items.map((i) => i.gate.status)).size).toBeGreaterThan(3);
    expect(new Set(all.waitingOn.reviews.map((r) => r.reason))).toEqual(
      new Set(['awaiting', 'stale', 'expired']),
    );
    expect(
      all.waitingOn.unassigned.length + all.waitingOn.overdueConditions.length,
    ).toBeGreaterThan(1);
    expect(all.risk.expiringAcceptances.length).toBeGreaterThan(1);
    expect(all.risk.unrated + all.risk.untreated + all.risk.reviewsOverdue).toBeGreaterThan(2);
    expect(all.funnel.steps.filter((s) => s.completedStays > 0).length).toBeGreaterThan(2);
    expect(all.cost.flagged.length).toBeGreaterThan(1);
    expect(all.readiness.pilots).toBeGreaterThan(1);
  });

  it('needs no rebuild when the settings change or days pass: they are applied on reading', () => {
    const rows = summarizeAll(portfolio);
    for (const settings of SETTINGS) {
      for (const now of [NOW, LATER]) {
        const prepared = prepareSummaries({
          now,
          settings,
          summaries: rows,
          members: portfolio.members,
        });
        for (const filter of FILTERS) {
          expect(aggregateDashboard(prepared, { filter })).toEqual(
            legacyDashboard({ ...portfolio, settings, now, filter }),
          );
        }
      }
    }
  });

  it('reads a renamed or deactivated member from the members, not from the summaries', () => {
    const rows = summarizeAll(portfolio);
    const members = portfolio.members.map((m) =>
      m.name === 'Sam Security'
        ? { ...m, name: 'Samuel Security' }
        : m.name === 'Lee Legal'
          ? { ...m, status: 'deactivated' as const }
          : m,
    );
    const prepared = prepareSummaries({
      now: NOW,
      settings: DEFAULT_WORKSPACE_SETTINGS,
      summaries: rows,
      members,
    });
    expect(aggregateDashboard(prepared)).toEqual(legacyDashboard({ ...portfolio, members }));
  });

  it('takes the stage history from the audit trail instead, as the portfolio pack passes it', () => {
    const { stageChanges, ...records } = portfolio;
    const withoutHistory = prepareSummaries({
      now: NOW,
      settings: DEFAULT_WORKSPACE_SETTINGS,
      summaries: summarizeAll(records),
      members: portfolio.members,
      historyLoaded: false,
    });
    expect(aggregateDashboard(withoutHistory, { stageChanges })).toEqual(
      legacyDashboard(portfolio),
    );
    expect(aggregateDashboard(withoutHistory, { stageChanges: null })).toEqual(
      legacyDashboard({ ...portfolio, stageChanges: null }),
    );
  });
});
