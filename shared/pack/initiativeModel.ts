import { projectCost, UNIT_BASIS_LABELS } from '../domain/businessCase';
import { STAGE_LABELS, type Initiative } from '../domain/initiative';
import { RISK_CATEGORY_LABELS, TREATMENT_LABELS } from '../domain/risk';
import { GAPS, GAP_LABELS, READINESS_LABELS } from '../domain/readiness';
import { daysInStage } from '../domain/stalled';
import {
  ANNEX_III_DEROGATION_TEXTS,
  ANNEX_III_AREA_TEXTS,
  PROHIBITED_PRACTICE_TEXTS,
  TRANSPARENCY_TRIGGER_TEXTS,
} from '../euAiAct/questions';
import { AI_ACT_ROLE_LABELS, RISK_TIER_LABELS } from '../euAiAct/tier';
import { GATE_STATUS_LABELS } from '../gates/outcome';
import { currentSignoffs } from '../gates/outcome';
import { systemDescription } from './annexIv';
import { evidenceIndex } from './evidenceIndex';
import { auditTrailSection, initiativeEvents } from './auditTrail';
import { buildAppendix, buildMeta, packScope, type PackScope } from './common';
import { formatDays, formatMoney } from './format';
import { answeredItems, frameworkCoverage } from './frameworks';
import {
  conditionRows,
  evaluateInitiativeGates,
  gateRecordSection,
  overrideContentHash,
  type InitiativeGates,
} from './gateRecord';
import type { ClassificationSection, ExecutiveSummary, Field, InitiativePackModel } from './model';
import {
  byResidual,
  ratingText,
  rateRisks,
  riskRegisterSection,
  type RatedRisk,
} from './riskRegister';
import { INITIATIVE_SECTIONS, INITIATIVE_SECTION_TITLES } from './sections';
import type { PackSource } from './source';
import type { InitiativePackRequest, PackSpec } from './spec';

export class PackInputError extends Error {
  override name = 'PackInputError';
}

