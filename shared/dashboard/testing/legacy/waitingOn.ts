/**
 * The Dashboard's "Waiting on" rules over whole gate evaluations, as they were
 * before summaries (commit d2f04f9), kept verbatim as the oracle of
 * `summaryEquivalence.test.ts`: it applies `evaluateGate` and `reviewQueue`
 * themselves, so the summary path cannot drift from the gate rules unnoticed.
 * Test support only.
 */
import { workingDaysBetween } from '../../../domain/calendar';
import type { Member } from '../../../domain/member';
import { conditionsOf } from '../../../gates/conditions';
import {
  FUNCTION_ROLES,
  REVIEW_FUNCTION_LABELS,
  REVIEW_FUNCTIONS,
  type ReviewFunction,
} from '../../../gates/functions';
import { currentSignoffs } from '../../../gates/outcome';
import { reviewQueue, type QueueReason } from '../../../gates/reviewQueue';
import { DAY_MS } from '../../durations';
import type { EvaluatedGate } from '../../gateState';
import type { OverdueCondition, PendingReview, ReviewerQueue } from '../../waitingOn';

type Reviewer = Pick<Member, 'id' | 'name' | 'roles' | 'status'>;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pendingKey(gateId: string, fn: ReviewFunction, reason: QueueReason, reviewerId = '') {
  return reason === 'awaiting'
    ? `${gateId}|${fn}|awaiting`
    : `${gateId}|${fn}|${reason}|${reviewerId}`;
}

/**
 * Every pending review and every reviewer's queue across the given gates.
 *
 * A function is awaited on a gate that is open (not used, overridden or
 * withdrawn) while its fresh approvals, conditional ones included, fall short
 * of its quorum and nobody in it has asked for changes or rejected: a request
 * for changes waits on the initiative's team, and an approval with open
 * conditions on the condition's owner, not on another reviewer. Stale and
 * expired sign-offs are awaited from the reviewer who gave them, as in
 * "My reviews". Reviewer queues come from `reviewQueue` itself, so a member's
 * count here is the count on their own screen, less the awaited functions
 * this rule leaves out.
 */
