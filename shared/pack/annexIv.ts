import type { AuditEvent } from '../audit/auditEvent';
import { describeValue } from '../domain/describeValue';
import {
  AI_SYSTEM_TYPE_LABELS,
  DATA_CATEGORY_LABELS,
  HOSTING_LABELS,
  OVERSIGHT_LABELS,
  STAGE_LABELS,
  type Initiative,
} from '../domain/initiative';
import { materialChanges } from '../domain/materialFields';
import { GAP_LABELS, READINESS_LABELS, type Gap } from '../domain/readiness';
import { AI_ACT_ROLE_LABELS, RISK_TIER_LABELS } from '../euAiAct/tier';
import { BAND_LABELS, BANDS } from '../risk/matrix';
import type { PackScope } from './common';
import { counted } from './format';
import type { AnsweredItem } from './frameworks';
import type { AnnexIvPoint, Field, SystemDescription } from './model';
import type { RatedRisk } from './riskRegister';

const NOTHING = 'Nothing recorded';

function text(value: string): string {
  return value.trim() === '' ? NOTHING : value;
}

/** Checklist items citing any of these references, with their combined answers. */
function itemsCiting(items: readonly AnsweredItem[], refs: readonly string[]): Field[] {
  return items
    .filter((i) => i.refs.euAiAct.some((ref) => refs.includes(ref)))
    .map((i) => ({
      label: `Checklist (${i.gate}, ${i.function})`,
      value: `${i.item} — ${i.status === 'not-answered' ? 'not answered' : i.status.replace('-', ' ')}${i.outdated ? ' (stale)' : ''}`,
    }));
}

function readinessField(
  initiative: Initiative,
  gap: Gap,
  memberName: (id: string) => string,
): Field {
  const r = initiative.readiness[gap];
  const owner = r.ownerId ? `; owner ${memberName(r.ownerId)}` : '';
  return {
    label: `Readiness: ${GAP_LABELS[gap]}`,
    value: `${READINESS_LABELS[r.status]}${owner}${r.notes ? `. ${r.notes}` : ''}`,
  };
}

