import { workingDaysBetween } from '../domain/calendar';
import type { Member } from '../domain/member';
import {
  FUNCTION_ROLES,
  REVIEW_FUNCTION_LABELS,
  REVIEW_FUNCTIONS,
  type ReviewFunction,
} from '../gates/functions';
import type { QueueItem, QueueReason } from '../gates/reviewQueue';
import { DAY_MS } from './durations';
import type { GateStanding } from './gateStanding';
import { reviewerQueue } from './reviewerQueue';

type Reviewer = Pick<Member, 'id' | 'name' | 'roles' | 'status'>;

/**
 * One review the portfolio waits on: a function still to sign an open gate
 * (`awaiting`), or a reviewer's sign-off that went stale or expired and needs
 * a second look.
 */
export interface PendingReview {
  gateId: string;
  gateName: string;
  initiativeId: string;
  initiativeTitle: string;
  function: ReviewFunction;
  functionLabel: string;
  reason: QueueReason;
  /** When the wait started: the review's opening, or the sign-off that went stale or expired. */
  since: string;
  ageWorkingDays: number;
  targetWorkingDays: number;
  overdue: boolean;
  /** Approvals still missing (awaiting), or 1 for a re-review. */
  outstanding: number;
  /**
   * Who can give it: every active member the review queue offers it to. Empty
   * for an awaiting review means nobody may sign (no one holds the role, or
   * segregation of duties rules them all out).
   */
  reviewers: { id: string; name: string }[];
}

/** A reviewer's part: exactly their "My reviews" queue, less what is not pending here. */
export interface ReviewerQueue {
  reviewerId: string;
  name: string;
  items: QueueItem[];
}

export interface OverdueCondition {
  conditionId: string;
  text: string;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  daysOverdue: number;
  initiativeId: string;
  initiativeTitle: string;
  gateId: string;
  gateName: string;
}

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
 * "My reviews". Reviewer queues follow `reviewQueue` (`reviewerQueue`), so a
 * member's count here is the count on their own screen, less the awaited
 * functions this rule leaves out.
 */
