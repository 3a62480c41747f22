import { describe, expect, it } from 'vitest';
import { contrastRatio, WCAG_AA_NORMAL_TEXT } from './contrast';
import {
  BAND_COLOURS,
  BANDS,
  DEFAULT_RISK_MATRIX,
  bandRank,
  defaultMatrix,
  riskMatrixSchema,
  type RiskMatrix,
} from './matrix';

function messages(input: unknown): string[] {
  const result = riskMatrixSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('band colours', () => {
  it.each(BANDS)('%s text meets WCAG AA on its background', (band) => {
    const { text, background } = BAND_COLOURS[band];
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(WCAG_AA_NORMAL_TEXT);
  });

  it('gives every band its own background', () => {
    const backgrounds = BANDS.map((band) => BAND_COLOURS[band].background.toLowerCase());
    expect(new Set(backgrounds).size).toBe(BANDS.length);
  });

  it('ranks bands from low to critical', () => {
    expect(BANDS.map(bandRank)).toEqual([0, 1, 2, 3]);
  });
});

describe('default matrices', () => {
  it('defaults to 5 × 5 with appetite medium', () => {
    expect(DEFAULT_RISK_MATRIX.size).toBe(5);
    expect(DEFAULT_RISK_MATRIX.appetite).toBe('medium');
    expect(DEFAULT_RISK_MATRIX.likelihoodLevels).toEqual([
      'Rare',
      'Unlikely',
      'Possible',
      'Likely',
      'Almost certain',
    ]);
    expect(DEFAULT_RISK_MATRIX.impactLevels).toEqual([
      'Negligible',
      'Minor',
      'Moderate',
      'Major',
      'Severe',
    ]);
  });

  it.each([3, 4, 5, 6])('builds a valid %i × %i matrix', (size) => {
    const matrix = defaultMatrix(size);
    expect(riskMatrixSchema.parse(matrix)).toEqual(matrix);
    expect(matrix.likelihoodLevels).toHaveLength(size);
    expect(matrix.impactLevels).toHaveLength(size);
    expect(matrix.bands).toHaveLength(size);
    for (const row of matrix.bands) expect(row).toHaveLength(size);
    // The corners are the extremes on every size.
    expect(matrix.bands[0]![0]).toBe('low');
    expect(matrix.bands[size - 1]![size - 1]).toBe('critical');
  });

  it.each([2, 7, 0, 4.5, Number.NaN])('refuses size %s', (size) => {
    expect(() => defaultMatrix(size)).toThrow('from 3 to 6');
  });

  it('returns fresh arrays each time, so editing one matrix cannot change another', () => {
    const a = defaultMatrix(4);
    a.bands[0]![0] = 'critical';
    a.likelihoodLevels[0] = 'Changed';
    expect(defaultMatrix(4).bands[0]![0]).toBe('low');
    expect(defaultMatrix(4).likelihoodLevels[0]).toBe('Rare');
  });
});

describe('matrix validation', () => {
  const base = (): RiskMatrix => defaultMatrix(5);

  it.each([2, 7, 5.5, '5'])('refuses size %s with the allowed range, and nothing else', (size) => {
    expect(messages({ ...base(), size })).toEqual([
      'The matrix size must be a whole number from 3 to 6',
    ]);
  });

  it('says how many level names a size needs', () => {
    const matrix = base();
    expect(messages({ ...matrix, likelihoodLevels: matrix.likelihoodLevels.slice(0, 4) })).toEqual([
      'A 5 × 5 matrix needs 5 likelihood level names; 4 were given',
    ]);
    expect(messages({ ...matrix, impactLevels: ['Only'] })).toEqual([
      'A 5 × 5 matrix needs 5 impact level names; 1 was given',
    ]);
  });

  it('refuses blank and repeated level names', () => {
    const matrix = base();
    expect(messages({ ...matrix, impactLevels: ['A', 'B', '  ', 'D', 'E'] })).toEqual([
      'Each impact level needs a name',
    ]);
    expect(messages({ ...matrix, likelihoodLevels: ['A', 'B', 'C', 'b', 'E'] })).toEqual([
      'Two likelihood levels are both called “b”: give each level its own name',
    ]);
  });

  it('says when the band grid has the wrong shape', () => {
    const matrix = base();
    expect(messages({ ...matrix, bands: matrix.bands.slice(0, 4) })).toEqual([
      'The band grid needs 5 rows, one per likelihood level; it has 4',
    ]);
    const short = matrix.bands.map((row, index) => (index === 2 ? row.slice(0, 3) : row));
    expect(messages({ ...matrix, bands: short })).toEqual([
      'The band row for likelihood “Possible” needs 5 bands, one per impact level; it has 3',
    ]);
  });

  it('refuses an unknown band or appetite', () => {
    const matrix = base();
    expect(messages({ ...matrix, appetite: 'extreme' })).toEqual([
      'Choose a band: low, medium, high or critical',
    ]);
    const bands = matrix.bands.map((row) => [...row]);
    (bands[0] as string[])[0] = 'none';
    expect(messages({ ...matrix, bands })).toEqual([
      'Choose a band: low, medium, high or critical',
    ]);
  });

  it('refuses a more severe cell in a lower band than a milder one', () => {
    const matrix = base();
    const bands = matrix.bands.map((row) => [...row]);
    bands[4]![4] = 'high'; // Almost certain × Severe below Likely × Severe (critical)
    expect(messages({ ...matrix, bands })).toEqual([
      'The cell for likelihood “Almost certain” and impact “Severe” is High, lower than the less likely or less severe cell for likelihood “Likely” and impact “Severe” (Critical)',
      'The cell for likelihood “Almost certain” and impact “Severe” is High, lower than the less likely or less severe cell for likelihood “Almost certain” and impact “Major” (Critical)',
    ]);
  });

  it('accepts any monotonic banding and any appetite', () => {
    const allHigh: RiskMatrix = {
      ...defaultMatrix(3),
      bands: [
        ['high', 'high', 'high'],
        ['high', 'high', 'high'],
        ['high', 'high', 'critical'],
      ],
      appetite: 'critical',
    };
    expect(riskMatrixSchema.safeParse(allHigh).success).toBe(true);
  });

  it('refuses unknown keys, such as a stored score', () => {
    expect(riskMatrixSchema.safeParse({ ...base(), scores: [[1]] }).success).toBe(false);
  });
});
