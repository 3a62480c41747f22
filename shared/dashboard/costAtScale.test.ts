import { describe, expect, it } from 'vitest';
import { costAtScale, DEFAULT_COST_RULES } from './costAtScale';
import { initiative, summaryOf } from './testFixtures';

const perCase = (poc: number | null, unit: number | null, volume: number | null) => ({
  pocMonthlyCost: poc,
  unitCost: unit,
  unitBasis: 'per-case' as const,
  productionMonthlyVolume: volume,
});

describe('costAtScale', () => {
  it('defaults to 25,000 a month or ten times the POC cost', () => {
    expect(DEFAULT_COST_RULES).toEqual({ monthlyThreshold: 25_000, pocMultiple: 10 });
  });

  it('flags a projection above the threshold, at or above the multiple, or both, highest multiple first', () => {
    const big = initiative({ title: 'Big', cost: perCase(5_000, 1, 30_000) }); // 30,000: 6×
    const multiple = initiative({ title: 'Multiple', cost: perCase(100, 1, 1_000) }); // 1,000: 10×
    const both = initiative({
      title: 'Both',
      stage: 'pilot',
      cost: {
        currency: 'USD',
        pocMonthlyCost: 600,
        unitCost: 55,
        unitBasis: 'per-1000-requests',
        productionMonthlyVolume: 780_000,
      },
    }); // 42,900: 71.5×
    const fine = initiative({ title: 'Fine', cost: perCase(1_200, 0.02, 18_000) }); // 360: 0.3×
    const panel = costAtScale([big, multiple, both, fine].map(summaryOf));
    expect(panel.flagged.map((f) => [f.title, f.productionMonthly, f.ratio, f.reasons])).toEqual([
      ['Both', 42_900, 71.5, ['threshold', 'multiple']],
      ['Multiple', 1_000, 10, ['multiple']],
      ['Big', 30_000, 6, ['threshold']],
    ]);
    expect(panel.flagged[0]).toMatchObject({
      initiativeId: both.id,
      stage: 'pilot',
      currency: 'USD',
      pocMonthly: 600,
    });
    expect(panel.projected).toBe(4);
    expect(panel.withoutProjection).toBe(0);
  });

  it('does not flag exactly the threshold, nor just under the multiple', () => {
    const atThreshold = initiative({ cost: perCase(20_000, 1, 25_000) });
    const under = initiative({ cost: perCase(100, 0.999, 1_000) });
    expect(costAtScale([atThreshold, under].map(summaryOf)).flagged).toEqual([]);
  });

  it('checks only the threshold when the POC cost is unknown or zero, and sorts those last', () => {
    const unknownPoc = initiative({ title: 'Unknown POC', cost: perCase(null, 1, 40_000) });
    const freePoc = initiative({ title: 'Free POC', cost: perCase(0, 1, 100) });
    const ratioed = initiative({ title: 'Ratioed', cost: perCase(1_000, 1, 30_000) });
    const panel = costAtScale([unknownPoc, freePoc, ratioed].map(summaryOf));
    expect(panel.flagged.map((f) => [f.title, f.ratio])).toEqual([
      ['Ratioed', 30],
      ['Unknown POC', null],
    ]);
  });

  it('counts initiatives with no projection and leaves out retired ones', () => {
    const noVolume = initiative({ cost: perCase(100, 1, null) });
    const noUnit = initiative({ cost: perCase(100, null, 1_000) });
    const retired = initiative({ stage: 'retired', cost: perCase(1, 1, 1_000_000) });
    const panel = costAtScale([noVolume, noUnit, retired].map(summaryOf));
    expect(panel.flagged).toEqual([]);
    expect(panel.projected).toBe(0);
    expect(panel.withoutProjection).toBe(2);
  });

  it('takes other rules', () => {
    const item = initiative({ cost: perCase(100, 1, 300) });
    expect(
      costAtScale([item].map(summaryOf), { monthlyThreshold: 200, pocMultiple: 100 }).flagged,
    ).toHaveLength(1);
    expect(
      costAtScale([item].map(summaryOf), { monthlyThreshold: 1_000, pocMultiple: 3 }).flagged,
    ).toHaveLength(1);
    expect(
      costAtScale([item].map(summaryOf), { monthlyThreshold: 1_000, pocMultiple: 4 }).flagged,
    ).toHaveLength(0);
  });
});
