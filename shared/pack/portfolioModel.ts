import { dateOnly } from '../domain/calendar';
import { STAGE_LABELS, type Initiative } from '../domain/initiative';
import { daysInStage } from '../domain/stalled';
import {
  aggregateDashboard,
  prepareDashboard,
  type Dashboard,
  type PreparedDashboard,
} from '../dashboard/buildDashboard';
import type { CostFlagReason } from '../dashboard/costAtScale';
import { matchesFilter } from '../dashboard/filter';
import { groupBy } from '../dashboard/gateState';
import { ACCEPTANCE_EXPIRY_WINDOW_DAYS } from '../dashboard/riskSummary';
import type { Group } from '../dashboard/waitingOn';
import { RISK_TIER_LABELS } from '../euAiAct/tier';
import { conditionsOf } from '../gates/conditions';
import type { Gate } from '../gates/gate';
import { GATE_STATUS_LABELS, currentSignoffs } from '../gates/outcome';
import type { QueueReason } from '../gates/reviewQueue';
import { BAND_LABELS } from '../risk/matrix';
import { buildAppendix, buildMeta, packScope, type PackScope } from './common';
import { counted, formatDays, formatMoney, formatPercent } from './format';
import { PackInputError } from './initiativeModel';
import type { PortfolioFilterText, PortfolioPackModel, WaitingGroupRow } from './model';
import { portfolioFilterOptions, portfolioFilterText } from './portfolioFilter';
import { heatMapModel } from './riskRegister';
import { PORTFOLIO_SECTIONS, PORTFOLIO_SECTION_TITLES, type PortfolioSection } from './sections';
import type { PackSource } from './source';
import type { PackSpec } from './spec';

/** Why a review waits, from the portfolio's side, as the Dashboard says it. */
const PENDING_REASON_LABELS: Record<QueueReason, string> = {
  awaiting: 'Awaiting review',
  stale: 'Changed since signed',
  expired: 'Approval expired',
};

const COST_REASON_LABELS: Record<CostFlagReason, string> = {
  threshold: 'Above the threshold',
  multiple: 'Multiple of POC cost',
};

/** Everything the sections are drawn from: the Dashboard over the pack's initiatives, at generation time. */
interface Portfolio {
  scope: PackScope;
  /** "Today" as the Dashboard counts it (overdue conditions and risk reviews): the UTC date. */
  asOf: string;
  prepared: PreparedDashboard;
  dashboard: Dashboard;
  /** The initiatives in the pack, by title. */
  covered: Initiative[];
  inScope: ReadonlySet<string>;
  gatesByInitiative: ReadonlyMap<string, Gate[]>;
}

/** The initiatives a request names, each once, in the order given; all of them for null. */
function requested(source: PackSource, initiativeIds: readonly string[] | null): Initiative[] {
  if (initiativeIds === null) return [...source.initiatives];
  const byId = new Map(source.initiatives.map((i) => [i.id, i]));
  return [...new Set(initiativeIds)].map((id) => {
    const found = byId.get(id);
    if (!found) throw new PackInputError(`The initiative ${id} does not exist in this workspace.`);
    return found;
  });
}

function groupRows<T>(groups: readonly Group<T>[]): WaitingGroupRow[] {
  return groups.map((g) => ({
    label: g.label,
    count: g.count,
    pastTarget: g.overdue,
    oldest: g.oldest,
  }));
}

function scopeText(
  source: PackSource,
  chosen: number | null,
  covered: number,
  filter: PortfolioFilterText,
): string {
  const total = String(source.initiatives.length);
  const filtered = filter.active ? `, filtered to ${filter.text}` : '';
  if (chosen === null) {
    return filter.active
      ? `${counted(covered, 'initiative')} of the ${total} in the workspace${filtered}`
      : `all ${counted(covered, 'initiative')} in the workspace`;
  }
  return filter.active
    ? `${String(covered)} of ${counted(chosen, 'chosen initiative')} of the ${total} in the workspace${filtered}`
    : `${counted(chosen, 'chosen initiative')} of the ${total} in the workspace`;
}

