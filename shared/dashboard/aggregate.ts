import type { QueueItem } from '../gates/reviewQueue';
import { costAtScale, DEFAULT_COST_RULES, type CostPanel, type CostRules } from './costAtScale';
import type { StageChange } from './durations';
import {
  EMPTY_DASHBOARD_FILTER,
  isFilterEmpty,
  summaryMatches,
  type DashboardFilter,
  type FilterOptions,
} from './filter';
import { countFunnel, funnelIndex, type FunnelIndex, type StageFunnel } from './funnel';
import { narrowed, type PreparedSummaries } from './prepareSummaries';
import { readinessInPilot, type ReadinessPanel } from './readiness';
import { riskPanel, type RiskPanel } from './riskSummary';
import type { StalledItem } from './stalled';
import type { InitiativeSummary } from './summary/record';
import { EMPTY_STAGE_HISTORY, stageHistories } from './summary/stageHistory';
import {
  groupByFunction,
  groupByOwner,
  groupByReviewer,
  type Group,
  type OverdueCondition,
  type PendingReview,
} from './waitingOn';

export interface WaitingOnPanel {
  targetWorkingDays: number;
  reviews: PendingReview[];
  overdueReviews: number;
  byFunction: Group<PendingReview>[];
  byReviewer: Group<QueueItem>[];
  /** Awaited reviews that no active member may give. */
  unassigned: PendingReview[];
  overdueConditions: OverdueCondition[];
  conditionsByOwner: Group<OverdueCondition>[];
}

export interface StalledPanel {
  stalledAfterDays: number;
  /** Initiatives in proof of concept or pilot, stalled or not. */
  candidates: number;
  items: StalledItem[];
}

export interface Dashboard {
  filter: DashboardFilter;
  /** Initiatives in scope, and in the workspace. */
  scope: { shown: number; total: number };
  options: FilterOptions;
  funnel: StageFunnel;
  stalled: StalledPanel;
  waitingOn: WaitingOnPanel;
  risk: RiskPanel;
  readiness: ReadinessPanel;
  cost: CostPanel;
}

export interface AggregateOptions {
  filter?: DashboardFilter;
  /** When a projected cost is flagged; the workspace's `costAlert`, else `DEFAULT_COST_RULES`. */
  costRules?: CostRules;
  /**
   * A stage history to use instead of the summaries' own (callers that read
   * the audit trail themselves pass every `stageChangeOf`); null while it is
   * still loading: the funnel then shows no spent medians.
   */
  stageChanges?: readonly StageChange[] | null;
}

/** The funnel's index over the prepared summaries with another stage history. */
function funnelWith(prepared: PreparedSummaries, changes: readonly StageChange[] | null) {
  const histories = stageHistories(changes ?? []);
  return funnelIndex(
    prepared.summaries.map((s) => ({
      ...s,
      history: histories.get(s.initiativeId) ?? EMPTY_STAGE_HISTORY,
    })),
    prepared.now,
    changes !== null,
  );
}

/**
 * The cheap part, per filter change: one pass marks the initiatives in scope
 * and counts them, then the prepared lists (already in their final order) are
 * narrowed to them.
 */
export function aggregateDashboard(
  prepared: PreparedSummaries,
  options: AggregateOptions = {},
): Dashboard {
  const filter = options.filter ?? EMPTY_DASHBOARD_FILTER;
  const costRules = options.costRules ?? prepared.settings.costAlert ?? DEFAULT_COST_RULES;
  // The whole portfolio is the home view and what clearing a filter returns to: counted once.
  const whole = isFilterEmpty(filter) && options.stageChanges === undefined;
  const kept = whole ? unfiltered.get(prepared) : undefined;
  if (kept && sameRules(kept.cost.rules, costRules)) return { ...kept, filter };
  const dashboard = count(prepared, filter, costRules, options.stageChanges);
  if (whole) unfiltered.set(prepared, dashboard);
  return dashboard;
}

const unfiltered = new WeakMap<PreparedSummaries, Dashboard>();

const sameRules = (a: CostRules, b: CostRules) =>
  a.monthlyThreshold === b.monthlyThreshold && a.pocMultiple === b.pocMultiple;

function count(
  prepared: PreparedSummaries,
  filter: DashboardFilter,
  costRules: CostRules,
  stageChanges: readonly StageChange[] | null | undefined,
): Dashboard {
  const { settings, placed } = prepared;
  const inScope = new Uint8Array(prepared.summaries.length);
  const initiatives: InitiativeSummary[] = [];
  let candidates = 0;
  prepared.summaries.forEach((summary, position) => {
    if (!summaryMatches(summary, filter)) return;
    inScope[position] = 1;
    initiatives.push(summary);
    if (summary.stage === 'proof-of-concept' || summary.stage === 'pilot') candidates += 1;
  });
  const reviews = narrowed(placed.reviews, inScope);
  const conditions = narrowed(placed.overdueConditions, inScope);
  const funnel: FunnelIndex =
    stageChanges === undefined ? prepared.funnel : funnelWith(prepared, stageChanges);
  const title = (id: string) => prepared.summaries[prepared.position.get(id) ?? -1]?.title ?? '';
  return {
    filter,
    scope: { shown: initiatives.length, total: prepared.summaries.length },
    options: prepared.options,
    funnel: countFunnel(funnel, inScope),
    stalled: {
      stalledAfterDays: settings.stalledAfterDays,
      candidates,
      items: narrowed(placed.stalled, inScope),
    },
    waitingOn: {
      targetWorkingDays: settings.reviewResponseDays,
      reviews,
      overdueReviews: reviews.filter((r) => r.overdue).length,
      byFunction: groupByFunction(reviews),
      byReviewer: groupByReviewer(
        placed.queues.map((q) => ({ ...q, items: narrowed(q.items, inScope) })),
      ),
      unassigned: reviews.filter((r) => r.reason === 'awaiting' && r.reviewers.length === 0),
      overdueConditions: conditions,
      conditionsByOwner: groupByOwner(conditions),
    },
    risk: riskPanel(narrowed(placed.risks, inScope), settings.riskMatrix, title),
    readiness: readinessInPilot(initiatives),
    cost: costAtScale(initiatives, costRules),
  };
}
