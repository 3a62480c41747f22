import { describe, expect, it } from 'vitest';
import type { Initiative } from '../domain/initiative';
import type { Gate } from '../gates/gate';
import type { Signoff } from '../gates/signoff';
import { gateTowardNextStage, stalledInitiatives } from './stalled';
import {
  COMPLIANCE,
  daysAgo,
  gate,
  gateStandings,
  GO_LIVE,
  initiative,
  LEGAL,
  NOW,
  OPERATIONS,
  OWNER,
  readiness,
  SECURITY,
  signoff,
  summaries,
} from './testFixtures';

const THRESHOLD = 90;

function evaluated(initiatives: Initiative[], gates: Gate[] = [], signoffs: Signoff[] = []) {
  return gateStandings(
    { initiatives, gates, signoffs },
    {
      memberName: (id) =>
        [LEGAL, COMPLIANCE, SECURITY, OPERATIONS].find((m) => m.id === id)?.name ?? 'Unknown',
    },
  );
}

function stalled(initiatives: Initiative[], gates: Gate[] = [], signoffs: Signoff[] = []) {
  return stalledInitiatives(
    summaries({ initiatives }),
    evaluated(initiatives, gates, signoffs),
    NOW,
    THRESHOLD,
  );
}

describe('stalled detection', () => {
  it('finds initiatives past the threshold in proof of concept or pilot, longest first', () => {
    const poc = initiative({ title: 'POC', stage: 'proof-of-concept', daysInStage: 120 });
    const pilot = initiative({ title: 'Pilot', stage: 'pilot', daysInStage: 200 });
    const fresh = initiative({ title: 'Fresh', stage: 'pilot', daysInStage: 30 });
    const atThreshold = initiative({ title: 'Edge', stage: 'pilot', daysInStage: THRESHOLD });
    const items = stalled([poc, pilot, fresh, atThreshold]);
    expect(items.map((i) => [i.title, i.daysInStage])).toEqual([
      ['Pilot', 200],
      ['POC', 120],
    ]);
  });

  it('never counts ideas, production or retired initiatives, however long', () => {
    const items = stalled([
      initiative({ stage: 'idea', daysInStage: 900 }),
      initiative({ stage: 'production', daysInStage: 900 }),
      initiative({ stage: 'retired', daysInStage: 900 }),
    ]);
    expect(items).toEqual([]);
  });

  it('orders equal waits by title', () => {
    const b = initiative({ title: 'B', daysInStage: 100 });
    const a = initiative({ title: 'A', daysInStage: 100 });
    expect(stalled([b, a]).map((i) => i.title)).toEqual(['A', 'B']);
  });
});

describe('least-ready gap', () => {
  it('names the first gap not started, before any in progress', () => {
    const item = initiative({
      daysInStage: 100,
      readiness: readiness({
        'data-quality': 'in-progress',
        integration: 'not-started',
        'stakeholder-alignment': 'not-started',
        evaluation: 'ready',
        scale: 'ready',
        maintenance: 'ready',
      }),
    });
    const [result] = stalled([item]);
    expect(result?.leastReadyGap).toEqual({
      gap: 'integration',
      label: 'Integration',
      status: 'not-started',
      statusLabel: 'Not started',
    });
    expect(result?.gapsNotStarted).toBe(2);
    expect(result?.gapsOpen).toBe(3);
  });

  it('falls back to a gap in progress, and to none when all six are ready', () => {
    const inProgress = initiative({
      daysInStage: 100,
      readiness: readiness({
        'data-quality': 'ready',
        integration: 'ready',
        'stakeholder-alignment': 'ready',
        evaluation: 'ready',
        scale: 'in-progress',
        maintenance: 'ready',
      }),
    });
    const allReady = initiative({
      daysInStage: 100,
      readiness: readiness({
        'data-quality': 'ready',
        integration: 'ready',
        'stakeholder-alignment': 'ready',
        evaluation: 'ready',
        scale: 'ready',
        maintenance: 'ready',
      }),
    });
    const [first] = stalled([inProgress]);
    expect(first?.leastReadyGap?.gap).toBe('scale');
    const [second] = stalled([allReady]);
    expect(second?.leastReadyGap).toBeNull();
    expect(second?.gapsOpen).toBe(0);
  });
});