function inventorySection(p: Portfolio, statement: string): PortfolioPackModel['inventory'] {
  const { scope, prepared, asOf } = p;
  const risksBy = groupBy(
    prepared.risks.filter((r) => p.inScope.has(r.initiativeId)),
    (r) => r.initiativeId,
  );
  return {
    statement,
    rows: p.covered.map((initiative) => {
      const evaluated = prepared.gatesByInitiative.get(initiative.id) ?? [];
      const open = evaluated.flatMap(({ evaluation }) =>
        conditionsOf(currentSignoffs(evaluation.signoffs.map((v) => v.signoff)), asOf).filter(
          (c) => c.closure === null,
        ),
      );
      const overdue = open.filter((c) => c.overdue).length;
      const risks = risksBy.get(initiative.id) ?? [];
      const high = risks.filter(
        (r) => r.residualBand === 'high' || r.residualBand === 'critical',
      ).length;
      const latest = p.gatesByInitiative.get(initiative.id)?.at(-1);
      const latestEvaluation = evaluated.find((e) => e.evaluation.gate.id === latest?.id);
      return {
        title: initiative.title,
        businessUnit: initiative.businessUnit,
        owner: scope.memberName(initiative.ownerId),
        stage: STAGE_LABELS[initiative.stage],
        timeInStage: formatDays(daysInStage(initiative.stageEnteredAt, scope.now)),
        tier: initiative.classification
          ? `${RISK_TIER_LABELS[initiative.classification.tier]}${initiative.classification.needsReview ? ' (needs review)' : ''}`
          : 'Not classified',
        gateStatus: !latest
          ? 'No gate review'
          : `${latest.template.name}: ${
              latest.withdrawal !== null || !latestEvaluation
                ? GATE_STATUS_LABELS.withdrawn
                : GATE_STATUS_LABELS[latestEvaluation.evaluation.outcome.status]
            }`,
        risks:
          risks.length === 0
            ? 'None recorded'
            : `${String(risks.length)} (${String(high)} high or critical after treatment)`,
        openConditions:
          open.length === 0
            ? 'None'
            : `${String(open.length)}${overdue > 0 ? ` (${String(overdue)} overdue)` : ''}`,
        overdueConditions: overdue,
      };
    }),
  };
}

function funnelSection(p: Portfolio): PortfolioPackModel['funnel'] {
  const { funnel } = p.dashboard;
  const production = funnel.steps.find((s) => s.stage === 'production');
  return {
    statement:
      funnel.total === 0
        ? 'No initiative is covered, so the funnel is empty.'
        : `${counted(funnel.total, 'initiative')} covered; ${String(production?.reached ?? 0)} reached production.`,
    note: 'Reached counts every initiative that got at least that far, including those now further on or retired (retired sits beside the funnel). Went on is the share of those that reached the next stage. Time spent is the median of completed stays in the stage, from the stage-change history in the audit trail; time so far is the median of the initiatives in the stage now.',
    total: funnel.total,
    rows: funnel.steps.map((step) => ({
      stage: step.label,
      current: step.current,
      reached: step.reached,
      conversion: !step.conversion
        ? '–'
        : step.conversion.rate === null
          ? `– (none reached ${STAGE_LABELS[step.stage]})`
          : `${formatPercent(step.conversion.rate * 100)} (${String(step.conversion.reached)}) to ${STAGE_LABELS[step.conversion.toStage]}`,
      conversionRate: step.conversion?.rate ?? null,
      medianSpent:
        step.completedStays === 0 || step.medianDaysSpent === null
          ? 'No completed stay'
          : `${formatDays(Math.floor(step.medianDaysSpent))}, over ${counted(step.completedStays, 'completed stay')}`,
      completedStays: step.completedStays,
      medianSoFar:
        step.medianDaysSoFar === null
          ? 'None in this stage now'
          : formatDays(Math.floor(step.medianDaysSoFar)),
    })),
  };
}

