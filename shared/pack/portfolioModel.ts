import { STAGES, STAGE_LABELS, type Initiative } from '../domain/initiative';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS } from '../domain/risk';
import { daysInStage, isStalled } from '../domain/stalled';
import { RISK_TIER_LABELS } from '../euAiAct/tier';
import { GATE_STATUS_LABELS, currentSignoffs } from '../gates/outcome';
import { BAND_LABELS, BANDS } from '../risk/matrix';
import { buildAppendix, buildMeta, packScope, type PackScope } from './common';
import { counted, formatDays, formatPercent } from './format';
import { conditionRows, evaluateInitiativeGates, type InitiativeGates } from './gateRecord';
import { PackInputError } from './initiativeModel';
import type { PortfolioPackModel } from './model';
import { rateRisks, type RatedRisk } from './riskRegister';
import { PORTFOLIO_SECTIONS, PORTFOLIO_SECTION_TITLES } from './sections';
import type { PackSource } from './source';
import type { PackSpec } from './spec';

interface Covered {
  initiative: Initiative;
  gates: InitiativeGates;
  rated: RatedRisk[];
}

function cover(scope: PackScope, initiative: Initiative): Covered {
  const risks = scope.source.risks.filter((r) => r.initiativeId === initiative.id);
  return {
    initiative,
    gates: evaluateInitiativeGates(scope, initiative, risks),
    rated: rateRisks(scope, risks),
  };
}

function latestGateText(c: Covered): string {
  const latest = c.gates.evaluations.at(-1);
  return latest
    ? `${latest.gate.template.name}: ${GATE_STATUS_LABELS[latest.outcome.status]}`
    : 'No gate review';
}

