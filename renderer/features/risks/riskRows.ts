import type { Role } from '../../../shared/domain/roles';
import { ACCEPTANCE_STATUS_LABELS } from '../../../shared/risk/acceptance';
import { controlsSummary, type Control } from '../../../shared/risk/controls';
import type { HeatMapCell, HeatMapWhich } from '../../../shared/risk/heatMap';
import { BAND_LABELS, type Band, type RiskMatrix } from '../../../shared/risk/matrix';
import type { Risk } from '../../../shared/risk/record';
import type { ReviewCadence } from '../../../shared/risk/reviewCadence';
import { riskStanding, type RiskStanding } from '../../../shared/risk/standing';

export interface RiskSettings {
  riskMatrix: RiskMatrix;
  reviewCadence: ReviewCadence;
  acceptanceRole?: Role;
}

/** A risk with everything derived about it today, computed once per data change. */
export interface RiskRow {
  risk: Risk;
  standing: RiskStanding;
}

export function riskRows(risks: readonly Risk[], settings: RiskSettings, today: string): RiskRow[] {
  return risks.map((risk) => ({ risk, standing: riskStanding(risk, settings, today) }));
}

/** A heat-map cell chosen to filter a list. */
export interface CellFilter {
  which: HeatMapWhich;
  likelihood: number;
  impact: number;
}

export function inCell(row: RiskRow, cell: CellFilter): boolean {
  const rating = row.risk[cell.which];
  return rating.likelihood === cell.likelihood && rating.impact === cell.impact;
}

export function sameCell(a: CellFilter | null, b: CellFilter | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.which === b.which &&
    a.likelihood === b.likelihood &&
    a.impact === b.impact
  );
}

const WHICH_LABELS: Record<HeatMapWhich, string> = { inherent: 'Inherent', residual: 'Residual' };

export function countText(count: number): string {
  return count === 1 ? '1 risk' : `${String(count)} risks`;
}

/** "Residual: likelihood 4, impact 3, High, 2 risks": a heat-map cell in words. */
export function cellLabel(which: HeatMapWhich, cell: HeatMapCell): string {
  return `${WHICH_LABELS[which]}: likelihood ${String(cell.likelihood)}, impact ${String(cell.impact)}, ${BAND_LABELS[cell.band]}, ${countText(cell.count)}`;
}

/** "residual likelihood 4, impact 3": what a cell filter shows, for the status line. */
export function cellFilterText(cell: CellFilter): string {
  return `${WHICH_LABELS[cell.which].toLowerCase()} likelihood ${String(cell.likelihood)}, impact ${String(cell.impact)}`;
}

/** "16 Critical", or a plain statement when the rating does not fit the matrix. */
export function scoreText(score: number | null, band: Band | null): string {
  if (score === null || band === null) return 'Outside the matrix';
  return `${String(score)} ${BAND_LABELS[band]}`;
}

/** "1 of 3 in place"; "None" without controls. */
export function controlsText(controls: readonly Pick<Control, 'status'>[]): string {
  const summary = controlsSummary(controls);
  if (summary.total === 0) return 'None';
  return `${String(summary.byStatus['in-place'])} of ${String(summary.total)} in place`;
}

/** The acceptance column: its status, with the expiry while it is valid. */
export function acceptanceText(row: RiskRow): string {
  const { standing, risk } = row;
  if (standing.acceptance === 'valid' && risk.acceptance) {
    return `Accepted until ${risk.acceptance.expiresOn}`;
  }
  return ACCEPTANCE_STATUS_LABELS[standing.acceptance];
}

/** An acceptance is asked for when one is needed and none is valid. */
export function acceptanceWanted(row: RiskRow): boolean {
  const status = row.standing.acceptance;
  return (
    row.risk.treatment === 'accept' &&
    (status === 'missing' || status === 'expired' || status === 'outdated')
  );
}