function stalledSection(p: Portfolio): PortfolioPackModel['stalled'] {
  const { scope, prepared } = p;
  const { stalled } = p.dashboard;
  const threshold = counted(stalled.stalledAfterDays, 'day');
  return {
    statement:
      stalled.candidates === 0
        ? 'No initiative covered is in proof of concept or pilot, so none can have stalled.'
        : stalled.items.length === 0
          ? `None of the ${counted(stalled.candidates, 'initiative')} in proof of concept or pilot has been in its stage more than ${threshold} (the workspace’s threshold).`
          : `${String(stalled.items.length)} of the ${counted(stalled.candidates, 'initiative')} in proof of concept or pilot ${stalled.items.length === 1 ? 'has' : 'have'} been in the stage more than ${threshold} (the workspace’s threshold), longest first, each with its least-ready gap and what its next gate waits on.`,
    stalledAfterDays: stalled.stalledAfterDays,
    candidates: stalled.candidates,
    rows: stalled.items.map((item) => {
      const entered = prepared.initiativeById.get(item.initiativeId)?.stageEnteredAt;
      return {
        title: item.title,
        stage: STAGE_LABELS[item.stage],
        since: entered ? scope.instant(entered) : '',
        days: formatDays(item.daysInStage),
        daysInStage: item.daysInStage,
        owner: scope.memberName(item.ownerId),
        leastReadyGap: item.leastReadyGap
          ? `${item.leastReadyGap.label}: ${item.leastReadyGap.statusLabel.toLowerCase()}${item.gapsOpen > 1 ? ` (${String(item.gapsOpen)} gaps open)` : ''}`
          : 'All six gaps ready',
        gate: item.gate.gateName ?? 'None open',
        gateStatus: item.gate.statusLabel,
        blocking: item.gate.blocking,
      };
    }),
  };
}

function waitingOnSection(p: Portfolio): PortfolioPackModel['waitingOn'] {
  const { waitingOn } = p.dashboard;
  const target = waitingOn.targetWorkingDays;
  const conditions = waitingOn.overdueConditions;
  return {
    statement:
      waitingOn.reviews.length === 0
        ? `No review is waiting, as of ${p.asOf}.`
        : `${counted(waitingOn.reviews.length, 'review')} pending, ${String(waitingOn.overdueReviews)} past the workspace’s response target of ${counted(target, 'working day')}, as of ${p.asOf}. A function is awaited on an open gate until its quorum of fresh approvals is reached, unless a reviewer in it asked for changes or rejected (then it waits on the initiative’s team); a stale or expired approval is awaited from the reviewer who gave it.`,
    targetWorkingDays: target,
    overdueReviews: waitingOn.overdueReviews,
    byFunction: groupRows(waitingOn.byFunction),
    byReviewer: groupRows(waitingOn.byReviewer),
    unassigned:
      waitingOn.unassigned.length === 0
        ? null
        : `${counted(waitingOn.unassigned.length, 'review')} cannot be given by anyone: no active member holds the role, or segregation of duties rules them all out.`,
    reviews: waitingOn.reviews.map((review) => ({
      initiative: review.initiativeTitle,
      gate: review.gateName,
      function:
        review.outstanding > 1
          ? `${review.functionLabel} (${String(review.outstanding)} approvals)`
          : review.functionLabel,
      why: PENDING_REASON_LABELS[review.reason],
      waitingOn:
        review.reviewers.length === 0
          ? 'Nobody eligible'
          : review.reviewers.map((r) => r.name).join(', '),
      age: `${String(review.ageWorkingDays)} of ${counted(review.targetWorkingDays, 'working day')}`,
      overdue: review.overdue,
    })),
    conditionsStatement:
      conditions.length === 0
        ? `No sign-off condition is overdue, as of ${p.asOf}.`
        : `${counted(conditions.length, 'sign-off condition')} past ${conditions.length === 1 ? 'its' : 'their'} due date and not closed, as of ${p.asOf}, most overdue first.`,
    conditionsByOwner: groupRows(waitingOn.conditionsByOwner),
    conditions: conditions.map((c) => ({
      initiative: c.initiativeTitle,
      gate: c.gateName,
      condition: c.text,
      owner: c.ownerName,
      dueOn: c.dueOn,
      daysOverdue: c.daysOverdue,
    })),
  };
}

