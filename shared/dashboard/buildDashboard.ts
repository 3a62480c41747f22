import { dateOnly } from '../domain/calendar';
import type { Initiative } from '../domain/initiative';
import type { Member } from '../domain/member';
import type { WorkspaceSettings } from '../domain/workspace';
import type { Gate } from '../gates/gate';
import type { QueueItem } from '../gates/reviewQueue';
import type { Signoff } from '../gates/signoff';
import type { Risk } from '../risk/record';
import { costAtScale, DEFAULT_COST_RULES, type CostPanel, type CostRules } from './costAtScale';
import type { StageChange } from './durations';
import {
  EMPTY_DASHBOARD_FILTER,
  filterOptions,
  matchesFilter,
  type DashboardFilter,
  type FilterOptions,
} from './filter';
import { stageFunnel, type StageFunnel } from './funnel';
import { evaluateGates, groupBy, type EvaluatedGate } from './gateState';
import { readinessInPilot, type ReadinessPanel } from './readiness';
import { riskFacts, riskPanel, type RiskFacts, type RiskPanel } from './riskSummary';
import { stalledInitiatives, type StalledItem } from './stalled';
import {
  groupByFunction,
  groupByOwner,
  groupByReviewer,
  overdueConditions,
  pendingReviews,
  type Group,
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

/**
 * The records the dashboard is built from: each table read whole, once per
 * change, exactly as stored (the renderer reads them with `useLiveQuery`; the
 * benchmark passes its generated workload).
 */
export interface DashboardData {
  /** The moment "today", ages and time in stage are measured at. */
  now: Date;
  settings: DashboardSettings;
  /** Every initiative (the `initiatives` table). */
  initiatives: readonly Initiative[];
  /** Every risk (the `risks` table). */
  risks: readonly Risk[];
  /** Every gate review, withdrawn ones included (the `gates` table). */
  gates: readonly Gate[];
  /** Every sign-off (the `signoffs` table). */
  signoffs: readonly Signoff[];
  /** Every member, for names and for who may review (only active reviewers are asked). */
  members: readonly Pick<Member, 'id' | 'name' | 'roles' | 'status'>[];
}

/**
 * Everything `buildDashboard` takes: the records, plus what changes without
 * them changing.
 */
export interface DashboardInput extends DashboardData {
  /**
   * The stage-change history: `stageChangeOf` applied to the audit events with
   * action `initiative.changeStage` (read through the `action` index). Null
   * while it is still loading: the funnel then shows no spent medians.
   */
  stageChanges: readonly StageChange[] | null;
  /** What the panels are narrowed to; none by default. */
  filter?: DashboardFilter;
  /** When a projected cost is flagged; the workspace's `costAlert`, else `DEFAULT_COST_RULES`. */
  costRules?: CostRules;
}

/** What depends on the records only, not on the filter: computed once per change of a table. */
export interface PreparedDashboard {
  now: Date;
  settings: DashboardSettings;
  initiatives: readonly Initiative[];
  initiativeById: ReadonlyMap<string, Initiative>;
  memberName: (id: string) => string;
  risks: RiskFacts[];
  gatesByInitiative: ReadonlyMap<string, readonly EvaluatedGate[]>;
  reviews: PendingReview[];
  queues: ReviewerQueue[];
  overdueConditions: OverdueCondition[];
  options: FilterOptions;
}

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

/** The expensive part: gate evaluation, review queues and risk standings over every record. */
export function prepareDashboard(data: DashboardData): PreparedDashboard {
  const { now, settings } = data;
  const today = dateOnly(now);
  const names = new Map(data.members.map((m) => [m.id, m.name]));
  const memberName = (id: string) => names.get(id) ?? 'Unknown member';
  const initiativeById = new Map(data.initiatives.map((i) => [i.id, i]));
  const gatesByInitiative = evaluateGates({
    gates: data.gates,
    signoffs: data.signoffs,
    initiativeById,
    risksByInitiative: groupBy(data.risks, (r) => r.initiativeId),
    memberName,
    now,
    approvalValidityMonths: settings.approvalValidityMonths,
  });
  const evaluated = [...gatesByInitiative.values()].flat();
  const { reviews, queues } = pendingReviews({
    gates: evaluated,
    members: data.members,
    now,
    targetWorkingDays: settings.reviewResponseDays,
  });
  return {
    now,
    settings,
    initiatives: data.initiatives,
    initiativeById,
    memberName,
    risks: riskFacts(
      data.risks.filter((r) => initiativeById.has(r.initiativeId)),
      settings,
      today,
    ),
    gatesByInitiative,
    reviews,
    queues,
    overdueConditions: overdueConditions(evaluated, today, memberName),
    options: filterOptions(data.initiatives, memberName),
  };
}

/** The cheap part: narrow to the filter and count, in one pass per panel. */
export function aggregateDashboard(
  prepared: PreparedDashboard,
  input: {
    stageChanges: readonly StageChange[] | null;
    filter?: DashboardFilter;
    costRules?: CostRules;
  },
): Dashboard {
  const filter = input.filter ?? EMPTY_DASHBOARD_FILTER;
  const { now, settings } = prepared;
  const initiatives = prepared.initiatives.filter((i) => matchesFilter(i, filter));
  const inScope = new Set(initiatives.map((i) => i.id));
  const scoped = <T extends { initiativeId: string }>(rows: readonly T[]) =>
    rows.filter((row) => inScope.has(row.initiativeId));
  const reviews = scoped(prepared.reviews);
  const conditions = scoped(prepared.overdueConditions);
  return {
    filter,
    scope: { shown: initiatives.length, total: prepared.initiatives.length },
    options: prepared.options,
    funnel: stageFunnel(initiatives, input.stageChanges, now),
    stalled: {
      stalledAfterDays: settings.stalledAfterDays,
      candidates: initiatives.filter((i) => i.stage === 'proof-of-concept' || i.stage === 'pilot')
        .length,
      items: stalledInitiatives(
        initiatives,
        prepared.gatesByInitiative,
        now,
        settings.stalledAfterDays,
      ),
    },
    waitingOn: {
      targetWorkingDays: settings.reviewResponseDays,
      reviews,
      overdueReviews: reviews.filter((r) => r.overdue).length,
      byFunction: groupByFunction(reviews),
      byReviewer: groupByReviewer(prepared.queues, (item) => inScope.has(item.initiativeId)),
      unassigned: reviews.filter((r) => r.reason === 'awaiting' && r.reviewers.length === 0),
      overdueConditions: conditions,
      conditionsByOwner: groupByOwner(conditions),
    },
    risk: riskPanel(
      scoped(prepared.risks),
      settings.riskMatrix,
      (id) => prepared.initiativeById.get(id)?.title ?? '',
    ),
    readiness: readinessInPilot(initiatives),
    cost: costAtScale(initiatives, input.costRules ?? settings.costAlert ?? DEFAULT_COST_RULES),
  };
}

/**
 * The whole dashboard from the records: the single pure entry point (the
 * benchmark's scenario calls this). The screen calls `prepareDashboard` and
 * `aggregateDashboard` separately, so changing a filter skips the expensive part.
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  return aggregateDashboard(prepareDashboard(input), input);
}
