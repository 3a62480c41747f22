import { ACCEPTANCE_STATUS_LABELS } from '../risk/acceptance';
import { CONTROL_STATUS_LABELS, isControlOverdue } from '../risk/controls';
import { RISK_CATEGORY_LABELS, TREATMENT_LABELS, type Rating } from '../domain/risk';
import { heatMapCells, heatMapTable, type HeatMapTable } from '../risk/heatMap';
import { BAND_LABELS, bandRank, type RiskMatrix } from '../risk/matrix';
import type { Risk } from '../risk/record';
import { riskStanding, type RiskStanding } from '../risk/standing';
import { checkAcceptance } from './acceptanceCheck';
import { fingerprintText, manifestation, type PackScope } from './common';
import { counted } from './format';
import type { HeatMapModel, RiskRating, RiskRegisterSection, RiskRow } from './model';

export interface RatedRisk {
  risk: Risk;
  standing: RiskStanding;
}

export function rateRisks(scope: PackScope, risks: readonly Risk[]): RatedRisk[] {
  const settings = scope.source.workspace.settings;
  return risks.map((risk) => ({ risk, standing: riskStanding(risk, settings, scope.today) }));
}

export function ratingText(
  matrix: RiskMatrix,
  rating: Rating,
  score: number | null,
  band: RiskStanding['residualBand'],
): RiskRating {
  const axes = `likelihood ${String(rating.likelihood)} × impact ${String(rating.impact)}`;
  if (band === null || score === null) {
    return {
      text: `Outside the ${String(matrix.size)} × ${String(matrix.size)} matrix (${axes})`,
      band: null,
      score: null,
    };
  }
  return { text: `${BAND_LABELS[band]}, score ${String(score)} (${axes})`, band, score };
}

/** Highest residual first, then highest inherent, then by title: the order risks are reported in. */
export function byResidual(a: RatedRisk, b: RatedRisk): number {
  const rank = (r: RatedRisk) => (r.standing.residualBand ? bandRank(r.standing.residualBand) : -1);
  return (
    rank(b) - rank(a) ||
    (b.standing.residualScore ?? -1) - (a.standing.residualScore ?? -1) ||
    (b.standing.inherentScore ?? -1) - (a.standing.inherentScore ?? -1) ||
    a.risk.title.localeCompare(b.risk.title, 'en')
  );
}

/** A heat map's table as the pack shows it: a coloured table, each cell its count and band in words. */
export function heatMapModel(title: string, table: HeatMapTable): HeatMapModel {
  return {
    title,
    caption: table.caption,
    cornerHeader: `${table.cornerHeader} / impact`,
    columnHeaders: table.columnHeaders,
    rows: table.rows.map((row) => ({
      label: row.label,
      cells: row.cells.map((cell) => ({
        text: cell.text,
        band: cell.band,
        description: cell.description,
      })),
    })),
  };
}

function heatMap(
  matrix: RiskMatrix,
  risks: readonly Risk[],
  which: 'inherent' | 'residual',
): HeatMapModel {
  return heatMapModel(
    which === 'inherent' ? 'Inherent risk heat map' : 'Residual risk heat map',
    heatMapTable(matrix, heatMapCells(matrix, risks, which)),
  );
}

