import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../dashboard/buildDashboard';
import { EMPTY_DASHBOARD_FILTER, type DashboardFilter } from '../dashboard/filter';
import { buildPortfolioPackModel } from './portfolioModel';
import { portfolioFilterOptions, portfolioFilterText } from './portfolioFilter';
import { PORTFOLIO_SECTIONS } from './sections';
import { packSpecSchema, type PackSpec } from './spec';
import { syntheticPackSource } from './testing/syntheticSource';

const source = syntheticPackSource({ risks: 12, events: 40, portfolio: true });

const CONTEXT: PackSpec['context'] = {
  generatedAt: '2026-11-22T12:00:00.000Z',
  timeZone: { name: 'Europe/Brussels', offsetMinutes: 60 },
  preparedBy: { name: 'Ruth Kimani', title: 'Internal auditor', memberId: null },
  marking: 'Confidential',
  appVersion: '0.0.0-test',
};

function spec(filter: Partial<DashboardFilter> = {}): PackSpec {
  return {
    request: {
      kind: 'portfolio',
      initiativeIds: null,
      sections: [...PORTFOLIO_SECTIONS],
      filter: { ...EMPTY_DASHBOARD_FILTER, ...filter },
    },
    context: CONTEXT,
  };
}

function dashboard(filter: Partial<DashboardFilter> = {}) {
  return buildDashboard({
    now: new Date(CONTEXT.generatedAt),
    settings: source.workspace.settings,
    initiatives: source.initiatives,
    risks: source.risks,
    gates: source.gates,
    signoffs: source.signoffs,
    members: source.members,
    stageChanges: source.stageChanges,
    filter: { ...EMPTY_DASHBOARD_FILTER, ...filter },
  });
}

describe('the portfolio pack model', () => {
  it('is built from the Dashboard: every panel has the Dashboard’s numbers', () => {
    const model = buildPortfolioPackModel(source, spec());
    const d = dashboard();
    expect(model.inventory!.rows).toHaveLength(3);
    expect(model.funnel!.rows.map((r) => [r.current, r.reached, r.completedStays])).toEqual(
      d.funnel.steps.map((s) => [s.current, s.reached, s.completedStays]),
    );
    expect(model.funnel!.rows.find((r) => r.stage === 'Proof of concept')!.conversion).toBe(
      '66.7% (2) to Pilot',
    );
    expect(model.stalled!.rows.map((r) => r.title)).toEqual(d.stalled.items.map((i) => i.title));
    expect(model.stalled!.rows).toHaveLength(2);
    expect(model.waitingOn!.reviews).toHaveLength(d.waitingOn.reviews.length);
    expect(model.waitingOn!.reviews.length).toBeGreaterThan(0);
    expect(model.waitingOn!.byFunction.map((g) => [g.label, g.count, g.pastTarget])).toEqual(
      d.waitingOn.byFunction.map((g) => [g.label, g.count, g.overdue]),
    );
    expect(model.waitingOn!.conditions).toHaveLength(1);
    expect(model.waitingOn!.conditionsByOwner).toEqual([
      expect.objectContaining({ count: 1, pastTarget: 1 }),
    ]);
    expect(model.riskSummary!.total).toBe(source.risks.length);
    expect(model.riskSummary!.byBand.map((b) => b.count)).toEqual(
      d.risk.byBand.map((b) => b.count),
    );
    expect(model.riskSummary!.overdueReviews).toHaveLength(d.risk.reviewsOverdue);
    expect(model.readiness!.pilots).toBe(1);
    expect(model.readiness!.gaps[0]).toEqual({
      gap: d.readiness.gaps[0]!.label,
      ready: 1,
      inProgress: 0,
      notStarted: 0,
    });
    expect(model.costAtScale!.rows).toEqual([
      expect.objectContaining({
        title: 'Synthetic pilot: invoice matching',
        multiple: '50×',
        reasons: 'Above the threshold; Multiple of POC cost',
      }),
    ]);
    expect(model.meta.filter).toMatchObject({ active: false });
  });

  it('narrows every panel to the filter and says which', () => {
    const model = buildPortfolioPackModel(source, spec({ businessUnit: 'Finance' }));
    const d = dashboard({ businessUnit: 'Finance' });
    expect(model.meta.filter!.text).toBe('Business unit: Finance');
    expect(model.meta.subject).toBe(
      'Synthetic workspace: 1 initiative of the 3 in the workspace, filtered to Business unit: Finance',
    );
    expect(model.inventory!.rows.map((r) => r.title)).toEqual([
      'Synthetic pilot: invoice matching',
    ]);
    expect(model.funnel!.total).toBe(d.funnel.total);
    expect(model.stalled!.rows.map((r) => r.title)).toEqual(['Synthetic pilot: invoice matching']);
    expect(model.waitingOn!.reviews).toEqual([]);
    expect(model.waitingOn!.statement).toMatch(/^No review is waiting/);
    expect(model.riskSummary!.total).toBe(d.risk.total);
    expect(model.riskSummary!.total).toBe(3);
    expect(model.gateStatus!.rows).toEqual([]);
  });

  it('refuses an initiative that is not in the workspace', () => {
    const s = spec();
    expect(() =>
      buildPortfolioPackModel(source, {
        ...s,
        request: { ...s.request, initiativeIds: ['00000000-0000-4000-8000-ffffffffffff'] },
      } as PackSpec),
    ).toThrow(/does not exist/);
  });
});

describe('the portfolio filter option', () => {
  it('defaults to no filter, and refuses an unknown tier', () => {
    const parsed = packSpecSchema.parse({
      request: { kind: 'portfolio', initiativeIds: null, sections: ['inventory'] },
      context: CONTEXT,
    });
    expect(parsed.request).toMatchObject({ filter: EMPTY_DASHBOARD_FILTER });
    expect(
      packSpecSchema.safeParse({
        request: {
          kind: 'portfolio',
          initiativeIds: null,
          sections: ['inventory'],
          filter: { businessUnit: '', ownerId: '', tier: 'dangerous' },
        },
        context: CONTEXT,
      }).success,
    ).toBe(false);
  });

  it('is stated in words and as command-line options', () => {
    const filter: DashboardFilter = {
      businessUnit: 'Claims & Fraud',
      ownerId: '00000000-0000-4000-8000-000000000001',
      tier: 'unclassified',
    };
    expect(portfolioFilterText(filter, () => 'Priya Raman').text).toBe(
      'Business unit: Claims & Fraud; Owner: Priya Raman; EU AI Act tier: Not classified',
    );
    expect(portfolioFilterText(EMPTY_DASHBOARD_FILTER, () => '').text).toBe(
      'None: every business unit, owner and EU AI Act tier',
    );
    expect(portfolioFilterOptions(filter)).toBe(
      '--business-unit "Claims & Fraud" --owner 00000000-0000-4000-8000-000000000001 --tier unclassified',
    );
  });
});
