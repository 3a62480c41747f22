import { z } from 'zod';

/** Bands from least to most severe; the order is what "above appetite" compares. */
export const BANDS = ['low', 'medium', 'high', 'critical'] as const;
export const bandSchema = z.enum(BANDS, {
  message: 'Choose a band: low, medium, high or critical',
});
export type Band = z.infer<typeof bandSchema>;

export const BAND_LABELS: Record<Band, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/**
 * Cell colours. Each text/background pair meets WCAG AA (4.5:1, checked in
 * matrix.test.ts); the band name is always shown too, so colour is never the
 * only signal.
 */
export const BAND_COLOURS: Record<Band, { background: string; text: string }> = {
  low: { background: '#d9f2e0', text: '#14532d' },
  medium: { background: '#fde68a', text: '#713f12' },
  high: { background: '#f97316', text: '#000000' },
  critical: { background: '#b91c1c', text: '#ffffff' },
};

/** 0 for low up to 3 for critical. */
export function bandRank(band: Band): number {
  return BANDS.indexOf(band);
}

function isBand(value: string): value is Band {
  return (BANDS as readonly string[]).includes(value);
}

export const MIN_MATRIX_SIZE = 3;
export const MAX_MATRIX_SIZE = 6;

const sizeMessage = `The matrix size must be a whole number from ${MIN_MATRIX_SIZE} to ${MAX_MATRIX_SIZE}`;
const levelName = (axis: string) =>
  z
    .string({ message: `Each ${axis} level needs a name` })
    .trim()
    .min(1, { message: `Each ${axis} level needs a name` })
    .max(40, {
      message: `${axis[0]?.toUpperCase() ?? ''}${axis.slice(1)} level names must be at most 40 characters`,
    });

/**
 * A square likelihood × impact matrix. Level 1 is the lowest on both axes.
 * `bands[likelihood - 1][impact - 1]` is the band of a cell; the score of a cell
 * is likelihood × impact and is always derived, never stored.
 */
export const riskMatrixSchema = z
  .strictObject({
    size: z
      .number({ message: sizeMessage })
      .int({ message: sizeMessage })
      .min(MIN_MATRIX_SIZE, { message: sizeMessage })
      .max(MAX_MATRIX_SIZE, { message: sizeMessage }),
    likelihoodLevels: z.array(levelName('likelihood')),
    impactLevels: z.array(levelName('impact')),
    bands: z.array(z.array(bandSchema)),
    /** The highest band the organisation accepts without a signed acceptance. */
    appetite: bandSchema,
  })
  .superRefine((matrix, ctx) => {
    const { size } = matrix;
    // Zod runs this even when a field failed its own check: shape checks against a
    // bad size would only add noise, so leave the size message to speak alone.
    if (!Number.isInteger(size) || size < MIN_MATRIX_SIZE || size > MAX_MATRIX_SIZE) return;
    const axes = [
      ['likelihoodLevels', 'likelihood', matrix.likelihoodLevels],
      ['impactLevels', 'impact', matrix.impactLevels],
    ] as const;
    for (const [key, axis, names] of axes) {
      if (names.length !== size) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `A ${size} × ${size} matrix needs ${size} ${axis} level names; ${names.length} ${names.length === 1 ? 'was' : 'were'} given`,
        });
      }
      const seen = new Set<string>();
      names.forEach((name, index) => {
        const folded = name.toLowerCase();
        if (seen.has(folded)) {
          ctx.addIssue({
            code: 'custom',
            path: [key, index],
            message: `Two ${axis} levels are both called “${name}”: give each level its own name`,
          });
        }
        seen.add(folded);
      });
    }

    if (matrix.bands.length !== size) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: `The band grid needs ${size} rows, one per likelihood level; it has ${matrix.bands.length}`,
      });
      return;
    }
    let complete = true;
    for (const [index, row] of matrix.bands.entries()) {
      if (row.length === size) continue;
      complete = false;
      const name = matrix.likelihoodLevels[index] ?? `level ${index + 1}`;
      ctx.addIssue({
        code: 'custom',
        path: ['bands', index],
        message: `The band row for likelihood “${name}” needs ${size} bands, one per impact level; it has ${row.length}`,
      });
    }
    if (!complete) return;

    // A more likely or more severe cell must never sit in a lower band than its
    // neighbour below or to the left; checking neighbours covers the whole grid.
    const name = (names: readonly string[], level: number) => names[level - 1] ?? String(level);
    for (let l = 1; l <= size; l++) {
      for (let i = 1; i <= size; i++) {
        const band = matrix.bands[l - 1]?.[i - 1];
        if (band === undefined || !isBand(band)) continue;
        const lower: [number, number][] = [
          [l - 1, i],
          [l, i - 1],
        ];
        for (const [ll, ii] of lower) {
          const other = matrix.bands[ll - 1]?.[ii - 1];
          if (other !== undefined && isBand(other) && bandRank(other) > bandRank(band)) {
            ctx.addIssue({
              code: 'custom',
              path: ['bands', l - 1, i - 1],
              message:
                `The cell for likelihood “${name(matrix.likelihoodLevels, l)}” and impact “${name(matrix.impactLevels, i)}” is ${BAND_LABELS[band]}, ` +
                `lower than the less likely or less severe cell for likelihood “${name(matrix.likelihoodLevels, ll)}” and impact “${name(matrix.impactLevels, ii)}” (${BAND_LABELS[other]})`,
            });
          }
        }
      }
    }
  });
export type RiskMatrix = z.infer<typeof riskMatrixSchema>;

const LIKELIHOOD_NAMES: Record<number, readonly string[]> = {
  3: ['Unlikely', 'Possible', 'Likely'],
  4: ['Rare', 'Unlikely', 'Likely', 'Almost certain'],
  5: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
  6: ['Very rare', 'Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
};
const IMPACT_NAMES: Record<number, readonly string[]> = {
  3: ['Minor', 'Moderate', 'Major'],
  4: ['Minor', 'Moderate', 'Major', 'Severe'],
  5: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'],
  6: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe', 'Catastrophic'],
};

/**
 * The default band for a score, by its share of the largest score. On 5 × 5
 * this gives the familiar 1–4 low, 5–9 medium, 10–15 high, 16–25 critical, and
 * the same proportions on the other sizes. Monotonic in both coordinates
 * because the score is.
 */
export function defaultBandForScore(score: number, size: number): Band {
  const share = score / (size * size);
  if (share < 0.2) return 'low';
  if (share < 0.4) return 'medium';
  if (share < 0.64) return 'high';
  return 'critical';
}

/** A sensible starting matrix for a size from 3 to 6, with appetite "medium". */
export function defaultMatrix(size: number): RiskMatrix {
  const likelihoodLevels = LIKELIHOOD_NAMES[size];
  const impactLevels = IMPACT_NAMES[size];
  if (!Number.isInteger(size) || !likelihoodLevels || !impactLevels) {
    throw new RangeError(sizeMessage);
  }
  const levels = Array.from({ length: size }, (_, index) => index + 1);
  return {
    size,
    likelihoodLevels: [...likelihoodLevels],
    impactLevels: [...impactLevels],
    bands: levels.map((l) => levels.map((i) => defaultBandForScore(l * i, size))),
    appetite: 'medium',
  };
}

/** The workspace default: 5 × 5, appetite "medium". */
export const DEFAULT_RISK_MATRIX: RiskMatrix = defaultMatrix(5);
