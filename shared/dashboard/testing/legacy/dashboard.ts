/**
 * The Dashboard from whole tables, as it was built before summaries (commit
 * d2f04f9): every table read whole, gates evaluated with `evaluateGate`,
 * risks with `riskStanding`, the funnel over the audit trail's stage changes.
 * Kept as the oracle of `summaryEquivalence.test.ts`. Test support only.
 */
import { projectCost } from '../../../domain/businessCase';
import { dateOnly } from '../../../domain/calendar';
import type { Initiative } from '../../../domain/initiative';
import { GAP_LABELS, GAPS, type GapReadiness } from '../../../domain/readiness';
import type { Risk } from '../../../risk/record';
import { riskStanding } from '../../../risk/standing';
import type { Dashboard, DashboardInput } from '../../buildDashboard';
import {
  DEFAULT_COST_RULES,
  type CostFlag,
  type CostFlagReason,
  type CostPanel,
  type CostRules,
} from '../../costAtScale';
import { EMPTY_DASHBOARD_FILTER, filterOptions, matchesFilter } from '../../filter';
import { evaluateGates, groupBy } from '../../gateState';
import type { ReadinessPanel } from '../../readiness';
import { riskPanel, type RiskFacts } from '../../riskSummary';
import { groupByFunction, groupByOwner, groupByReviewer } from '../../waitingOn';
import { stageFunnel } from './funnel';
import { stalledInitiatives } from './stalled';
import { overdueConditions, pendingReviews } from './waitingOn';

type RiskSettings = Parameters<typeof riskStanding>[1];

function riskFacts(risks: readonly Risk[], settings: RiskSettings, today: string): RiskFacts[] {
  return risks.map((risk) => {
    const standing = riskStanding(risk, settings, today);
    return {
      id: risk.id,
      initiativeId: risk.initiativeId,
      title: risk.title,
      category: risk.category,
      residual: risk.residual,
      inherent: risk.inherent,
      residualBand: standing.residualBand,
      reviewOverdue: standing.reviewOverdue,
      nextReviewOn: standing.nextReviewOn,
      acceptanceExpiresOn:
        standing.acceptanceExpiresInDays === null ? null : (risk.acceptance?.expiresOn ?? null),
      acceptanceExpiresInDays: standing.acceptanceExpiresInDays,
      untreated: standing.untreated,
    };
  });
}

function readinessInPilot(initiatives: readonly Initiative[]): ReadinessPanel {
  const gaps = GAPS.map((gap) => ({
    gap,
    label: GAP_LABELS[gap],
    ready: 0,
    inProgress: 0,
    notStarted: 0,
  }));
  let pilots = 0;
  for (const initiative of initiatives) {
    if (initiative.stage !== 'pilot') continue;
    pilots += 1;
    for (const tally of gaps) {
      const { status }: GapReadiness = initiative.readiness[tally.gap];
      if (status === 'ready') tally.ready += 1;
      else if (status === 'in-progress') tally.inProgress += 1;
      else tally.notStarted += 1;
    }
  }
  return { pilots, gaps };
}

function costAtScale(initiatives: readonly Initiative[], rules: CostRules): CostPanel {
  const flagged: CostFlag[] = [];
  let projected = 0;
  let withoutProjection = 0;
  for (const initiative of initiatives) {
    if (initiative.stage === 'retired') continue;
    const cost = initiative.businessCase.cost;
    const projection = projectCost(cost);
    if (projection.productionMonthly === null) {
      withoutProjection += 1;
      continue;
    }
    projected += 1;
    const reasons: CostFlagReason[] = [];
    if (projection.productionMonthly > rules.monthlyThreshold) reasons.push('threshold');
    if (projection.ratio !== null && projection.ratio >= rules.pocMultiple)
      reasons.push('multiple');
    if (reasons.length === 0) continue;
    flagged.push({
      initiativeId: initiative.id,
      title: initiative.title,
      stage: initiative.stage,
      currency: cost.currency,
      pocMonthly: projection.pocMonthly,
      productionMonthly: projection.productionMonthly,
      ratio: projection.ratio,
      reasons,
    });
  }
  flagged.sort(
    (a, b) =>
      (b.ratio ?? -1) - (a.ratio ?? -1) ||
      b.productionMonthly - a.productionMonthly ||
      a.title.localeCompare(b.title),
  );
  return { rules, flagged, projected, withoutProjection };
}

/** `buildDashboard` as it was: prepare over whole tables, then narrow and count. */
export function legacyDashboard(input: DashboardInput): Dashboard {
  const { now, settings } = input;
  const today = dateOnly(now);
  const names = new Map(input.members.map((m) => [m.id, m.name]));
  const memberName = (id: string) => names.get(id) ?? 'Unknown member';
  const initiativeById = new Map(input.initiatives.map((i) => [i.id, i]));
  const gatesByInitiative = evaluateGates({
    gates: input.gates,
    signoffs: input.signoffs,
    initiativeById,
    risksByInitiative: groupBy(input.risks, (r) => r.initiativeId),
    memberName,
    now,
    approvalValidityMonths: settings.approvalValidityMonths,
  });
  const evaluated = [...gatesByInitiative.values()].flat();
  const pending = pendingReviews({
    gates: evaluated,
    members: input.members,
    now,
    targetWorkingDays: settings.reviewResponseDays,
  });
  const allRisks = riskFacts(
    input.risks.filter((r) => initiativeById.has(r.initiativeId)),
    settings,
    today,
  );
  const allConditions = overdueConditions(evaluated, today, memberName);

  const filter = input.filter ?? EMPTY_DASHBOARD_FILTER;
  const initiatives = input.initiatives.filter((i) => matchesFilter(i, filter));
  const inScope = new Set(initiatives.map((i) => i.id));
  const scoped = <T extends { initiativeId: string }>(rows: readonly T[]) =>
    rows.filter((row) => inScope.has(row.initiativeId));
  const reviews = scoped(pending.reviews);
  const conditions = scoped(allConditions);
  return {
    filter,
    scope: { shown: initiatives.length, total: input.initiatives.length },
    options: filterOptions(input.initiatives, memberName),
    funnel: stageFunnel(initiatives, input.stageChanges, now),
    stalled: {
      stalledAfterDays: settings.stalledAfterDays,
      candidates: initiatives.filter((i) => i.stage === 'proof-of-concept' || i.stage === 'pilot')
        .length,
      items: stalledInitiatives(initiatives, gatesByInitiative, now, settings.stalledAfterDays),
    },
    waitingOn: {
      targetWorkingDays: settings.reviewResponseDays,
      reviews,
      overdueReviews: reviews.filter((r) => r.overdue).length,
      byFunction: groupByFunction(reviews),
      byReviewer: groupByReviewer(pending.queues, (item) => inScope.has(item.initiativeId)),
      unassigned: reviews.filter((r) => r.reason === 'awaiting' && r.reviewers.length === 0),
      overdueConditions: conditions,
      conditionsByOwner: groupByOwner(conditions),
    },
    risk: riskPanel(
      scoped(allRisks),
      settings.riskMatrix,
      (id) => initiativeById.get(id)?.title ?? '',
    ),
    readiness: readinessInPilot(initiatives),
    cost: costAtScale(initiatives, input.costRules ?? settings.costAlert ?? DEFAULT_COST_RULES),
  };
}