function riskSection(p: Portfolio): PortfolioPackModel['riskSummary'] {
  const { scope } = p;
  const { risk } = p.dashboard;
  const riskById = new Map(scope.source.risks.map((r) => [r.id, r]));
  const overdue = p.prepared.risks
    .filter((r) => r.reviewOverdue && p.inScope.has(r.initiativeId))
    .sort(
      (a, b) =>
        (a.nextReviewOn ?? '').localeCompare(b.nextReviewOn ?? '') ||
        a.title.localeCompare(b.title, 'en'),
    );
  const expiring = risk.expiringAcceptances.length;
  return {
    statement:
      risk.total === 0
        ? 'No risk is recorded for the initiatives covered.'
        : `${counted(risk.total, 'risk')} recorded for the initiatives covered, rated after treatment (residual) on the workspace’s matrix; ${counted(risk.reviewsOverdue, 'review')} overdue; ${counted(expiring, 'acceptance')} expiring in the next ${String(ACCEPTANCE_EXPIRY_WINDOW_DAYS)} days; ${String(risk.untreated)} high or critical with nothing treating ${risk.untreated === 1 ? 'it' : 'them'}.`,
    total: risk.total,
    heatMap: heatMapModel('Residual risk heat map', risk.heatMapTable),
    byBand: [
      ...risk.byBand.map((b) => ({ band: b.band, label: b.label, count: b.count })),
      ...(risk.unrated > 0
        ? [{ band: null, label: 'Outside the matrix', count: risk.unrated }]
        : []),
    ],
    byCategory: risk.byCategory.map((c) => ({ category: c.label, count: c.count })),
    untreated: risk.untreated,
    reviewsOverdue: risk.reviewsOverdue,
    overdueReviews: overdue.map((r) => {
      const ownerId = riskById.get(r.id)?.ownerId;
      return {
        initiative: p.prepared.initiativeById.get(r.initiativeId)?.title ?? '',
        risk: r.title,
        band: r.residualBand ? BAND_LABELS[r.residualBand] : 'Outside the matrix',
        due: r.nextReviewOn ?? '',
        owner: ownerId ? scope.memberName(ownerId) : '',
      };
    }),
    expiringWithinDays: ACCEPTANCE_EXPIRY_WINDOW_DAYS,
    expiringAcceptances: risk.expiringAcceptances.map((a) => ({
      risk: a.title,
      initiative: a.initiativeTitle,
      expiresOn: a.expiresOn,
      inDays: a.inDays,
    })),
  };
}

function readinessSection(p: Portfolio): PortfolioPackModel['readiness'] {
  const { readiness } = p.dashboard;
  const allReady = readiness.gaps.filter((g) => g.ready === readiness.pilots).length;
  return {
    statement:
      readiness.pilots === 0
        ? 'No initiative covered is in pilot.'
        : `${counted(readiness.pilots, 'initiative')} in pilot; ${String(allReady)} of the six gaps ready in all of them. Pilot is where the gaps must close before going live.`,
    pilots: readiness.pilots,
    gaps: readiness.gaps.map((g) => ({
      gap: g.label,
      ready: g.ready,
      inProgress: g.inProgress,
      notStarted: g.notStarted,
    })),
  };
}