export function pendingReviews(input: {
  gates: readonly GateStanding[];
  members: readonly Reviewer[];
  now: Date;
  targetWorkingDays: number;
}): { reviews: PendingReview[]; queues: ReviewerQueue[] } {
  const { now, targetWorkingDays } = input;
  const nowIso = now.toISOString();
  const reviews = new Map<string, PendingReview>();
  const relevant: GateStanding[] = [];
  const memberById = new Map(input.members.map((m) => [m.id, m]));

  const add = (
    entry: GateStanding,
    fn: ReviewFunction,
    reason: QueueReason,
    since: string,
    outstanding: number,
    reviewerId?: string,
  ) => {
    const age = workingDaysBetween(since, nowIso);
    reviews.set(pendingKey(entry.gate.id, fn, reason, reviewerId), {
      gateId: entry.gate.id,
      gateName: entry.gate.name,
      initiativeId: entry.initiative.initiativeId,
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
    const { gate, outcome, signoffs } = entry;
    let pending = false;
    if (gate.usedAt === null && !gate.overridden) {
      for (const status of outcome.functions) {
        if (status.met || status.changesRequestedBy.length > 0 || status.rejectedBy.length > 0)
          continue;
        const outstanding = status.quorum - status.approvals - status.awaitingConditions;
        if (outstanding <= 0) continue;
        add(entry, status.function, 'awaiting', gate.openedAt, outstanding);
        pending = true;
      }
    }
    for (const { facts, standing } of signoffs) {
      if (!standing.stale && !standing.expired) continue;
      const reason: QueueReason = standing.stale ? 'stale' : 'expired';
      add(entry, facts.function, reason, facts.recordedAt, 1, facts.reviewerId);
      pending = true;
    }
    if (pending) relevant.push(entry);
  }

  // Each member's queue is worked out over the gates that can put something in
  // it: those awaiting a function they hold, and those with their own stale or
  // expired sign-off. At thousands of gates and dozens of reviewers that keeps
  // the pass small; the queue itself still decides, so nothing else can appear.
  const awaitingByFunction = new Map<ReviewFunction, GateStanding[]>();
  const reReviewsBy = new Map<string, GateStanding[]>();
  for (const entry of relevant) {
    const functions = new Set<ReviewFunction>();
    const reviewers = new Set<string>();
    for (const status of entry.outcome.functions) {
      if (reviews.has(pendingKey(entry.gate.id, status.function, 'awaiting'))) {
        functions.add(status.function);
      }
    }
    for (const { facts, standing } of entry.signoffs) {
      if (standing.stale || standing.expired) reviewers.add(facts.reviewerId);
    }
    for (const fn of functions) pushTo(awaitingByFunction, fn, entry);
    for (const id of reviewers) pushTo(reReviewsBy, id, entry);
  }

  const queues: ReviewerQueue[] = [];
  for (const member of input.members) {
    if (member.status !== 'active') continue;
    const candidates = new Set<GateStanding>(reReviewsBy.get(member.id) ?? []);
    for (const fn of REVIEW_FUNCTIONS) {
      if (!member.roles.includes(FUNCTION_ROLES[fn])) continue;
      for (const entry of awaitingByFunction.get(fn) ?? []) candidates.add(entry);
    }
    if (candidates.size === 0) continue;
    const items = reviewerQueue({
      member,
      gates: [...candidates],
      now,
      targetWorkingDays,
    }).filter((item) =>
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
  // `localeCompare`'s order, without a collator made per comparison: thousands of reviews tie on `since`.
  const byTitle = new Intl.Collator().compare;
  const list = [...reviews.values()].sort(
    (a, b) =>
      (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) ||
      byTitle(a.initiativeTitle, b.initiativeTitle),
  );
  return { reviews: list, queues };
}

/**
 * Open conditions past their due date on the gates given, from each gate's
 * current sign-offs (a re-signed sign-off's conditions replace the earlier
 * ones). Most overdue first.
 */
export function overdueConditions(
  gates: readonly GateStanding[],
  today: string,
  memberName: (id: string) => string,
): OverdueCondition[] {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const items: OverdueCondition[] = [];
  for (const { gate, initiative, signoffs } of gates) {
    for (const { facts } of signoffs) {
      for (const condition of facts.openConditions) {
        if (condition.dueOn >= today) continue;
        items.push({
          conditionId: condition.id,
          text: condition.text,
          ownerId: condition.ownerId,
          ownerName: memberName(condition.ownerId),
          dueOn: condition.dueOn,
          daysOverdue: Math.round((todayMs - Date.parse(`${condition.dueOn}T00:00:00Z`)) / DAY_MS),
          initiativeId: initiative.initiativeId,
          initiativeTitle: initiative.title,
          gateId: gate.id,
          gateName: gate.name,
        });
      }
    }
  }
  return items.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || a.initiativeTitle.localeCompare(b.initiativeTitle),
  );
}

export interface Group<T> {
  key: string;
  label: string;
  count: number;
  overdue: number;
  /** Age of the oldest item in working days (reviews) or days overdue (conditions). */
  oldest: number;
  items: T[];
}

function sortGroups<T>(groups: Group<T>[]): Group<T>[] {
  return groups.sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.count - a.count ||
      b.oldest - a.oldest ||
      a.label.localeCompare(b.label),
  );
}

/** Pending reviews by function, most overdue first. */
export function groupByFunction(reviews: readonly PendingReview[]): Group<PendingReview>[] {
  const groups = new Map<string, Group<PendingReview>>();
  for (const review of reviews) {
    let group = groups.get(review.function);
    if (!group) {
      group = {
        key: review.function,
        label: review.functionLabel,
        count: 0,
        overdue: 0,
        oldest: 0,
        items: [],
      };
      groups.set(review.function, group);
    }
    group.count += 1;
    if (review.overdue) group.overdue += 1;
    group.oldest = Math.max(group.oldest, review.ageWorkingDays);
    group.items.push(review);
  }
  return sortGroups([...groups.values()]);
}

/** Reviewer queues as groups, most overdue first; `keep` narrows the items (the filter). */
export function groupByReviewer(
  queues: readonly ReviewerQueue[],
  keep: (item: QueueItem) => boolean = () => true,
): Group<QueueItem>[] {
  const groups: Group<QueueItem>[] = [];
  for (const queue of queues) {
    const items = queue.items.filter(keep);
    if (items.length === 0) continue;
    groups.push({
      key: queue.reviewerId,
      label: queue.name,
      count: items.length,
      overdue: items.filter((i) => i.overdue).length,
      oldest: Math.max(...items.map((i) => i.ageWorkingDays)),
      items,
    });
  }
  return sortGroups(groups);
}

/** Overdue conditions by owner, the owner with most overdue first. */
export function groupByOwner(conditions: readonly OverdueCondition[]): Group<OverdueCondition>[] {
  const groups = new Map<string, Group<OverdueCondition>>();
  for (const condition of conditions) {
    let group = groups.get(condition.ownerId);
    if (!group) {
      group = {
        key: condition.ownerId,
        label: condition.ownerName,
        count: 0,
        overdue: 0,
        oldest: 0,
        items: [],
      };
      groups.set(condition.ownerId, group);
    }
    group.count += 1;
    group.overdue += 1;
    group.oldest = Math.max(group.oldest, condition.daysOverdue);
    group.items.push(condition);
  }
  return sortGroups([...groups.values()]);
}