function executiveSummary(
  scope: PackScope,
  initiative: Initiative,
  gates: InitiativeGates,
  rated: readonly RatedRisk[],
): ExecutiveSummary {
  const days = daysInStage(initiative.stageEnteredAt, scope.now);
  const classification = initiative.classification;
  const matrix = scope.source.workspace.settings.riskMatrix;
  const facts: Field[] = [
    { label: 'Stage', value: STAGE_LABELS[initiative.stage] },
    {
      label: 'Time in stage',
      value: `${formatDays(days)}, since ${scope.instant(initiative.stageEnteredAt)}`,
    },
    {
      label: 'EU AI Act tier',
      value: classification
        ? `${RISK_TIER_LABELS[classification.tier]} (as ${AI_ACT_ROLE_LABELS[classification.answers.role].toLowerCase()})${classification.needsReview ? '. NEEDS REVIEW: a material field changed after classification, so the questionnaire must be answered again.' : ''}`
        : 'Not classified',
    },
    { label: 'Business unit', value: initiative.businessUnit },
    { label: 'Owner', value: scope.memberName(initiative.ownerId) },
    { label: 'Sponsor', value: initiative.sponsor || 'Not recorded' },
  ];

  const gateRows = gates.evaluations.map((e) => ({
    gate: e.gate.template.name,
    status: GATE_STATUS_LABELS[e.outcome.status],
    explanation: e.outcome.explanation.join(' '),
  }));
  const gateStatusText =
    gateRows.length === 0
      ? 'No gate review has been opened for this initiative.'
      : gateRows.map((g) => `${g.gate}: ${g.status.toLowerCase()}. ${g.explanation}`).join(' ');

  const conditions = gates.evaluations.flatMap((e) =>
    conditionRows(scope, e.gate.template.name, currentSignoffs(e.signoffs.map((v) => v.signoff))),
  );
  const openItems = conditions.filter((c) => c.status !== 'Closed');

  const top = [...rated].sort(byResidual).slice(0, 5);
  const readiness = GAPS.map((gap) => {
    const r = initiative.readiness[gap];
    return {
      gap: GAP_LABELS[gap],
      status: READINESS_LABELS[r.status],
      notes: r.notes || '—',
      owner: r.ownerId ? scope.memberName(r.ownerId) : 'No owner',
    };
  });
  const ready = GAPS.filter((gap) => initiative.readiness[gap].status === 'ready').length;

  const { cost } = initiative.businessCase;
  const projection = projectCost(cost);
  const money = (value: number | null) =>
    value === null ? 'Not recorded' : formatMoney(value, cost.currency);
  const costText =
    projection.ratio !== null
      ? `At production volume the system is projected to cost ${projection.ratio.toLocaleString('en-GB', { maximumFractionDigits: 1 })} times as much per month as the proof of concept does today.`
      : 'The cost at proof-of-concept volume or the projected production cost is not recorded, so the two cannot be compared.';

  return {
    facts,
    gates: gateRows,
    gateStatusText,
    conditions: {
      open: openItems.length,
      overdue: openItems.filter((c) => c.status === 'Overdue').length,
      openItems,
    },
    topRisks: top.map(({ risk, standing }) => ({
      title: risk.title,
      category: RISK_CATEGORY_LABELS[risk.category],
      residual: ratingText(matrix, risk.residual, standing.residualScore, standing.residualBand),
      treatment: TREATMENT_LABELS[risk.treatment],
    })),
    riskCount: rated.length,
    readiness,
    readinessText: `${String(ready)} of the ${String(GAPS.length)} gaps between proof of concept and production are ready.`,
    cost: {
      facts: [
        { label: 'Monthly cost at proof-of-concept volume', value: money(projection.pocMonthly) },
        {
          label: 'Unit cost at production',
          value:
            cost.unitCost === null
              ? 'Not recorded'
              : `${formatMoney(cost.unitCost, cost.currency)} ${UNIT_BASIS_LABELS[cost.unitBasis]}`,
        },
        {
          label: 'Production volume per month',
          value:
            cost.productionMonthlyVolume === null
              ? 'Not recorded'
              : cost.productionMonthlyVolume.toLocaleString('en-GB'),
        },
        {
          label: 'Projected monthly cost at production volume',
          value: money(projection.productionMonthly),
        },
      ],
      text: costText,
    },
    kpis: initiative.businessCase.kpis.map((k) => {
      const n = (v: number | null) =>
        v === null ? 'Not recorded' : `${v.toLocaleString('en-GB')}${k.unit ? ` ${k.unit}` : ''}`;
      return {
        name: k.name,
        kind: k.kind === 'business' ? 'Business' : 'Model',
        baseline: n(k.baseline),
        target: n(k.target),
        current: n(k.current),
      };
    }),
  };
}

function classificationSection(scope: PackScope, initiative: Initiative): ClassificationSection {
  const c = initiative.classification;
  if (!c) {
    return {
      classified: false,
      statement:
        'This initiative has not been classified under the EU AI Act: no questionnaire answers, tier or articles are recorded.',
      facts: [],
      answers: [],
      articles: [],
      reasons: [],
    };
  }
  const list = (values: readonly string[], none: string) =>
    values.length === 0 ? none : values.join('; ');
  const a = c.answers;
  return {
    classified: true,
    statement: c.needsReview
      ? `Classified as ${RISK_TIER_LABELS[c.tier]}. NEEDS REVIEW: a material field changed after this classification, so the questionnaire must be answered again; the answers below are those recorded at the time.`
      : `Classified as ${RISK_TIER_LABELS[c.tier]} from the answers below.`,
    facts: [
      { label: 'Risk tier', value: RISK_TIER_LABELS[c.tier] },
      { label: 'Organisation’s role', value: AI_ACT_ROLE_LABELS[a.role] },
      {
        label: 'Classified',
        value: `${scope.instant(c.classifiedAt)} by ${scope.memberName(c.classifiedBy)}`,
      },
      { label: 'Needs review', value: c.needsReview ? 'Yes' : 'No' },
    ],
    answers: [
      { label: 'Role (Art. 3)', value: AI_ACT_ROLE_LABELS[a.role] },
      {
        label: 'Prohibited practices (Art. 5)',
        value: list(
          a.prohibitedPractices.map((p) => PROHIBITED_PRACTICE_TEXTS[p].label),
          'None',
        ),
      },
      {
        label: 'Annex I product needing third-party assessment (Art. 6(1))',
        value: a.annexIProduct ? 'Yes' : 'No',
      },
      {
        label: 'Annex III areas (Art. 6(2))',
        value: list(
          a.annexIIIAreas.map((x) => ANNEX_III_AREA_TEXTS[x].label),
          'None',
        ),
      },
      {
        label: 'Art. 6(3) exception',
        value: ANNEX_III_DEROGATION_TEXTS[a.annexIIIDerogation].label,
      },
      { label: 'Profiles people', value: a.profiling ? 'Yes' : 'No' },
      {
        label: 'Transparency (Art. 50)',
        value: list(
          a.transparency.map((t) => TRANSPARENCY_TRIGGER_TEXTS[t].label),
          'None',
        ),
      },
    ],
    articles: c.articles,
    reasons: c.reasons,
  };
}

