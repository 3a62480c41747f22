import type { Rating } from '../domain/risk';
import { BAND_LABELS, type Band, type RiskMatrix } from './matrix';
import { ratingProblem } from './scoring';

export type HeatMapWhich = 'inherent' | 'residual';

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  score: number;
  band: Band;
  count: number;
}

export interface HeatMap {
  which: HeatMapWhich;
  /** `cells[likelihood - 1][impact - 1]`, lowest likelihood first. */
  cells: HeatMapCell[][];
  /** Risks counted on the grid. */
  total: number;
  /**
   * Risks whose rating does not fit the matrix (only possible for records that
   * predate a matrix change). Counted, not dropped, so totals still add up.
   */
  outside: number;
}

type Rated = Readonly<Record<HeatMapWhich, Rating>>;

/** Counts risks per cell of the matrix, by their inherent or residual rating. */
export function heatMapCells(
  matrix: RiskMatrix,
  risks: readonly Rated[],
  which: HeatMapWhich,
): HeatMap {
  const levels = Array.from({ length: matrix.size }, (_, index) => index + 1);
  const cells = levels.map((likelihood) =>
    levels.map((impact): HeatMapCell => ({
      likelihood,
      impact,
      score: likelihood * impact,
      band: matrix.bands[likelihood - 1]?.[impact - 1] ?? 'low',
      count: 0,
    })),
  );
  let total = 0;
  let outside = 0;
  for (const risk of risks) {
    const rating = risk[which];
    const cell =
      ratingProblem(matrix, rating) === null
        ? cells[rating.likelihood - 1]?.[rating.impact - 1]
        : undefined;
    if (cell) {
      cell.count += 1;
      total += 1;
    } else {
      outside += 1;
    }
  }
  return { which, cells, total, outside };
}

/** Risks in one cell: what clicking a heat-map cell filters the register to. */
export function risksInCell<T extends Rated>(
  risks: readonly T[],
  which: HeatMapWhich,
  cell: Rating,
): T[] {
  return risks.filter(
    (risk) => risk[which].likelihood === cell.likelihood && risk[which].impact === cell.impact,
  );
}

export interface HeatMapTableCell {
  /** "No risks", "1 risk", "3 risks". */
  text: string;
  count: number;
  score: number;
  band: Band;
  /** "High, score 12": the band in words, so colour is not the only signal. */
  description: string;
}

export interface HeatMapTable {
  caption: string;
  /** Header of the row-label column. */
  cornerHeader: string;
  /** Impact level names, lowest first. */
  columnHeaders: string[];
  /** Highest likelihood first, as the chart is drawn. */
  rows: { label: string; likelihood: number; cells: HeatMapTableCell[] }[];
}

export function riskCountText(count: number): string {
  if (count === 0) return 'No risks';
  return count === 1 ? '1 risk' : `${count} risks`;
}

/**
 * The heat map as a table for screen readers and anyone who prefers numbers:
 * one row per likelihood level, one column per impact level. Rows run from the
 * highest likelihood down, matching the chart so both read the same way.
 */
export function heatMapTable(matrix: RiskMatrix, heatMap: HeatMap): HeatMapTable {
  const kind = heatMap.which === 'inherent' ? 'Inherent' : 'Residual';
  const rows = [...heatMap.cells].reverse().map((row) => {
    const likelihood = row[0]?.likelihood ?? 0;
    return {
      label: matrix.likelihoodLevels[likelihood - 1] ?? `Likelihood ${likelihood}`,
      likelihood,
      cells: row.map((cell): HeatMapTableCell => ({
        text: riskCountText(cell.count),
        count: cell.count,
        score: cell.score,
        band: cell.band,
        description: `${BAND_LABELS[cell.band]}, score ${cell.score}`,
      })),
    };
  });
  const outsideNote =
    heatMap.outside > 0 ? ` ${riskCountText(heatMap.outside)} outside the matrix not shown.` : '';
  return {
    caption: `${kind} risk: ${riskCountText(heatMap.total)} by likelihood (rows) and impact (columns).${outsideNote}`,
    cornerHeader: 'Likelihood',
    columnHeaders: matrix.impactLevels.map((name) => name),
    rows,
  };
}
