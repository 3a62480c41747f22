import { describe, expect, it } from 'vitest';
import type { Initiative } from '../domain/initiative';
import type { Member } from '../domain/member';
import type { Gate } from '../gates/gate';
import { reviewQueue } from '../gates/reviewQueue';
import type { Signoff } from '../gates/signoff';
import { evaluateGates } from './gateState';
import {
  groupByFunction,
  groupByOwner,
  groupByReviewer,
  overdueConditions,
  pendingReviews,
  type PendingReview,
} from './waitingOn';
import {
  COMPLIANCE,
  daysAgo,
  gate,
  gateStandings,
  initiative,
  LEGAL,
  NOW,
  OPERATIONS,
  OWNER,
  OWNER_MEMBER,
  REVIEWERS,
  SECURITY,
  signoff,
  uid,
} from './testFixtures';

type TestMember = Pick<Member, 'id' | 'name' | 'roles' | 'status'>;
const MEMBERS: TestMember[] = [...REVIEWERS, OWNER_MEMBER];
const TODAY = '2026-11-23';

const NAMES = new Map(MEMBERS.map((m) => [m.id, m.name]));
const memberName = (id: string) => NAMES.get(id) ?? 'Unknown member';

/** The gates as the Dashboard sees them: from the initiatives' summaries. */
function evaluate(initiatives: Initiative[], gates: Gate[], signoffs: Signoff[] = []) {
  return [...gateStandings({ initiatives, gates, signoffs }, { memberName }).values()].flat();
}

/** The same gates evaluated in full, as the Gates tab and "My reviews" evaluate them. */
function evaluateInFull(initiatives: Initiative[], gates: Gate[], signoffs: Signoff[] = []) {
  return [
    ...evaluateGates({
      gates,
      signoffs,
      initiativeById: new Map(initiatives.map((i) => [i.id, i])),
      risksByInitiative: new Map(),
      memberName,
      now: NOW,
      approvalValidityMonths: 12,
    }).values(),
  ].flat();
}

function pending(
  initiatives: Initiative[],
  gates: Gate[],
  signoffs: Signoff[] = [],
  members: TestMember[] = MEMBERS,
) {
  return pendingReviews({
    gates: evaluate(initiatives, gates, signoffs),
    members,
    now: NOW,
    targetWorkingDays: 10,
  });
}

const brief = (r: PendingReview) => [
  r.function,
  r.reason,
  r.outstanding,
  r.reviewers.map((p) => p.name),
];

