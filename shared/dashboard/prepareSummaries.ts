import { dateOnly } from '../domain/calendar';
import type { Member } from '../domain/member';
import type { WorkspaceSettings } from '../domain/workspace';
import type { QueueItem } from '../gates/reviewQueue';
import { filterOptions, type FilterOptions } from './filter';
import { funnelIndex, type FunnelIndex } from './funnel';
import { gateStanding, type GateStanding } from './gateStanding';
import { riskFactsOn, type RiskFacts } from './riskSummary';
import { stalledInitiatives, type StalledItem } from './stalled';
import type { InitiativeSummary } from './summary/record';
import {
  overdueConditions,
  pendingReviews,
  type OverdueCondition,
  type PendingReview,
  type ReviewerQueue,
} from './waitingOn';

/** The workspace settings the dashboard reads. */
export type DashboardSettings = Pick<
  WorkspaceSettings,
  | 'stalledAfterDays'
  | 'reviewResponseDays'
  | 'approvalValidityMonths'
  | 'riskMatrix'
  | 'reviewCadence'
> &
  Partial<Pick<WorkspaceSettings, 'costAlert'>>;

export type DashboardMember = Pick<Member, 'id' | 'name' | 'roles' | 'status'>;

/** Rows in their final order, each with the position of its initiative in `summaries`. */
export interface Placed<T> {
  rows: readonly T[];
  at: Int32Array;
}

function placed<T extends { initiativeId: string }>(
  rows: readonly T[],
  position: ReadonlyMap<string, number>,
): Placed<T> {
  return { rows, at: Int32Array.from(rows, (row) => position.get(row.initiativeId) ?? -1) };
}

/** The rows whose initiative is marked 1 in `inScope`, in the same order. */
export function narrowed<T>(list: Placed<T>, inScope: Uint8Array): T[] {
  const kept: T[] = [];
  list.rows.forEach((row, i) => {
    if (inScope[list.at[i] ?? -1] === 1) kept.push(row);
  });
  return kept;
}

/**
 * Everything that depends on the summaries, the members, the settings and
 * today, but not on the filter: worked out once per change of those, so a
 * filter change only narrows lists and counts (`aggregateDashboard`).
 */
export interface PreparedSummaries {
  now: Date;
  settings: DashboardSettings;
  /** Every initiative's summary, in the order given (the table's: by id). */
  summaries: readonly InitiativeSummary[];
  /** Each initiative's position in `summaries`. */
  position: ReadonlyMap<string, number>;
  memberName: (id: string) => string;
  /** Every risk's standing today, by initiative (`riskPanel` does not depend on the order). */
  risks: RiskFacts[];
  /** Each initiative's gate reviews with their standing today, newest first. */
  gates: ReadonlyMap<string, readonly GateStanding[]>;
  /** The lists the panels narrow, each in its final order. */
  placed: {
    risks: Placed<RiskFacts>;
    reviews: Placed<PendingReview>;
    queues: (Omit<ReviewerQueue, 'items'> & { items: Placed<QueueItem> })[];
    overdueConditions: Placed<OverdueCondition>;
    /** Stalled initiatives, longest in stage first. */
    stalled: Placed<StalledItem>;
  };
  funnel: FunnelIndex;
  options: FilterOptions;
}

/**
 * The initiatives with gate reviews, in the order of their first review in the
 * gates table (by id), as reading that table whole grouped them: where two
 * pending reviews or overdue conditions tie, they fall as they always did.
 */
function inGateTableOrder(summaries: readonly InitiativeSummary[]): InitiativeSummary[] {
  const first = new Map<InitiativeSummary, string>();
  for (const summary of summaries) {
    const ids = summary.gates.map((g) => g.id).sort();
    if (ids[0] !== undefined) first.set(summary, ids[0]);
  }
  return [...first.keys()].sort((a, b) => {
    const x = first.get(a) ?? '';
    const y = first.get(b) ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** The expensive part, once per change of the summaries, members, settings or day. */
export function prepareSummaries(input: {
  now: Date;
  settings: DashboardSettings;
  summaries: readonly InitiativeSummary[];
  members: readonly DashboardMember[];
  /** False when the summaries were built without the stage history (it is still loading). */
  historyLoaded?: boolean;
}): PreparedSummaries {
  const { now, settings, summaries } = input;
  const today = dateOnly(now);
  const names = new Map(input.members.map((m) => [m.id, m.name]));
  const memberName = (id: string) => names.get(id) ?? 'Unknown member';
  const gates = new Map<string, GateStanding[]>();
  for (const initiative of inGateTableOrder(summaries)) {
    gates.set(
      initiative.initiativeId,
      initiative.gates.map((gate) =>
        gateStanding({
          gate,
          initiative,
          memberName,
          now,
          approvalValidityMonths: settings.approvalValidityMonths,
        }),
      ),
    );
  }
  const evaluated = [...gates.values()].flat();
  const { reviews, queues } = pendingReviews({
    gates: evaluated,
    members: input.members,
    now,
    targetWorkingDays: settings.reviewResponseDays,
  });
  const factsOf = riskFactsOn(settings, today);
  const risks = summaries.flatMap((s) => s.risks.map((risk) => factsOf(s.initiativeId, risk)));
  const position = new Map(summaries.map((s, i) => [s.initiativeId, i]));
  return {
    now,
    settings,
    summaries,
    position,
    memberName,
    risks,
    gates,
    placed: {
      risks: placed(risks, position),
      reviews: placed(reviews, position),
      queues: queues.map((q) => ({ ...q, items: placed(q.items, position) })),
      overdueConditions: placed(overdueConditions(evaluated, today, memberName), position),
      stalled: placed(
        stalledInitiatives(summaries, gates, now, settings.stalledAfterDays),
        position,
      ),
    },
    funnel: funnelIndex(summaries, now, input.historyLoaded ?? true),
    options: filterOptions(summaries, memberName),
  };
}
