import { describe, expect, it } from 'vitest';
import type { Rating } from '../domain/risk';
import { heatMapCells, heatMapTable, riskCountText, risksInCell } from './heatMap';
import { DEFAULT_RISK_MATRIX, defaultMatrix } from './matrix';

const r = (likelihood: number, impact: number): Rating => ({ likelihood, impact });
const risks = [
  { id: 'a', inherent: r(4, 4), residual: r(2, 3) },
  { id: 'b', inherent: r(4, 4), residual: r(2, 3) },
  { id: 'c', inherent: r(4, 4), residual: r(4, 4) },
  { id: 'd', inherent: r(5, 2), residual: r(1, 1) },
  { id: 'e', inherent: r(1, 1), residual: r(1, 1) },
];

function counts(grid: { count: number }[][]): number[][] {
  return grid.map((row) => row.map((cell) => cell.count));
}

describe('heat map cells', () => {
  it('counts inherent ratings per cell', () => {
    const map = heatMapCells(DEFAULT_RISK_MATRIX, risks, 'inherent');
    expect(counts(map.cells)).toEqual([
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 3, 0],
      [0, 1, 0, 0, 0],
    ]);
    expect(map.total).toBe(5);
    expect(map.outside).toBe(0);
    expect(map.which).toBe('inherent');
  });

  it('counts residual ratings separately', () => {
    const map = heatMapCells(DEFAULT_RISK_MATRIX, risks, 'residual');
    expect(map.cells[0]![0]!.count).toBe(2);
    expect(map.cells[1]![2]!.count).toBe(2);
    expect(map.cells[3]![3]!.count).toBe(1);
    expect(map.cells[3]![3]!.count + map.cells[1]![2]!.count + map.cells[0]![0]!.count).toBe(5);
  });

  it('gives each cell its coordinates, score and band', () => {
    const map = heatMapCells(DEFAULT_RISK_MATRIX, [], 'inherent');
    expect(map.cells[3]![1]).toEqual({
      likelihood: 4,
      impact: 2,
      score: 8,
      band: 'medium',
      count: 0,
    });
    expect(map.cells[4]![4]).toMatchObject({ score: 25, band: 'critical' });
    expect(map.total).toBe(0);
  });

  it.each([3, 4, 6])('has a %i × %i grid on a matrix of that size', (size) => {
    const map = heatMapCells(defaultMatrix(size), [], 'residual');
    expect(map.cells).toHaveLength(size);
    for (const row of map.cells) expect(row).toHaveLength(size);
  });

  it('counts ratings outside the matrix separately instead of dropping them', () => {
    const matrix = defaultMatrix(3);
    const map = heatMapCells(matrix, risks, 'inherent');
    expect(map.total).toBe(1); // only 1 × 1 fits on 3 × 3
    expect(map.outside).toBe(4);
  });
});

describe('filtering by cell', () => {
  it('finds the risks in a cell', () => {
    expect(risksInCell(risks, 'inherent', r(4, 4)).map((risk) => risk.id)).toEqual(['a', 'b', 'c']);
    expect(risksInCell(risks, 'residual', r(4, 4)).map((risk) => risk.id)).toEqual(['c']);
    expect(risksInCell(risks, 'residual', r(5, 5))).toEqual([]);
  });
});

describe('heat map table', () => {
  it('reads "No risks", "1 risk", "3 risks"', () => {
    expect([0, 1, 3].map(riskCountText)).toEqual(['No risks', '1 risk', '3 risks']);
  });

  it('has one row per likelihood level, highest first, and one column per impact level', () => {
    const table = heatMapTable(
      DEFAULT_RISK_MATRIX,
      heatMapCells(DEFAULT_RISK_MATRIX, risks, 'inherent'),
    );
    expect(table.columnHeaders).toEqual(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']);
    expect(table.rows.map((row) => row.label)).toEqual([
      'Almost certain',
      'Likely',
      'Possible',
      'Unlikely',
      'Rare',
    ]);
    const likely = table.rows[1]!;
    expect(likely.likelihood).toBe(4);
    expect(likely.cells.map((cell) => cell.text)).toEqual([
      'No risks',
      'No risks',
      'No risks',
      '3 risks',
      'No risks',
    ]);
    expect(likely.cells[3]).toMatchObject({ count: 3, band: 'critical', score: 16 });
    expect(likely.cells[3]!.description).toBe('Critical, score 16');
    expect(table.rows[0]!.cells[1]!.text).toBe('1 risk');
    expect(table.cornerHeader).toBe('Likelihood');
    expect(table.caption).toBe('Inherent risk: 5 risks by likelihood (rows) and impact (columns).');
  });

  it('mentions risks that could not be placed', () => {
    const matrix = defaultMatrix(3);
    const table = heatMapTable(matrix, heatMapCells(matrix, risks, 'residual'));
    expect(table.caption).toBe(
      'Residual risk: 4 risks by likelihood (rows) and impact (columns). 1 risk outside the matrix not shown.',
    );
    const inherent = heatMapTable(matrix, heatMapCells(matrix, risks, 'inherent'));
    expect(inherent.caption).toBe(
      'Inherent risk: 1 risk by likelihood (rows) and impact (columns). 4 risks outside the matrix not shown.',
    );
  });
});