export function pendingReviews(input: {
  gates: readonly EvaluatedGate[];
  members: readonly Reviewer[];
  now: Date;
  targetWorkingDays: number;
}): { reviews: PendingReview[]; queues: ReviewerQueue[] } {
  const { now, targetWorkingDays } = input;
  const nowIso = now.toISOString();
  const reviews = new Map<string, PendingReview>();
  const relevant: EvaluatedGate[] = [];
  const memberById = new Map(input.members.map((m) => [m.id, m]));

  const add = (
    entry: EvaluatedGate,
    fn: ReviewFunction,
    reason: QueueReason,
    since: string,
    outstanding: number,
    reviewerId?: string,
  ) => {
    const age = workingDaysBetween(since, nowIso);
    reviews.set(pendingKey(entry.evaluation.gate.id, fn, reason, reviewerId), {
      gateId: entry.evaluation.gate.id,
      gateName: entry.evaluation.gate.template.name,
      initiativeId: entry.initiative.id,
      initiativeTitle: entry.initiative.title,
      function: fn,
      functionLabel: REVIEW_FUNCTION_LABELS[fn],
      reason,
      since,
      ageWorkingDays: age,
      targetWorkingDays,
      overdue: age > targetWorkingDays,
      outstanding,
      reviewers: [],
    });
  };

  for (const entry of input.gates) {
    const { gate, outcome, signoffs } = entry.evaluation;
    if (gate.withdrawal !== null) continue;
    let pending = false;
    if (gate.usedAt === null && gate.override === null) {
      for (const status of outcome.functions) {
        if (status.met || status.changesRequestedBy.length > 0 || status.rejectedBy.length > 0)
          continue;
        const outstanding = status.quorum - status.approvals - status.awaitingConditions;
        if (outstanding <= 0) continue;
        add(entry, status.function, 'awaiting', gate.openedAt, outstanding);
        pending = true;
      }
    }
    for (const view of signoffs) {
      if (!view.current || (!view.standing.stale && !view.standing.expired)) continue;
      const reason: QueueReason = view.standing.stale ? 'stale' : 'expired';
      add(
        entry,
        view.signoff.function,
        reason,
        view.signoff.recordedAt,
        1,
        view.signoff.reviewerId,
      );
      pending = true;
    }
    if (pending) relevant.push(entry);
  }

  // Each member's queue is worked out over the gates that can put something in
  // it: those awaiting a function they hold, and those with their own stale or
  // expired sign-off. At thousands of gates and dozens of reviewers that keeps
  // the pass small; the queue itself still decides, so nothing else can appear.
  const awaitingByFunction = new Map<ReviewFunction, EvaluatedGate[]>();
  const reReviewsBy = new Map<string, EvaluatedGate[]>();
  for (const entry of relevant) {
    const functions = new Set<ReviewFunction>();
    const reviewers = new Set<string>();
    for (const status of entry.evaluation.outcome.functions) {
      if (reviews.has(pendingKey(entry.evaluation.gate.id, status.function, 'awaiting'))) {
        functions.add(status.function);
      }
    }
    for (const view of entry.evaluation.signoffs) {
      if (view.current && (view.standing.stale || view.standing.expired)) {
        reviewers.add(view.signoff.reviewerId);
      }
    }
    for (const fn of functions) pushTo(awaitingByFunction, fn, entry);
    for (const id of reviewers) pushTo(reReviewsBy, id, entry);
  }

  const queues: ReviewerQueue[] = [];
  for (const member of input.members) {
    if (member.status !== 'active') continue;
    const candidates = new Set<EvaluatedGate>(reReviewsBy.get(member.id) ?? []);
    for (const fn of REVIEW_FUNCTIONS) {
      if (!member.roles.includes(FUNCTION_ROLES[fn])) continue;
      for (const entry of awaitingByFunction.get(fn) ?? []) candidates.add(entry);
    }
    if (candidates.size === 0) continue;
    const items = reviewQueue({ member, gates: [...candidates], now, targetWorkingDays }).filter(
      (item) =>
        reviews.has(
          pendingKey(
            item.gateId,
            item.function,
            item.reason,
            item.reason === 'awaiting' ? '' : member.id,
          ),
        ),
    );
    for (const item of items) {
      const key = pendingKey(
        item.gateId,
        item.function,
        item.reason,
        item.reason === 'awaiting' ? '' : member.id,
      );
      reviews.get(key)?.reviewers.push({ id: member.id, name: member.name });
    }
    if (items.length > 0) queues.push({ reviewerId: member.id, name: member.name, items });
  }
  // A stale or expired sign-off of someone no longer active still waits on them, by name.
  for (const [key, review] of reviews) {
    if (review.reason === 'awaiting' || review.reviewers.length > 0) continue;
    const reviewerId = key.split('|')[3] ?? '';
    review.reviewers.push({
      id: reviewerId,
      name: memberById.get(reviewerId)?.name ?? 'Unknown member',
    });
  }
  const list = [...reviews.values()].sort(
    (a, b) =>
      (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) ||
      a.initiativeTitle.localeCompare(b.initiativeTitle),
  );
  return { reviews: list, queues };
}

/**
 * Open conditions past their due date on the gates given, from each gate's
 * current sign-offs (a re-signed sign-off's conditions replace the earlier
 * ones). Most overdue first.
 */
export function overdueConditions(
  gates: readonly EvaluatedGate[],
  today: string,
  memberName: (id: string) => string,
): OverdueCondition[] {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const items: OverdueCondition[] = [];
  for (const { evaluation, initiative } of gates) {
    if (evaluation.gate.withdrawal !== null) continue;
    const current = currentSignoffs(evaluation.signoffs.map((v) => v.signoff));
    for (const condition of conditionsOf(current, today)) {
      if (!condition.overdue) continue;
      items.push({
        conditionId: condition.id,
        text: condition.text,
        ownerId: condition.ownerId,
        ownerName: memberName(condition.ownerId),
        dueOn: condition.dueOn,
        daysOverdue: Math.round((todayMs - Date.parse(`${condition.dueOn}T00:00:00Z`)) / DAY_MS),
        initiativeId: initiative.id,
        initiativeTitle: initiative.title,
        gateId: evaluation.gate.id,
        gateName: evaluation.gate.template.name,
      });
    }
  }
  return items.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || a.initiativeTitle.localeCompare(b.initiativeTitle),
  );
}