describe('the blocking gate', () => {
  const stuck = initiative({ title: 'Stuck', daysInStage: 245 });

  it('says when no review toward the next stage is open', () => {
    const [item] = stalled([stuck]);
    expect(item?.gate).toEqual({
      gateId: null,
      gateName: null,
      status: 'none',
      statusLabel: 'No review open',
      blocking: 'No gate review opened to move to Pilot.',
    });
    const pilot = initiative({ stage: 'pilot', daysInStage: 100 });
    expect(stalled([pilot])[0]?.gate.blocking).toBe('No gate review opened to move to Production.');
  });

  it('names the checklist item a request for changes marked not met', () => {
    const review = gate(stuck, { openedDaysAgo: 40 });
    const signoffs = [
      signoff(review, stuck, { reviewerId: LEGAL.id, fn: 'legal', recordedDaysAgo: 37 }),
      signoff(review, stuck, {
        reviewerId: SECURITY.id,
        fn: 'security',
        decision: 'request-changes',
        recordedDaysAgo: 33,
        answers: [
          { itemId: 'vendor-security-review', answer: 'not-applicable', note: '', evidence: '' },
          { itemId: 'threat-model', answer: 'not-met', note: '', evidence: '' },
        ],
      }),
    ];
    const [item] = stalled([stuck], [review], signoffs);
    expect(item?.gate.gateId).toBe(review.id);
    expect(item?.gate.gateName).toBe('Enter pilot');
    expect(item?.gate.status).toBe('changes-requested');
    expect(item?.gate.statusLabel).toBe('Changes requested');
    expect(item?.gate.blocking).toMatch(
      /^Security \(Sam Security\): not met — Produce a threat model/,
    );
  });

  it('names the decision when no item was marked not met, and a rejection as such', () => {
    const review = gate(stuck);
    const asked = signoff(review, stuck, {
      reviewerId: SECURITY.id,
      fn: 'security',
      decision: 'request-changes',
    });
    expect(stalled([stuck], [review], [asked])[0]?.gate.blocking).toBe(
      'Security (Sam Security) asked for changes.',
    );
    const rejected = signoff(review, stuck, {
      reviewerId: LEGAL.id,
      fn: 'legal',
      decision: 'reject',
    });
    const [item] = stalled([stuck], [review], [asked, rejected]);
    expect(item?.gate.status).toBe('blocked');
    expect(item?.gate.blocking).toBe('Rejected by Legal (Lee Legal).');
  });

  it('says which functions an open review still waits on', () => {
    const review = gate(stuck);
    const signoffs = [
      signoff(review, stuck, { reviewerId: LEGAL.id, fn: 'legal' }),
      signoff(review, stuck, { reviewerId: SECURITY.id, fn: 'security' }),
    ];
    const [item] = stalled([stuck], [review], signoffs);
    expect(item?.gate.status).toBe('in-review');
    expect(item?.gate.blocking).toBe('Waiting on Compliance, Operations.');
  });

  it('says when the review has passed and only the stage change is missing', () => {
    const review = gate(stuck);
    const signoffs = [LEGAL, COMPLIANCE, SECURITY, OPERATIONS].map((m) =>
      signoff(review, stuck, {
        reviewerId: m.id,
        fn: m.roles[0]!.replace('-reviewer', '') as never,
      }),
    );
    const [item] = stalled([stuck], [review], signoffs);
    expect(item?.gate.status).toBe('passed');
    expect(item?.gate.blocking).toBe('Passed: the stage can be changed.');
  });

  it('uses the newest review that is open, not used, and starts from the current stage', () => {
    const older = gate(stuck, { openedDaysAgo: 100 });
    const withdrawn = gate(stuck, {
      openedDaysAgo: 10,
      withdrawal: { by: OWNER, at: daysAgo(9), reason: 'Wrong scope' },
    });
    const used = gate(stuck, { openedDaysAgo: 5, usedAt: daysAgo(4) });
    const otherStage = gate(stuck, { openedDaysAgo: 3, template: GO_LIVE });
    const gates = evaluated([stuck], [older, withdrawn, used, otherStage]);
    expect(gateTowardNextStage(stuck, gates.get(stuck.id) ?? [])?.gate.id).toBe(older.id);
    expect(stalled([stuck], [older, withdrawn, used, otherStage])[0]?.gate.gateId).toBe(older.id);
    expect(gateTowardNextStage(stuck, [])).toBeNull();
  });
});