function costSection(p: Portfolio): PortfolioPackModel['costAtScale'] {
  const { cost } = p.dashboard;
  const { rules } = cost;
  const threshold = rules.monthlyThreshold.toLocaleString('en-GB');
  const without =
    cost.withoutProjection > 0
      ? ` ${counted(cost.withoutProjection, 'initiative has', 'initiatives have')} no projection yet (no unit cost or no production volume).`
      : '';
  return {
    statement:
      cost.flagged.length === 0
        ? `No projected cost is flagged among the ${counted(cost.projected, 'initiative')} with a cost projection.${without}`
        : `${String(cost.flagged.length)} of the ${counted(cost.projected, 'initiative')} with a cost projection ${cost.flagged.length === 1 ? 'is' : 'are'} flagged, highest multiple first.${without}`,
    rules: [
      {
        label: 'Monthly threshold',
        value: `More than ${threshold} a month at production volume`,
      },
      {
        label: 'Multiple of the POC cost',
        value: `${String(rules.pocMultiple)}× the proof-of-concept monthly cost or more`,
      },
      {
        label: 'Basis',
        value:
          'The Dashboard’s defaults, not yet workspace settings. Amounts are compared in each initiative’s own currency: the app keeps no exchange rates. Retired initiatives are left out.',
      },
    ],
    projected: cost.projected,
    withoutProjection: cost.withoutProjection,
    rows: cost.flagged.map((flag) => ({
      title: flag.title,
      stage: STAGE_LABELS[flag.stage],
      pocMonthly:
        flag.pocMonthly === null ? 'Not recorded' : formatMoney(flag.pocMonthly, flag.currency),
      productionMonthly: formatMoney(flag.productionMonthly, flag.currency),
      multiple:
        flag.ratio === null
          ? '–'
          : `${flag.ratio.toLocaleString('en-GB', { maximumFractionDigits: 1 })}×`,
      reasons: flag.reasons.map((r) => COST_REASON_LABELS[r]).join('; '),
    })),
  };
}

function gateStatusSection(p: Portfolio): PortfolioPackModel['gateStatus'] {
  const { scope, prepared } = p;
  const rows = p.covered.flatMap((initiative) => {
    const evaluated = new Map(
      (prepared.gatesByInitiative.get(initiative.id) ?? []).map((e) => [
        e.evaluation.gate.id,
        e.evaluation,
      ]),
    );
    return (p.gatesByInitiative.get(initiative.id) ?? []).map((gate) => {
      const evaluation = evaluated.get(gate.id);
      if (gate.withdrawal !== null || !evaluation) {
        const w = gate.withdrawal;
        return {
          initiative: initiative.title,
          gate: gate.template.name,
          status: GATE_STATUS_LABELS.withdrawn,
          explanation: w
            ? `Withdrawn by ${scope.memberName(w.by)} on ${scope.instant(w.at)}: ${w.reason}`
            : 'Withdrawn.',
        };
      }
      return {
        initiative: initiative.title,
        gate: gate.template.name,
        status: GATE_STATUS_LABELS[evaluation.outcome.status],
        explanation: evaluation.outcome.explanation.join(' '),
      };
    });
  });
  return {
    statement:
      rows.length === 0
        ? 'No gate review has been opened for any initiative covered.'
        : `${counted(rows.length, 'gate review')} across the initiatives covered, oldest first for each; initiatives without a gate review are not listed. Overrides by an administrator and withdrawn reviews are shown as such.`,
    rows,
  };
}