describe('pendingReviews', () => {
  const claims = initiative({ title: 'Claims categoriser' });

  it('awaits every required function of an open review, with its eligible reviewers and age', () => {
    const review = gate(claims, { openedDaysAgo: 20 });
    const { reviews, queues } = pending([claims], [review]);
    expect(reviews.map(brief)).toEqual([
      ['legal', 'awaiting', 1, ['Lee Legal']],
      ['compliance', 'awaiting', 1, ['Cara Compliance']],
      ['security', 'awaiting', 1, ['Sam Security']],
      ['operations', 'awaiting', 1, ['Olu Operations']],
    ]);
    expect(reviews[0]).toMatchObject({
      gateId: review.id,
      gateName: 'Enter pilot',
      initiativeId: claims.id,
      initiativeTitle: 'Claims categoriser',
      functionLabel: 'Legal',
      since: review.openedAt,
      // 3 November (Tuesday) to 23 November: 14 working days against a target of 10.
      ageWorkingDays: 14,
      targetWorkingDays: 10,
      overdue: true,
    });
    expect(queues.map((q) => [q.name, q.items.length])).toEqual([
      ['Lee Legal', 1],
      ['Cara Compliance', 1],
      ['Sam Security', 1],
      ['Olu Operations', 1],
    ]);
  });

  it('is not overdue within the response target', () => {
    const review = gate(claims, { openedDaysAgo: 5 });
    const { reviews } = pending([claims], [review]);
    expect(reviews.every((r) => r.ageWorkingDays === 3 && !r.overdue)).toBe(true);
  });

  it('stops awaiting a function once it approved, asked for changes, or approved with open conditions', () => {
    const review = gate(claims);
    const signoffs = [
      signoff(review, claims, { reviewerId: LEGAL.id, fn: 'legal' }),
      signoff(review, claims, {
        reviewerId: SECURITY.id,
        fn: 'security',
        decision: 'request-changes',
      }),
      signoff(review, claims, {
        reviewerId: COMPLIANCE.id,
        fn: 'compliance',
        decision: 'approve-with-conditions',
        conditions: [{ id: uid(0xc1), text: 'Do it', ownerId: OWNER, dueOn: '2026-12-31' }],
      }),
    ];
    const { reviews, queues } = pending([claims], [review], signoffs);
    expect(reviews.map(brief)).toEqual([['operations', 'awaiting', 1, ['Olu Operations']]]);
    expect(queues.map((q) => q.name)).toEqual(['Olu Operations']);
  });

  it('does not offer a function that asked for changes to another of its reviewers', () => {
    const second: TestMember = { ...SECURITY, id: uid(0xb9), name: 'Second Security' };
    const review = gate(claims);
    const signoffs = [
      signoff(review, claims, {
        reviewerId: SECURITY.id,
        fn: 'security',
        decision: 'request-changes',
      }),
    ];
    const members = [...MEMBERS, second];
    // "My reviews" would offer it to the second reviewer...
    const evaluated = evaluateInFull([claims], [review], signoffs);
    expect(
      reviewQueue({ member: second, gates: evaluated, now: NOW, targetWorkingDays: 10 }),
    ).toHaveLength(1);
    // ...but the gate waits on the initiative's team, not on Security.
    const { reviews, queues } = pending([claims], [review], signoffs, members);
    expect(reviews.some((r) => r.function === 'security')).toBe(false);
    expect(queues.some((q) => q.name === 'Second Security')).toBe(false);
  });

  it('counts the approvals still missing for a stricter quorum', () => {
    const high = initiative({ tier: 'high-risk' });
    const second: TestMember = { ...SECURITY, id: uid(0xb9), name: 'Second Security' };
    const review = gate(high);
    const signoffs = [signoff(review, high, { reviewerId: SECURITY.id, fn: 'security' })];
    const { reviews } = pending([high], [review], signoffs, [...MEMBERS, second]);
    const security = reviews.find((r) => r.function === 'security');
    expect(security && brief(security)).toEqual(['security', 'awaiting', 1, ['Second Security']]);
  });

  it('awaits nothing on a review already used, overridden or withdrawn', () => {
    const used = gate(claims, { usedAt: daysAgo(1) });
    const overridden = gate(claims, {
      override: { by: OWNER, at: daysAgo(1), justification: 'x', signature: {} as never },
    });
    const withdrawn = gate(claims, {
      withdrawal: { by: OWNER, at: daysAgo(1), reason: 'x' },
    });
    expect(pending([claims], [used, overridden, withdrawn]).reviews).toEqual([]);
  });

  it('awaits a second look from whoever signed before the initiative changed', () => {
    const before = initiative({ title: 'Ticket triage', stage: 'pilot' });
    const after = { ...before, purpose: 'A wider purpose' };
    const review = gate(after, { usedAt: daysAgo(30) });
    const signoffs = [
      signoff(review, after, {
        reviewerId: LEGAL.id,
        fn: 'legal',
        signedState: before,
        recordedDaysAgo: 40,
      }),
      signoff(review, after, { reviewerId: SECURITY.id, fn: 'security' }),
    ];
    const { reviews, queues } = pending([after], [review], signoffs);
    expect(reviews.map(brief)).toEqual([['legal', 'stale', 1, ['Lee Legal']]]);
    expect(reviews[0]?.since).toBe(signoffs[0]?.recordedAt);
    expect(queues.map((q) => [q.name, q.items.map((i) => i.reason)])).toEqual([
      ['Lee Legal', ['stale']],
    ]);
  });

  it('awaits a re-review of an approval that expired in production', () => {
    const live = initiative({ stage: 'production' });
    const review = gate(live, { usedAt: daysAgo(390) });
    const signoffs = [
      signoff(review, live, { reviewerId: LEGAL.id, fn: 'legal', recordedDaysAgo: 400 }),
    ];
    const { reviews } = pending([live], [review], signoffs);
    expect(reviews.map(brief)).toEqual([['legal', 'expired', 1, ['Lee Legal']]]);
  });

  it('keeps a re-review waiting on a reviewer who is no longer active, by name', () => {
    const before = initiative();
    const after = { ...before, purpose: 'Changed' };
    const review = gate(after, { usedAt: daysAgo(3) });
    const signoffs = [
      signoff(review, after, { reviewerId: LEGAL.id, fn: 'legal', signedState: before }),
    ];
    const gone: TestMember = { ...LEGAL, status: 'deactivated' };
    const members = [gone, COMPLIANCE, SECURITY, OPERATIONS];
    const { reviews, queues } = pending([after], [review], signoffs, members);
    expect(reviews.map(brief)).toEqual([['legal', 'stale', 1, ['Lee Legal']]]);
    expect(queues).toEqual([]);
  });

  it('offers a review only to active members segregation of duties allows, and says when nobody may', () => {
    const ownerReviewer: TestMember = { ...OWNER_MEMBER, roles: ['compliance-reviewer'] };
    const retired: TestMember = { ...LEGAL, status: 'deactivated' };
    const opener: TestMember = {
      id: uid(0xa2),
      name: 'Opal Opener',
      roles: ['security-reviewer'],
      status: 'active',
    };
    const review = gate(claims);
    const { reviews, queues } = pending(
      [claims],
      [review],
      [],
      [ownerReviewer, retired, opener, SECURITY, OPERATIONS],
    );
    expect(reviews.map(brief)).toEqual([
      ['legal', 'awaiting', 1, []],
      ['compliance', 'awaiting', 1, []],
      ['security', 'awaiting', 1, ['Sam Security']],
      ['operations', 'awaiting', 1, ['Olu Operations']],
    ]);
    expect(queues.map((q) => q.name)).toEqual(['Sam Security', 'Olu Operations']);
  });

  it('lists the oldest wait first', () => {
    const a = initiative({ title: 'A' });
    const b = initiative({ title: 'B' });
    const { reviews } = pending(
      [a, b],
      [gate(a, { openedDaysAgo: 3 }), gate(b, { openedDaysAgo: 30 })],
    );
    expect(reviews.map((r) => r.initiativeTitle)).toEqual(['B', 'B', 'B', 'B', 'A', 'A', 'A', 'A']);
  });
});