/** Builds the portfolio pack's model over all or chosen initiatives. Pure, like the initiative pack. */
export function buildPortfolioPackModel(source: PackSource, spec: PackSpec): PortfolioPackModel {
  if (spec.request.kind !== 'portfolio') throw new PackInputError('This is not a portfolio pack.');
  const { initiativeIds, sections } = spec.request;
  const chosen =
    initiativeIds === null
      ? [...source.initiatives]
      : initiativeIds.map((id) => {
          const found = source.initiatives.find((i) => i.id === id);
          if (!found)
            throw new PackInputError(`The initiative ${id} does not exist in this workspace.`);
          return found;
        });
  chosen.sort((a, b) => a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1));
  const scope = packScope(source, spec);
  const included = new Set(sections);
  const covered = chosen.map((i) => cover(scope, i));
  const settings = source.workspace.settings;
  const scopeText =
    initiativeIds === null
      ? `all ${counted(chosen.length, 'initiative')} in the workspace`
      : `${counted(chosen.length, 'chosen initiative')} of the ${String(source.initiatives.length)} in the workspace`;

  const meta = buildMeta(scope, {
    kind: 'portfolio',
    title: 'Portfolio compliance pack',
    subject: `${source.workspace.name}: ${scopeText}`,
    initiative: null,
    sections: PORTFOLIO_SECTIONS.map((id) => ({
      id,
      title: PORTFOLIO_SECTION_TITLES[id],
      included: included.has(id),
    })),
  });

  const openConditions = (c: Covered) =>
    c.gates.evaluations
      .flatMap((e) =>
        conditionRows(
          scope,
          e.gate.template.name,
          currentSignoffs(e.signoffs.map((v) => v.signoff)),
        ).map((row) => ({ ...row, initiative: c.initiative.title })),
      )
      .filter((row) => row.status !== 'Closed');

  const inventory = included.has('inventory')
    ? {
        statement: `This pack covers ${scopeText}.`,
        rows: covered.map((c) => {
          const open = openConditions(c);
          const overdue = open.filter((row) => row.status === 'Overdue').length;
          const high = c.rated.filter(
            (r) => r.standing.residualBand === 'high' || r.standing.residualBand === 'critical',
          ).length;
          return {
            title: c.initiative.title,
            businessUnit: c.initiative.businessUnit,
            owner: scope.memberName(c.initiative.ownerId),
            stage: STAGE_LABELS[c.initiative.stage],
            timeInStage: formatDays(daysInStage(c.initiative.stageEnteredAt, scope.now)),
            tier: c.initiative.classification
              ? `${RISK_TIER_LABELS[c.initiative.classification.tier]}${c.initiative.classification.needsReview ? ' (needs review)' : ''}`
              : 'Not classified',
            gateStatus: latestGateText(c),
            risks:
              c.rated.length === 0
                ? 'None recorded'
                : `${String(c.rated.length)} (${String(high)} high or critical after treatment)`,
            openConditions:
              open.length === 0
                ? 'None'
                : `${String(open.length)}${overdue > 0 ? ` (${String(overdue)} overdue)` : ''}`,
          };
        }),
      }
    : null;

  const funnel = included.has('funnel')
    ? {
        statement: `Initiatives by lifecycle stage, of ${counted(chosen.length, 'initiative')} covered.`,
        stages: STAGES.map((stage) => {
          const count = chosen.filter((i) => i.stage === stage).length;
          return {
            stage: STAGE_LABELS[stage],
            count,
            share: chosen.length === 0 ? 'n/a' : formatPercent((count / chosen.length) * 100),
          };
        }),
      }
    : null;

  const stalledList = chosen.filter((i) => isStalled(i, scope.now, settings.stalledAfterDays));
  const stalled = included.has('stalled')
    ? {
        statement:
          stalledList.length === 0
            ? `No initiative has been in proof of concept or pilot for more than ${counted(settings.stalledAfterDays, 'day')} (the workspace’s threshold).`
            : `${counted(stalledList.length, 'initiative has', 'initiatives have')} been in proof of concept or pilot for more than ${counted(settings.stalledAfterDays, 'day')} (the workspace’s threshold).`,
        rows: stalledList
          .sort((a, b) => (a.stageEnteredAt < b.stageEnteredAt ? -1 : 1))
          .map((i) => ({
            title: i.title,
            stage: STAGE_LABELS[i.stage],
            since: scope.instant(i.stageEnteredAt),
            days: formatDays(daysInStage(i.stageEnteredAt, scope.now)),
            owner: scope.memberName(i.ownerId),
          })),
      }
    : null;

  const gateRows = covered.flatMap((c) =>
    c.gates.evaluations.map((e) => ({
      initiative: c.initiative.title,
      gate: e.gate.template.name,
      status: GATE_STATUS_LABELS[e.outcome.status],
      explanation: e.outcome.explanation.join(' '),
    })),
  );
  const gateStatus = included.has('gate-status')
    ? {
        statement:
          gateRows.length === 0
            ? 'No gate review has been opened for any initiative covered.'
            : `${counted(gateRows.length, 'gate review')} across the initiatives covered; initiatives without a gate review are not listed. Overrides by an administrator are shown as such.`,
        rows: gateRows,
      }
    : null;

  const allRated = covered.flatMap((c) => c.rated);
  const bandsHighFirst = [...BANDS].reverse();
  const riskSummary = included.has('risk-summary')
    ? (() => {
        const rows = RISK_CATEGORIES.map((category) => {
          const inCategory = allRated.filter((r) => r.risk.category === category);
          return {
            category: RISK_CATEGORY_LABELS[category],
            counts: bandsHighFirst.map(
              (band) => inCategory.filter((r) => r.standing.residualBand === band).length,
            ),
            total: inCategory.length,
          };
        }).filter((row) => row.total > 0);
        return {
          statement:
            allRated.length === 0
              ? 'No risk is recorded for the initiatives covered.'
              : `${counted(allRated.length, 'risk')} by category and residual band (after treatment), on the workspace’s matrix. Categories without risks are left out.`,
          bands: bandsHighFirst.map((band) => BAND_LABELS[band]),
          rows,
          totals: bandsHighFirst.map(
            (band) => allRated.filter((r) => r.standing.residualBand === band).length,
          ),
          total: allRated.length,
          untreated: allRated.filter((r) => r.standing.untreated).length,
        };
      })()
    : null;

  const overdue = included.has('overdue')
    ? (() => {
        const reviews = covered.flatMap((c) =>
          c.rated
            .filter((r) => r.standing.reviewOverdue)
            .map((r) => ({
              initiative: c.initiative.title,
              risk: r.risk.title,
              band: r.standing.residualBand
                ? BAND_LABELS[r.standing.residualBand]
                : 'Outside the matrix',
              due: r.standing.nextReviewOn ?? '',
              owner: scope.memberName(r.risk.ownerId),
            })),
        );
        const conditions = covered.flatMap((c) =>
          openConditions(c).filter((row) => row.status === 'Overdue'),
        );
        return {
          statement: `${counted(reviews.length, 'risk review')} and ${counted(conditions.length, 'sign-off condition')} overdue as of ${scope.today}.`,
          reviews: reviews.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)),
          conditions: conditions.sort((a, b) =>
            a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0,
          ),
        };
      })()
    : null;

  let appendix = null;
  if (included.has('appendix')) {
    const signerIds = new Set<string>();
    const counts = new Map<string, number>();
    const signed = (id: string) => {
      signerIds.add(id);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    };
    for (const c of covered) {
      for (const e of c.gates.evaluations) {
        for (const v of e.signoffs) signed(v.signoff.signature.signerId);
        if (e.gate.override) signed(e.gate.override.signature.signerId);
      }
      for (const { risk } of c.rated)
        if (risk.acceptance) signed(risk.acceptance.signature.signerId);
    }
    appendix = buildAppendix(scope, {
      kind: 'portfolio',
      signerIds,
      signedCounts: counts,
      hashes: [
        {
          label: 'Audit chain head',
          value: meta.chain.head
            ? `#${String(meta.chain.head.seq)} ${meta.chain.head.hash}`
            : 'No events',
        },
      ],
    });
  }

  return { meta, inventory, funnel, stalled, gateStatus, riskSummary, overdue, appendix };
}
