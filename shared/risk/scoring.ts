import type { Rating } from '../domain/risk';
import { bandRank, type Band, type RiskMatrix } from './matrix';

/**
 * Why a rating does not fit the matrix, in words a person understands, or null
 * when it fits. Commands call this before saving so bad input changes nothing.
 */
export function ratingProblem(matrix: RiskMatrix, rating: Rating): string | null {
  const shape = `${matrix.size} × ${matrix.size}`;
  for (const [axis, value] of [
    ['Likelihood', rating.likelihood],
    ['Impact', rating.impact],
  ] as const) {
    if (!Number.isInteger(value)) {
      return `${axis} must be a whole number from 1 to ${matrix.size}`;
    }
    if (value < 1 || value > matrix.size) {
      return `${axis} ${value} is outside this workspace’s ${shape} matrix (1 to ${matrix.size})`;
    }
  }
  return null;
}

function checked(matrix: RiskMatrix, rating: Rating): void {
  const problem = ratingProblem(matrix, rating);
  // Ratings are validated when saved and rescaled when the matrix changes size,
  // so a rating outside the matrix here is a programming error, not bad input.
  if (problem !== null) throw new RangeError(problem);
}

/** Likelihood × impact. Throws when the rating is outside the matrix. */
export function scoreOf(matrix: RiskMatrix, rating: Rating): number {
  checked(matrix, rating);
  return rating.likelihood * rating.impact;
}

/** The largest score on the matrix (its top-right cell). */
export function maxScore(matrix: RiskMatrix): number {
  return matrix.size * matrix.size;
}

/** The band of the rating's cell. Throws when the rating is outside the matrix. */
export function bandOf(matrix: RiskMatrix, rating: Rating): Band {
  checked(matrix, rating);
  const band = matrix.bands[rating.likelihood - 1]?.[rating.impact - 1];
  if (band === undefined) throw new RangeError('The matrix has no band for this cell');
  return band;
}

/** True when the rating's band is above the workspace's appetite. */
export function isAboveAppetite(matrix: RiskMatrix, rating: Rating): boolean {
  return bandRank(bandOf(matrix, rating)) > bandRank(matrix.appetite);
}

/**
 * Moves a level from one scale to another proportionally along the scale, so
 * the lowest, highest and middle levels stay lowest, highest and middle. Ties
 * round up so that rescaling never understates a risk. Always within 1..to.
 */
export function rescaleLevel(level: number, fromSize: number, toSize: number): number {
  if (fromSize < 2 || toSize < 1) throw new RangeError('A scale needs at least two levels');
  // Multiply before dividing so halves are exact and round the same way every time.
  const scaled = Math.round(1 + ((level - 1) * (toSize - 1)) / (fromSize - 1));
  return Math.min(Math.max(scaled, 1), toSize);
}

/** A rating moved from a `fromSize` matrix to a `toSize` matrix (see `rescaleLevel`). */
export function rescaleRating(rating: Rating, fromSize: number, toSize: number): Rating {
  return {
    likelihood: rescaleLevel(rating.likelihood, fromSize, toSize),
    impact: rescaleLevel(rating.impact, fromSize, toSize),
  };
}
