import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_SETTINGS } from '../domain/workspace';
import {
  aggregateDashboard,
  buildDashboard,
  prepareDashboard,
  type Dashboard,
  type DashboardInput,
} from './buildDashboard';
import { EMPTY_DASHBOARD_FILTER, type DashboardFilter } from './filter';
import {
  COMPLIANCE,
  daysAgo,
  gate,
  initiative,
  LEGAL,
  NOW,
  OTHER_OWNER,
  OWNER,
  OWNER_MEMBER,
  readiness,
  REVIEWERS,
  risk,
  SECURITY,
  signoff,
  uid,
} from './testFixtures';

// Claims: a proof of concept stalled for 245 days with an Enter pilot review
// that security sent back, and two risks.
const claims = initiative({
  title: 'Motor and home claims categoriser',
  businessUnit: 'Claims',
  ownerId: OWNER,
  tier: 'minimal-risk',
  daysInStage: 245,
  readiness: readiness({ scale: 'ready', 'data-quality': 'in-progress' }),
  cost: {
    pocMonthlyCost: 1_200,
    unitCost: 0.02,
    unitBasis: 'per-case',
    productionMonthlyVolume: 18_000,
  },
});
const claimsReview = gate(claims, { openedDaysAgo: 40 });

// Customer Service: a pilot whose profile changed after sign-off, with an
// overdue condition, a projected cost 71.5 times its POC, and three risks.
const signedTriage = initiative({
  title: 'Ticket triage assistant',
  businessUnit: 'Customer Service',
  ownerId: OTHER_OWNER,
  tier: 'limited-risk',
  stage: 'pilot',
  daysInStage: 70,
  readiness: readiness({ evaluation: 'ready', integration: 'in-progress' }),
  cost: {
    currency: 'USD',
    pocMonthlyCost: 600,
    unitCost: 55,
    unitBasis: 'per-1000-requests',
    productionMonthlyVolume: 780_000,
  },
});
const triage = { ...signedTriage, purpose: 'A wider purpose' };
const triageReview = gate(triage, { openedDaysAgo: 84, usedAt: daysAgo(70) });

const claimsRisks = [
  risk(claims.id, { category: 'evaluation', residual: { likelihood: 3, impact: 4 } }),
  risk(claims.id, { category: 'bias-and-fairness', residual: { likelihood: 2, impact: 4 } }),
];
const triageRisks = [
  risk(triage.id, { category: 'privacy', residual: { likelihood: 2, impact: 4 } }),
  risk(triage.id, { category: 'regulatory', residual: { likelihood: 2, impact: 4 } }),
  risk(triage.id, {
    category: 'scale-and-cost',
    residual: { likelihood: 2, impact: 3 },
    lastReviewedAt: daysAgo(400),
  }),
];

const input: DashboardInput = {
  now: NOW,
  settings: DEFAULT_WORKSPACE_SETTINGS,
  initiatives: [claims, triage],
  risks: [...claimsRisks, ...triageRisks],
  gates: [claimsReview, triageReview],
  signoffs: [
    signoff(claimsReview, claims, {
      reviewerId: LEGAL.id,
      fn: 'legal',
      recordedDaysAgo: 37,
      risks: claimsRisks,
    }),
    signoff(claimsReview, claims, {
      reviewerId: SECURITY.id,
      fn: 'security',
      decision: 'request-changes',
      recordedDaysAgo: 33,
      risks: claimsRisks,
      answers: [{ itemId: 'threat-model', answer: 'not-met', note: '', evidence: '' }],
    }),
    signoff(triageReview, triage, {
      reviewerId: LEGAL.id,
      fn: 'legal',
      recordedDaysAgo: 80,
      signedState: signedTriage,
      risks: triageRisks,
    }),
    signoff(triageReview, triage, {
      reviewerId: COMPLIANCE.id,
      fn: 'compliance',
      decision: 'approve-with-conditions',
      recordedDaysAgo: 25,
      risks: triageRisks,
      conditions: [
        { id: uid(0xc1), text: 'Recheck cover', ownerId: OTHER_OWNER, dueOn: '2026-11-12' },
      ],
    }),
  ],
  members: [
    ...REVIEWERS,
    OWNER_MEMBER,
    { id: OTHER_OWNER, name: 'Priya Owner', roles: ['program-manager'], status: 'active' },
  ],
  stageChanges: [
    {
      initiativeId: claims.id,
      from: 'idea',
      to: 'proof-of-concept',
      fromEnteredAt: daysAgo(330),
      at: daysAgo(245),
    },
    {
      initiativeId: triage.id,
      from: 'idea',
      to: 'proof-of-concept',
      fromEnteredAt: daysAgo(220),
      at: daysAgo(190),
    },
    {
      initiativeId: triage.id,
      from: 'proof-of-concept',
      to: 'pilot',
      fromEnteredAt: daysAgo(190),
      at: daysAgo(70),
    },
  ],
};