export function riskRegisterSection(
  scope: PackScope,
  rated: readonly RatedRisk[],
): RiskRegisterSection {
  const { settings } = scope.source.workspace;
  const matrix = settings.riskMatrix;
  const ordered = [...rated].sort(byResidual);
  const rows: RiskRow[] = ordered.map(({ risk, standing }) => {
    const inPlace = risk.controls.filter((c) => c.status === 'in-place').length;
    return {
      id: risk.id,
      title: risk.title,
      category: RISK_CATEGORY_LABELS[risk.category],
      owner: scope.memberName(risk.ownerId),
      inherent: ratingText(matrix, risk.inherent, standing.inherentScore, standing.inherentBand),
      residual: ratingText(matrix, risk.residual, standing.residualScore, standing.residualBand),
      treatment: TREATMENT_LABELS[risk.treatment],
      controls:
        risk.controls.length === 0
          ? 'None recorded'
          : `${String(inPlace)} of ${String(risk.controls.length)} in place`,
      nextReview: standing.nextReviewOn ?? 'Not scheduled (rating outside the matrix)',
      reviewOverdue: standing.reviewOverdue,
      acceptance: ACCEPTANCE_STATUS_LABELS[standing.acceptance],
      untreated: standing.untreated,
    };
  });
  const risks = ordered.map((r) => r.risk);
  const controls = ordered.flatMap(({ risk }) =>
    risk.controls.map((control) => ({
      risk: risk.title,
      description: control.description,
      owner: scope.memberName(control.ownerId),
      due: control.dueDate ?? 'No due date',
      status: CONTROL_STATUS_LABELS[control.status],
      overdue: isControlOverdue(control, scope.today),
    })),
  );
  const acceptances = ordered.flatMap(({ risk, standing }) => {
    const acceptance = risk.acceptance;
    if (!acceptance) return [];
    const signerId = acceptance.signature.signerId;
    const check = checkAcceptance(risk, scope.member(signerId));
    const signer = scope.memberName(signerId);
    return [
      {
        risk: risk.title,
        manifestation: manifestation(acceptance.signature),
        expiresOn: acceptance.expiresOn,
        status:
          standing.acceptance === 'not-needed'
            ? 'No longer needed (the residual rating or treatment changed)'
            : ACCEPTANCE_STATUS_LABELS[standing.acceptance],
        residualAccepted: `likelihood ${String(acceptance.residual.likelihood)} × impact ${String(acceptance.residual.impact)}`,
        keyFingerprint: fingerprintText(acceptance.signature.keyFingerprint),
        verification:
          check === null || check.ok
            ? {
                ok: true,
                text: `Verified: the signature matches the risk’s title, accepted rating, treatment and expiry and ${signer}’s key in use at the time.`,
              }
            : { ok: false, text: `NOT VERIFIED: ${check.message}` },
      },
    ];
  });
  const aboveAppetite = rows.filter(
    (r) => r.residual.band !== null && bandRank(r.residual.band) > bandRank(matrix.appetite),
  ).length;
  const untreated = rows.filter((r) => r.untreated).length;
  const overdue = rows.filter((r) => r.reviewOverdue).length;
  return {
    statement:
      rows.length === 0
        ? 'No risk is recorded for this initiative.'
        : `${counted(rows.length, 'risk')} recorded; ${counted(aboveAppetite, 'risk')} above the workspace’s appetite (${BAND_LABELS[matrix.appetite]}) after treatment; ${counted(untreated, 'high or critical risk')} not yet treated; ${counted(overdue, 'review')} overdue.`,
    matrix: [
      {
        label: 'Matrix',
        value: `${String(matrix.size)} × ${String(matrix.size)}, likelihood × impact`,
      },
      { label: 'Likelihood levels (1 upwards)', value: matrix.likelihoodLevels.join(', ') },
      { label: 'Impact levels (1 upwards)', value: matrix.impactLevels.join(', ') },
      {
        label: 'Risk appetite',
        value: `${BAND_LABELS[matrix.appetite]}: higher residual risk needs treatment or a signed acceptance`,
      },
      {
        label: 'Review cadence',
        value: (['critical', 'high', 'medium', 'low'] as const)
          .map(
            (band) =>
              `${BAND_LABELS[band]} every ${counted(settings.reviewCadence[band], 'month')}`,
          )
          .join('; '),
      },
    ],
    rows,
    heatMaps: [heatMap(matrix, risks, 'inherent'), heatMap(matrix, risks, 'residual')],
    controls,
    acceptances,
  };
}