/** Builds the initiative pack's model. Pure: the same source and spec always give the same model. */
export function buildInitiativePackModel(source: PackSource, spec: PackSpec): InitiativePackModel {
  if (spec.request.kind !== 'initiative')
    throw new PackInputError('This is not an initiative pack.');
  const request: InitiativePackRequest = spec.request;
  const initiative = source.initiatives.find((i) => i.id === request.initiativeId);
  if (!initiative) throw new PackInputError('That initiative does not exist in this workspace.');
  const scope = packScope(source, spec);
  const included = new Set(request.sections);
  const risks = source.risks.filter((r) => r.initiativeId === initiative.id);
  const rated = rateRisks(scope, risks);
  const gates = evaluateInitiativeGates(scope, initiative, risks);
  const items = answeredItems(gates.evaluations);
  const events = initiativeEvents(scope, initiative.id);

  const meta = buildMeta(scope, {
    kind: 'initiative',
    title: 'Compliance documentation pack',
    subject: initiative.title,
    initiative: { id: initiative.id, title: initiative.title },
    sections: INITIATIVE_SECTIONS.map((id) => ({
      id,
      title: INITIATIVE_SECTION_TITLES[id],
      included: included.has(id),
    })),
  });

  let appendix = null;
  if (included.has('appendix')) {
    const signerIds = new Set<string>();
    const counts = new Map<string, number>();
    const signed = (id: string) => {
      signerIds.add(id);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    };
    const hashes: Field[] = [];
    for (const e of gates.evaluations) {
      for (const v of e.signoffs) signed(v.signoff.signature.signerId);
      const override = e.gate.override;
      if (override) {
        signed(override.signature.signerId);
        hashes.push({
          label: `Override of “${e.gate.template.name}”: signed content hash`,
          value: overrideContentHash(e) ?? '',
        });
      }
    }
    for (const { risk } of rated) if (risk.acceptance) signed(risk.acceptance.signature.signerId);
    appendix = buildAppendix(scope, {
      kind: 'initiative',
      signerIds,
      signedCounts: counts,
      hashes: [
        {
          label: 'Audit chain head',
          value: meta.chain.head
            ? `#${String(meta.chain.head.seq)} ${meta.chain.head.hash}`
            : 'No events',
        },
        ...hashes,
      ],
    });
  }

  return {
    meta,
    summary: included.has('executive-summary')
      ? executiveSummary(scope, initiative, gates, rated)
      : null,
    system: included.has('system-description')
      ? systemDescription(scope, initiative, rated, items, events)
      : null,
    classification: included.has('classification')
      ? classificationSection(scope, initiative)
      : null,
    gates: included.has('gates') ? gateRecordSection(scope, gates) : null,
    risks: included.has('risks') ? riskRegisterSection(scope, rated) : null,
    frameworks: included.has('frameworks') ? frameworkCoverage(items) : null,
    evidence: included.has('evidence') ? evidenceIndex(scope, initiative, gates) : null,
    audit: included.has('audit-trail')
      ? auditTrailSection(scope, events, { from: request.auditFrom, to: request.auditTo })
      : null,
    appendix,
  };
}