/** The initiative's lifecycle changes, from its audit trail: stage, material fields, classification. */
function lifecycleChanges(
  scope: PackScope,
  initiative: Initiative,
  events: readonly AuditEvent[],
): Field[] {
  const fields: Field[] = [];
  for (const event of events) {
    if (event.entity !== 'initiative' || event.entityId !== initiative.id) continue;
    const when = scope.instant(event.at);
    const who = scope.memberName(event.actor);
    const reason = event.reason ? ` Reason: ${event.reason}` : '';
    if (event.action === 'initiative.create') {
      fields.push({ label: when, value: `Registered by ${who}.` });
    } else if (event.action === 'initiative.changeStage') {
      const before = stageOf(event.before);
      const after = stageOf(event.after);
      fields.push({
        label: when,
        value: `Stage changed from ${before} to ${after} by ${who}.${reason}`,
      });
    } else if (
      event.action === 'initiative.update' &&
      isRecord(event.before) &&
      isRecord(event.after)
    ) {
      const changes = materialChanges(
        event.before as unknown as Initiative,
        event.after as unknown as Initiative,
      );
      if (changes.length === 0) continue;
      fields.push({
        label: when,
        value: `${changes.map((c) => `${c.label}: ${describeValue(c.before)} → ${describeValue(c.after)}`).join('; ')} (by ${who}).${reason}`,
      });
    } else if (event.action === 'initiative.classify' && isRecord(event.after)) {
      const classification = event.after.classification;
      const tier =
        isRecord(classification) && typeof classification.tier === 'string'
          ? ((RISK_TIER_LABELS as Record<string, string>)[classification.tier] ??
            classification.tier)
          : 'unknown';
      fields.push({
        label: when,
        value: `Classified under the EU AI Act as ${tier} by ${who}.${reason}`,
      });
    }
  }
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function stageOf(snapshot: unknown): string {
  if (!isRecord(snapshot) || typeof snapshot.stage !== 'string') return 'an unknown stage';
  return (STAGE_LABELS as Record<string, string>)[snapshot.stage] ?? snapshot.stage;
}

/**
 * The system description laid out along Annex IV points 1–9 (technical
 * documentation of high-risk AI systems): what the workspace holds for each
 * point, and, in plain words, what it does not.
 */
export function systemDescription(
  scope: PackScope,
  initiative: Initiative,
  rated: readonly RatedRisk[],
  items: readonly AnsweredItem[],
  events: readonly AuditEvent[],
): SystemDescription {
  const name = scope.memberName;
  const { aiSystem, classification, businessCase } = initiative;
  const tier = classification ? RISK_TIER_LABELS[classification.tier] : null;
  const points: AnnexIvPoint[] = [];

  points.push({
    point: 1,
    title: 'General description of the AI system',
    asks: 'Intended purpose, provider, version, how it interacts with other hardware and software, the forms in which it is placed on the market, the hardware it runs on, its user interface and instructions for use.',
    recorded: [
      { label: 'Title', value: initiative.title },
      { label: 'Summary', value: text(initiative.summary) },
      { label: 'Intended purpose', value: text(initiative.purpose) },
      { label: 'AI system type', value: AI_SYSTEM_TYPE_LABELS[initiative.aiSystemType] },
      { label: 'Model or product', value: text(aiSystem.model) },
      { label: 'Provider', value: text(aiSystem.provider) },
      { label: 'Version', value: text(aiSystem.version) },
      { label: 'Hosting', value: aiSystem.hosting ? HOSTING_LABELS[aiSystem.hosting] : NOTHING },
      {
        label: 'Integration points',
        value:
          initiative.integrationPoints.length === 0
            ? NOTHING
            : initiative.integrationPoints
                .map((p) => `${p.system} (${p.direction.replace('-', ' and ')})`)
                .join('; '),
      },
      { label: 'Business unit', value: initiative.businessUnit },
      { label: 'Owner', value: name(initiative.ownerId) },
      { label: 'Sponsor', value: text(initiative.sponsor) },
      { label: 'Lifecycle stage', value: STAGE_LABELS[initiative.stage] },
    ],
    notRecorded: [
      'Countersign does not record the hardware the system runs on, the forms in which it is placed on the market, its user interface or its instructions for use; none is held in this workspace.',
      ...(initiative.purpose.trim() === '' ? ['No intended purpose is recorded.'] : []),
      ...(aiSystem.provider.trim() === '' || aiSystem.version.trim() === ''
        ? ['The provider or version of the model is not recorded.']
        : []),
    ],
  });

  points.push({
    point: 2,
    title: 'Elements of the AI system and the process of its development',
    asks: 'Development methods, design specifications, system architecture, data requirements and datasheets, human oversight measures, pre-determined changes, validation and testing procedures, cybersecurity measures.',
    recorded: [
      {
        label: 'Data categories',
        value:
          initiative.dataCategories.length === 0
            ? NOTHING
            : initiative.dataCategories.map((c) => DATA_CATEGORY_LABELS[c]).join(', '),
      },
      {
        label: 'Human oversight',
        value: initiative.humanOversight ? OVERSIGHT_LABELS[initiative.humanOversight] : NOTHING,
      },
      readinessField(initiative, 'data-quality', name),
      readinessField(initiative, 'integration', name),
      ...itemsCiting(items, ['Annex IV(2)', 'Art. 10', 'Art. 10(5)', 'Art. 14', 'Art. 15']),
    ],
    notRecorded: [
      'Design specifications, the system architecture, training, validation and test data sheets and the development methods are not held in this workspace; where reviewers cited documents for them, the citations are listed with the checklist answers in the stage-gate record and the evidence index.',
    ],
  });

  const bandCounts = BANDS.map((band) => ({
    band,
    count: rated.filter((r) => r.standing.residualBand === band).length,
  }))
    .filter((b) => b.count > 0)
    .reverse()
    .map((b) => `${BAND_LABELS[b.band]}: ${String(b.count)}`)
    .join(', ');
  points.push({
    point: 3,
    title: 'Monitoring, functioning and control of the AI system',
    asks: 'Capabilities and limitations in performance, including accuracy for the persons or groups it is used on; foreseeable unintended outcomes and sources of risk; human oversight measures; specifications for input data.',
    recorded: [
      { label: 'People affected', value: text(initiative.peopleAffected) },
      {
        label: 'Human oversight',
        value: initiative.humanOversight ? OVERSIGHT_LABELS[initiative.humanOversight] : NOTHING,
      },
      {
        label: 'Risks by residual band',
        value: rated.length === 0 ? 'No risk recorded' : bandCounts,
      },
      readinessField(initiative, 'evaluation', name),
      ...itemsCiting(items, ['Art. 13', 'Art. 14', 'Art. 26(2)']),
    ],
    notRecorded: [
      'Measured accuracy for specific persons or groups and specifications of input data are not recorded as such in this workspace; the risk register (section on risks) lists the foreseeable sources of risk that have been identified.',
    ],
  });

  points.push({
    point: 4,
    title: 'Appropriateness of the performance metrics',
    asks: 'Why the performance metrics chosen suit this AI system.',
    recorded:
      businessCase.kpis.length === 0
        ? []
        : businessCase.kpis.map((k) => ({
            label: `${k.kind === 'business' ? 'Business' : 'Model'} metric: ${k.name}`,
            value: `Baseline ${describeNumber(k.baseline, k.unit)}, target ${describeNumber(k.target, k.unit)}, current ${describeNumber(k.current, k.unit)}`,
          })),
    notRecorded: [
      ...(businessCase.kpis.length === 0 ? ['No performance metric (KPI) is recorded.'] : []),
      ...(businessCase.kpis.length > 0 && !businessCase.kpis.some((k) => k.kind === 'business')
        ? [
            'Only model metrics are recorded: no business metric shows whether the system meets its purpose.',
          ]
        : []),
      'A written justification of why these metrics are appropriate is not recorded in this workspace.',
    ],
  });

  const controls = rated.reduce((n, r) => n + r.risk.controls.length, 0);
  const accepted = rated.filter((r) => r.risk.acceptance !== null).length;
  points.push({
    point: 5,
    title: 'The risk management system (Art. 9)',
    asks: 'A detailed description of the risk management system in accordance with Article 9.',
    recorded: [
      {
        label: 'Risk register',
        value:
          rated.length === 0
            ? 'No risk recorded'
            : `${counted(rated.length, 'risk')}, ${counted(controls, 'control')}, ${counted(accepted, 'signed acceptance')}: see the risk register section`,
      },
      {
        label: 'Method',
        value: `Each risk is rated for likelihood and impact on the workspace’s ${String(scope.source.workspace.settings.riskMatrix.size)} × ${String(scope.source.workspace.settings.riskMatrix.size)} matrix before (inherent) and after (residual) treatment; residual risk above the appetite (${BAND_LABELS[scope.source.workspace.settings.riskMatrix.appetite]}) needs controls or an acceptance signed by the role the workspace names; risks are reviewed on a cadence set by their residual band.`,
      },
      ...itemsCiting(items, ['Art. 9', 'Annex IV(5)']),
    ],
    notRecorded:
      rated.length === 0 ? ['No risk has been identified or recorded for this initiative.'] : [],
  });

  const changes = lifecycleChanges(scope, initiative, events);
  points.push({
    point: 6,
    title: 'Changes made through the lifecycle',
    asks: 'Relevant changes made by the provider to the system through its lifecycle.',
    recorded: changes,
    notRecorded:
      changes.length === 0
        ? [
            'No change to the initiative’s stage, material fields or classification is in the audit trail included in this pack.',
          ]
        : [
            'Changes are taken from the audit trail: stage changes, changes to material fields (with the reason given) and classifications. Changes to the system outside Countersign are not recorded here.',
          ],
  });

  const isoRefs = [...new Set(items.flatMap((i) => i.refs.iso42001))].sort();
  points.push({
    point: 7,
    title: 'Harmonised standards and other solutions applied',
    asks: 'The harmonised standards applied, or a description of the solutions adopted to meet the requirements of Chapter III, Section 2.',
    recorded: [
      {
        label: 'Frameworks the gate checklists map to',
        value:
          items.length === 0
            ? 'None: no gate review has been opened'
            : `ISO/IEC 42001:2023 Annex A (${isoRefs.length === 0 ? 'no control cited' : isoRefs.join(', ')}), NIST AI RMF 1.0, EU AI Act articles: see the framework coverage section`,
      },
    ],
    notRecorded: [
      'No harmonised standard is recorded as applied. ISO/IEC 42001 is a management-system standard, not a harmonised standard under the AI Act; it is listed only as the framework the checklists map to.',
    ],
  });

  const needsDeclaration =
    classification?.tier === 'high-risk' && classification.answers.role === 'provider';
  points.push({
    point: 8,
    title: 'EU declaration of conformity (Art. 47)',
    asks: 'A copy of the EU declaration of conformity.',
    recorded: [
      {
        label: 'EU AI Act tier',
        value: tier
          ? `${tier}${classification ? `, as ${AI_ACT_ROLE_LABELS[classification.answers.role].toLowerCase()}` : ''}`
          : 'Not classified',
      },
      ...itemsCiting(items, ['Art. 43', 'Art. 47', 'Art. 48']),
    ],
    notRecorded: [
      needsDeclaration
        ? 'No EU declaration of conformity is recorded in this workspace. As the provider of a high-risk system, the organisation must draw one up (Art. 47) before placing it on the market or putting it into service.'
        : 'No EU declaration of conformity is recorded in this workspace.',
    ],
  });

  points.push({
    point: 9,
    title: 'Post-market monitoring (Art. 72)',
    asks: 'The system in place to evaluate the AI system’s performance after it is placed on the market, including the post-market monitoring plan.',
    recorded: [
      readinessField(initiative, 'maintenance', name),
      readinessField(initiative, 'scale', name),
      ...itemsCiting(items, ['Art. 72', 'Annex IV(9)', 'Art. 73', 'Art. 26(5)']),
    ],
    notRecorded: ['No post-market monitoring plan is held in this workspace.'],
  });

  return {
    intro: `This section follows the nine points of Annex IV to the EU AI Act (technical documentation). ${
      tier
        ? `The initiative is classified as ${tier}; Annex IV documentation is required of providers of high-risk systems, and the structure is used here for every initiative so the same questions are answered the same way.`
        : 'The initiative is not classified under the EU AI Act yet.'
    } Each point shows what the workspace records and says plainly what it does not.`,
    points,
  };
}

function describeNumber(value: number | null, unit: string): string {
  if (value === null) return 'not recorded';
  return unit ? `${value.toLocaleString('en-GB')} ${unit}` : value.toLocaleString('en-GB');
}
