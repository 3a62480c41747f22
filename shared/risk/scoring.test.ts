import { describe, expect, it } from 'vitest';
import { bandRank, BANDS, defaultMatrix, type Band, type RiskMatrix } from './matrix';
import {
  bandOf,
  isAboveAppetite,
  maxScore,
  ratingProblem,
  rescaleLevel,
  rescaleRating,
  scoreOf,
} from './scoring';

const B: Record<string, Band> = { L: 'low', M: 'medium', H: 'high', C: 'critical' };

/** Expected default bands, written out by hand: row = likelihood 1..n, column = impact 1..n. */
const EXPECTED_BANDS: Record<number, string[]> = {
  3: ['L M M', 'M H C', 'M C C'],
  4: ['L L L M', 'L M M H', 'L M H C', 'M H C C'],
  5: ['L L L L M', 'L L M M H', 'L M M H H', 'L M H C C', 'M H H C C'],
  6: ['L L L L L L', 'L L L M M M', 'L L M M H H', 'L M M H H C', 'L M H H C C', 'L M H C C C'],
};

function cells(size: number): { likelihood: number; impact: number }[] {
  const out = [];
  for (let likelihood = 1; likelihood <= size; likelihood++) {
    for (let impact = 1; impact <= size; impact++) out.push({ likelihood, impact });
  }
  return out;
}

describe.each([3, 4, 5, 6])('scoring on the default %i × %i matrix', (size) => {
  const matrix = defaultMatrix(size);

  it('scores every cell as likelihood × impact and bands it as expected', () => {
    const expected = EXPECTED_BANDS[size]!.map((row) => row.split(' ').map((code) => B[code]));
    for (const rating of cells(size)) {
      expect(ratingProblem(matrix, rating)).toBeNull();
      expect(scoreOf(matrix, rating)).toBe(rating.likelihood * rating.impact);
      expect(bandOf(matrix, rating)).toBe(expected[rating.likelihood - 1]![rating.impact - 1]);
    }
    expect(maxScore(matrix)).toBe(size * size);
  });

  it('never puts a cell in a lower band than a cell at or below it on both axes', () => {
    for (const a of cells(size)) {
      for (const b of cells(size)) {
        if (b.likelihood <= a.likelihood && b.impact <= a.impact) {
          expect(bandRank(bandOf(matrix, a))).toBeGreaterThanOrEqual(bandRank(bandOf(matrix, b)));
        }
      }
    }
  });

  it('is symmetric: likelihood and impact weigh the same in the defaults', () => {
    for (const { likelihood, impact } of cells(size)) {
      expect(bandOf(matrix, { likelihood, impact })).toBe(
        bandOf(matrix, { likelihood: impact, impact: likelihood }),
      );
    }
  });

  it('puts exactly the high and critical cells above the default appetite (medium)', () => {
    for (const rating of cells(size)) {
      const band = bandOf(matrix, rating);
      expect(isAboveAppetite(matrix, rating)).toBe(band === 'high' || band === 'critical');
    }
  });

  it('refuses ratings just outside the matrix', () => {
    for (const rating of [
      { likelihood: size + 1, impact: 1 },
      { likelihood: 1, impact: size + 1 },
      { likelihood: 0, impact: 1 },
      { likelihood: 1, impact: 0 },
    ]) {
      expect(ratingProblem(matrix, rating)).toMatch(`outside this workspace’s ${size} × ${size}`);
      expect(() => scoreOf(matrix, rating)).toThrow(RangeError);
      expect(() => bandOf(matrix, rating)).toThrow(RangeError);
      expect(() => isAboveAppetite(matrix, rating)).toThrow(RangeError);
    }
  });
});

describe('rating problems', () => {
  const matrix = defaultMatrix(5);

  it('names the axis, the value and the matrix', () => {
    expect(ratingProblem(matrix, { likelihood: 6, impact: 2 })).toBe(
      'Likelihood 6 is outside this workspace’s 5 × 5 matrix (1 to 5)',
    );
    expect(ratingProblem(matrix, { likelihood: 2, impact: 0 })).toBe(
      'Impact 0 is outside this workspace’s 5 × 5 matrix (1 to 5)',
    );
    expect(ratingProblem(matrix, { likelihood: 2.5, impact: 1 })).toBe(
      'Likelihood must be a whole number from 1 to 5',
    );
    expect(ratingProblem(matrix, { likelihood: Number.NaN, impact: 1 })).toBe(
      'Likelihood must be a whole number from 1 to 5',
    );
  });
});

describe('appetite', () => {
  const at = (appetite: Band): RiskMatrix => ({ ...defaultMatrix(5), appetite });
  const worst = { likelihood: 5, impact: 5 };
  const mild = { likelihood: 1, impact: 1 };
  const medium = { likelihood: 2, impact: 3 };

  it('compares the cell band with the appetite band', () => {
    expect(isAboveAppetite(at('low'), medium)).toBe(true);
    expect(isAboveAppetite(at('medium'), medium)).toBe(false);
    expect(isAboveAppetite(at('low'), mild)).toBe(false);
    expect(isAboveAppetite(at('high'), worst)).toBe(true);
  });

  it('never flags anything when the appetite is critical', () => {
    for (const rating of cells(5)) expect(isAboveAppetite(at('critical'), rating)).toBe(false);
  });

  it('follows a custom banding, not the score', () => {
    const custom: RiskMatrix = {
      ...defaultMatrix(3),
      bands: BANDS.slice(0, 3).map(() => ['medium', 'medium', 'medium'] as Band[]),
      appetite: 'low',
    };
    expect(bandOf(custom, { likelihood: 3, impact: 3 })).toBe('medium');
    expect(isAboveAppetite(custom, { likelihood: 1, impact: 1 })).toBe(true);
  });
});

describe('rescaling ratings between matrix sizes', () => {
  it.each([
    [3, [1, 2, 2, 3, 3]],
    [4, [1, 2, 3, 3, 4]],
    [5, [1, 2, 3, 4, 5]],
    [6, [1, 2, 4, 5, 6]],
  ])('maps the 5-point scale onto %i points', (to, expected) => {
    expect([1, 2, 3, 4, 5].map((level) => rescaleLevel(level, 5, to))).toEqual(expected);
  });

  it('keeps every level in range, in order, and the ends at the ends', () => {
    for (let from = 3; from <= 6; from++) {
      for (let to = 3; to <= 6; to++) {
        let previous = 0;
        for (let level = 1; level <= from; level++) {
          const scaled = rescaleLevel(level, from, to);
          expect(scaled).toBeGreaterThanOrEqual(Math.max(previous, 1));
          expect(scaled).toBeLessThanOrEqual(to);
          previous = scaled;
        }
        expect(rescaleLevel(1, from, to)).toBe(1);
        expect(rescaleLevel(from, from, to)).toBe(to);
      }
    }
  });

  it('clamps levels that were already out of range', () => {
    expect(rescaleLevel(9, 5, 3)).toBe(3);
    expect(rescaleLevel(0, 5, 6)).toBe(1);
  });

  it('rescales both coordinates of a rating', () => {
    expect(rescaleRating({ likelihood: 4, impact: 2 }, 5, 3)).toEqual({ likelihood: 3, impact: 2 });
  });
});