function appendixSection(p: Portfolio): PortfolioPackModel['appendix'] {
  const { scope } = p;
  const { source, spec } = scope;
  const signerIds = new Set<string>();
  const counts = new Map<string, number>();
  const signed = (id: string) => {
    signerIds.add(id);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const s of source.signoffs) if (p.inScope.has(s.initiativeId)) signed(s.signature.signerId);
  for (const g of source.gates)
    if (g.override && p.inScope.has(g.initiativeId)) signed(g.override.signature.signerId);
  for (const r of source.risks)
    if (r.acceptance && p.inScope.has(r.initiativeId)) signed(r.acceptance.signature.signerId);
  const head = source.head;
  const options =
    spec.request.kind === 'portfolio' ? portfolioFilterOptions(spec.request.filter) : '';
  return buildAppendix(scope, {
    kind: 'portfolio',
    signerIds,
    signedCounts: counts,
    hashes: [
      {
        label: 'Audit chain head',
        value: head ? `#${String(head.seq)} ${head.hash}` : 'No events',
      },
    ],
    ...(options ? { portfolioOptions: options } : {}),
  });
}

/**
 * Builds the portfolio pack's model over all or chosen initiatives, narrowed
 * by the Dashboard's filters. Pure, like the initiative pack. Its panels are
 * the Dashboard's own (`prepareDashboard` + `aggregateDashboard` over the same
 * records at the generation time), so the pack and the screen cannot disagree.
 */
export function buildPortfolioPackModel(source: PackSource, spec: PackSpec): PortfolioPackModel {
  if (spec.request.kind !== 'portfolio') throw new PackInputError('This is not a portfolio pack.');
  const { initiativeIds, sections, filter } = spec.request;
  const base = requested(source, initiativeIds);
  const scope = packScope(source, spec);
  const prepared = prepareDashboard({
    now: scope.now,
    settings: source.workspace.settings,
    initiatives: base,
    risks: source.risks,
    gates: source.gates,
    signoffs: source.signoffs,
    members: source.members,
  });
  const dashboard = aggregateDashboard(prepared, { stageChanges: source.stageChanges, filter });
  const covered = base
    .filter((i) => matchesFilter(i, filter))
    .sort((a, b) => a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1));
  const inScope = new Set(covered.map((i) => i.id));
  const gatesByInitiative = groupBy(
    [...source.gates]
      .filter((g) => inScope.has(g.initiativeId))
      .sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : 0)),
    (g) => g.initiativeId,
  );
  const p: Portfolio = {
    scope,
    asOf: dateOnly(scope.now),
    prepared,
    dashboard,
    covered,
    inScope,
    gatesByInitiative,
  };
  const filterText = portfolioFilterText(filter, scope.memberName);
  const text = scopeText(
    source,
    initiativeIds === null ? null : base.length,
    covered.length,
    filterText,
  );
  const included = new Set<PortfolioSection>(sections);
  const meta = buildMeta(scope, {
    kind: 'portfolio',
    title: 'Portfolio compliance pack',
    subject: `${source.workspace.name}: ${text}`,
    initiative: null,
    sections: PORTFOLIO_SECTIONS.map((id) => ({
      id,
      title: PORTFOLIO_SECTION_TITLES[id],
      included: included.has(id),
    })),
    filter: filterText,
  });
  const when = <T>(section: PortfolioSection, build: () => T): T | null =>
    included.has(section) ? build() : null;
  return {
    meta,
    inventory: when('inventory', () =>
      inventorySection(
        p,
        covered.length === 0
          ? `No initiative is covered: ${filterText.active ? 'none matches the filters' : 'the workspace holds none'}.`
          : `This pack covers ${text}.`,
      ),
    ),
    funnel: when('funnel', () => funnelSection(p)),
    stalled: when('stalled', () => stalledSection(p)),
    waitingOn: when('waiting-on', () => waitingOnSection(p)),
    riskSummary: when('risk-summary', () => riskSection(p)),
    readiness: when('readiness', () => readinessSection(p)),
    costAtScale: when('cost-at-scale', () => costSection(p)),
    gateStatus: when('gate-status', () => gateStatusSection(p)),
    appendix: when('appendix', () => appendixSection(p)),
  };
}