describe('grouping', () => {
  const a = initiative({ title: 'A' });
  const b = initiative({ title: 'B' });
  // Opened on Saturday 24 October: 21 working days to Monday 23 November.
  const oldReview = gate(a, { openedDaysAgo: 30 });
  const newReview = gate(b, { openedDaysAgo: 2 });
  const signoffs = [
    signoff(newReview, b, { reviewerId: LEGAL.id, fn: 'legal' }),
    signoff(newReview, b, { reviewerId: SECURITY.id, fn: 'security' }),
    signoff(newReview, b, { reviewerId: OPERATIONS.id, fn: 'operations' }),
  ];
  const { reviews, queues } = pending([a, b], [oldReview, newReview], signoffs);

  it('groups by function with counts, overdue counts and the oldest age, most overdue first', () => {
    const groups = groupByFunction(reviews);
    expect(groups.map((g) => [g.label, g.count, g.overdue, g.oldest])).toEqual([
      ['Compliance', 2, 1, 21],
      ['Legal', 1, 1, 21],
      ['Operations', 1, 1, 21],
      ['Security', 1, 1, 21],
    ]);
    expect(groups[0]?.items.map((r) => r.initiativeTitle)).toEqual(['A', 'B']);
    expect(groupByFunction([])).toEqual([]);
  });

  it('groups by reviewer from their queues, and narrows to a filter', () => {
    const groups = groupByReviewer(queues);
    expect(groups.map((g) => [g.label, g.count, g.overdue, g.oldest])).toEqual([
      ['Cara Compliance', 2, 1, 21],
      ['Lee Legal', 1, 1, 21],
      ['Olu Operations', 1, 1, 21],
      ['Sam Security', 1, 1, 21],
    ]);
    const onlyB = groupByReviewer(queues, (item) => item.initiativeId === b.id);
    expect(onlyB.map((g) => [g.label, g.count, g.overdue, g.oldest])).toEqual([
      ['Cara Compliance', 1, 0, 1],
    ]);
  });
});

describe('overdueConditions', () => {
  const pilot = initiative({ title: 'Ticket triage', stage: 'pilot' });
  const review = gate(pilot, { usedAt: daysAgo(60) });
  const condition = (n: number, dueOn: string, ownerId = OWNER) => ({
    id: uid(0xc0 + n),
    text: `Condition ${String(n)}`,
    ownerId,
    dueOn,
  });

  it('lists open conditions past their due date, most overdue first, grouped by owner', () => {
    const signoffs = [
      signoff(review, pilot, {
        reviewerId: COMPLIANCE.id,
        fn: 'compliance',
        decision: 'approve-with-conditions',
        conditions: [
          condition(1, '2026-11-12'),
          condition(2, '2026-11-23'),
          condition(3, '2026-10-01', LEGAL.id),
          condition(4, '2026-11-01'),
        ],
        closures: { [uid(0xc4)]: { closedBy: OWNER, closedAt: daysAgo(2), note: '' } },
      }),
    ];
    const items = overdueConditions(evaluate([pilot], [review], signoffs), TODAY, memberName);
    expect(items.map((c) => [c.text, c.daysOverdue])).toEqual([
      ['Condition 3', 53],
      ['Condition 1', 11],
    ]);
    expect(items[0]).toMatchObject({
      initiativeId: pilot.id,
      initiativeTitle: 'Ticket triage',
      gateId: review.id,
      gateName: 'Enter pilot',
      dueOn: '2026-10-01',
      ownerName: 'Lee Legal',
    });
    const groups = groupByOwner(items);
    expect(groups.map((g) => [g.label, g.count, g.oldest])).toEqual([
      ['Lee Legal', 1, 53],
      ['Pat Owner', 1, 11],
    ]);
  });

  it('ignores conditions of a sign-off the reviewer has since replaced, and of withdrawn reviews', () => {
    const first = signoff(review, pilot, {
      reviewerId: COMPLIANCE.id,
      fn: 'compliance',
      decision: 'approve-with-conditions',
      recordedDaysAgo: 70,
      conditions: [condition(5, '2026-10-01')],
    });
    const again = signoff(review, pilot, {
      reviewerId: COMPLIANCE.id,
      fn: 'compliance',
      recordedDaysAgo: 20,
    });
    expect(
      overdueConditions(evaluate([pilot], [review], [first, again]), TODAY, memberName),
    ).toEqual([]);
    const withdrawn = gate(pilot, { withdrawal: { by: OWNER, at: daysAgo(1), reason: 'x' } });
    const onWithdrawn = { ...first, gateId: withdrawn.id };
    expect(
      overdueConditions(evaluate([pilot], [withdrawn], [onWithdrawn]), TODAY, memberName),
    ).toEqual([]);
  });
});