function build(filter: Partial<DashboardFilter> = {}): Dashboard {
  return buildDashboard({ ...input, filter: { ...EMPTY_DASHBOARD_FILTER, ...filter } });
}

/** One line per panel: what a person would read off it. */
function digest(dashboard: Dashboard) {
  return {
    funnel: dashboard.funnel.steps.map((s) => [s.current, s.reached, s.medianDaysSpent]),
    stalled: [dashboard.stalled.candidates, ...dashboard.stalled.items.map((i) => i.title)],
    waitingOn: [
      ...dashboard.waitingOn.reviews.map((r) => `${r.initiativeTitle}/${r.function}/${r.reason}`),
      ...dashboard.waitingOn.overdueConditions.map((c) => `condition:${c.text}`),
    ],
    risk: [dashboard.risk.total, dashboard.risk.reviewsOverdue],
    readiness: [dashboard.readiness.pilots, dashboard.readiness.gaps[1]?.inProgress],
    cost: dashboard.cost.flagged.map((f) => f.title),
  };
}

describe('buildDashboard', () => {
  const all = build();

  it('builds every panel over the whole portfolio', () => {
    expect(all.scope).toEqual({ shown: 2, total: 2 });
    expect(all.options.businessUnits).toEqual(['Claims', 'Customer Service']);
    expect(digest(all)).toEqual({
      funnel: [
        [0, 2, 57.5],
        [1, 2, 120],
        [1, 1, null],
        [0, 0, null],
        [0, null, null],
      ],
      stalled: [2, 'Motor and home claims categoriser'],
      waitingOn: [
        'Ticket triage assistant/legal/stale',
        'Motor and home claims categoriser/compliance/awaiting',
        'Motor and home claims categoriser/operations/awaiting',
        'condition:Recheck cover',
      ],
      risk: [5, 1],
      readiness: [1, 1],
      cost: ['Ticket triage assistant'],
    });
  });

  it('shows the stalled initiative with its least-ready gap and blocking item', () => {
    const [item] = all.stalled.items;
    expect(item?.leastReadyGap?.label).toBe('Integration');
    expect(item?.gate.statusLabel).toBe('Changes requested');
    expect(item?.gate.blocking).toMatch(
      /^Security \(Sam Security\): not met — Produce a threat model/,
    );
  });

  it('groups what it waits on by function, reviewer and condition owner', () => {
    const { waitingOn } = all;
    expect(waitingOn.targetWorkingDays).toBe(10);
    expect(waitingOn.overdueReviews).toBe(3);
    expect(waitingOn.byFunction.map((g) => [g.label, g.count])).toEqual([
      ['Legal', 1],
      ['Compliance', 1],
      ['Operations', 1],
    ]);
    expect(waitingOn.byReviewer.map((g) => [g.label, g.count])).toEqual([
      ['Lee Legal', 1],
      ['Cara Compliance', 1],
      ['Olu Operations', 1],
    ]);
    expect(waitingOn.unassigned).toEqual([]);
    expect(waitingOn.conditionsByOwner.map((g) => [g.label, g.count, g.oldest])).toEqual([
      ['Priya Owner', 1, 11],
    ]);
  });

  it('applies a business-unit filter to every panel', () => {
    const claimsOnly = build({ businessUnit: 'Claims' });
    const serviceOnly = build({ businessUnit: 'Customer Service' });
    expect(claimsOnly.scope).toEqual({ shown: 1, total: 2 });
    expect(digest(claimsOnly)).toEqual({
      funnel: [
        [0, 1, 85],
        [1, 1, null],
        [0, 0, null],
        [0, 0, null],
        [0, null, null],
      ],
      stalled: [1, 'Motor and home claims categoriser'],
      waitingOn: [
        'Motor and home claims categoriser/compliance/awaiting',
        'Motor and home claims categoriser/operations/awaiting',
      ],
      risk: [2, 0],
      readiness: [0, 0],
      cost: [],
    });
    expect(digest(serviceOnly)).toEqual({
      funnel: [
        [0, 1, 30],
        [0, 1, 120],
        [1, 1, null],
        [0, 0, null],
        [0, null, null],
      ],
      stalled: [1],
      waitingOn: ['Ticket triage assistant/legal/stale', 'condition:Recheck cover'],
      risk: [3, 1],
      readiness: [1, 1],
      cost: ['Ticket triage assistant'],
    });
    // Every panel differs from the whole portfolio under one filter or the other.
    for (const panel of Object.keys(digest(all)) as (keyof ReturnType<typeof digest>)[]) {
      const changed =
        JSON.stringify(digest(claimsOnly)[panel]) !== JSON.stringify(digest(all)[panel]) ||
        JSON.stringify(digest(serviceOnly)[panel]) !== JSON.stringify(digest(all)[panel]);
      expect(changed, panel).toBe(true);
    }
    expect(claimsOnly.waitingOn.byReviewer.map((g) => g.label)).toEqual([
      'Cara Compliance',
      'Olu Operations',
    ]);
    expect(claimsOnly.waitingOn.conditionsByOwner).toEqual([]);
  });

  it('applies owner and tier filters the same way', () => {
    expect(digest(build({ ownerId: OTHER_OWNER }))).toEqual(
      digest(build({ businessUnit: 'Customer Service' })),
    );
    expect(digest(build({ tier: 'minimal-risk' }))).toEqual(
      digest(build({ businessUnit: 'Claims' })),
    );
    const none = build({ tier: 'unclassified' });
    expect(none.scope.shown).toBe(0);
    expect(none.risk.total).toBe(0);
    expect(none.waitingOn.reviews).toEqual([]);
    expect(none.stalled.items).toEqual([]);
  });

  it('is the same built in one go or prepared once and aggregated per filter', () => {
    const prepared = prepareDashboard(input);
    const filter = { ...EMPTY_DASHBOARD_FILTER, businessUnit: 'Claims' };
    expect(aggregateDashboard(prepared, { stageChanges: input.stageChanges, filter })).toEqual(
      buildDashboard({ ...input, filter }),
    );
  });

  it('renders without the stage history while it loads', () => {
    const loading = buildDashboard({ ...input, stageChanges: null });
    expect(loading.funnel.historyLoaded).toBe(false);
    expect(loading.stalled.items).toHaveLength(1);
  });

  it('ignores records of initiatives that no longer exist', () => {
    const orphan = initiative();
    const dashboard = buildDashboard({
      ...input,
      risks: [...input.risks, risk(orphan.id)],
      gates: [...input.gates, gate(orphan)],
    });
    expect(digest(dashboard)).toEqual(digest(all));
  });

  it('takes other cost rules', () => {
    const strict = buildDashboard({
      ...input,
      costRules: { monthlyThreshold: 100, pocMultiple: 1000 },
    });
    expect(strict.cost.flagged.map((f) => f.title)).toEqual([
      'Ticket triage assistant',
      'Motor and home claims categoriser',
    ]);
  });

  it('takes the workspace’s cost alert setting', () => {
    const fromSettings = buildDashboard({
      ...input,
      settings: { ...input.settings, costAlert: { monthlyThreshold: 100, pocMultiple: 1000 } },
    });
    expect(fromSettings.cost.flagged.map((f) => f.title)).toEqual([
      'Ticket triage assistant',
      'Motor and home claims categoriser',
    ]);
  });
});
