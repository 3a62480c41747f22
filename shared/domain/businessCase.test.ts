import { describe, expect, it } from 'vitest';
import { businessCaseSchema, projectCost } from './businessCase';

describe('projectCost', () => {
  it('projects per-1,000-request pricing to production volume and compares with the POC', () => {
    // A $500 POC at $2 per 1,000 requests and 25 million requests a month: $50,000, 100×.
    expect(
      projectCost({
        currency: 'USD',
        pocMonthlyCost: 500,
        unitCost: 2,
        unitBasis: 'per-1000-requests',
        productionMonthlyVolume: 25_000_000,
      }),
    ).toEqual({ pocMonthly: 500, productionMonthly: 50_000, ratio: 100 });
  });

  it('projects per-case pricing', () => {
    expect(
      projectCost({
        currency: 'EUR',
        pocMonthlyCost: 1200,
        unitCost: 0.4,
        unitBasis: 'per-case',
        productionMonthlyVolume: 30_000,
      }),
    ).toEqual({ pocMonthly: 1200, productionMonthly: 12_000, ratio: 10 });
  });

  it('says nothing it cannot know', () => {
    expect(
      projectCost({
        currency: 'USD',
        pocMonthlyCost: null,
        unitCost: 2,
        unitBasis: 'per-case',
        productionMonthlyVolume: 10,
      }),
    ).toEqual({
      pocMonthly: null,
      productionMonthly: 20,
      ratio: null,
    });
    expect(
      projectCost({
        currency: 'USD',
        pocMonthlyCost: 0,
        unitCost: 2,
        unitBasis: 'per-case',
        productionMonthlyVolume: 10,
      }).ratio,
    ).toBeNull();
    expect(
      projectCost({
        currency: 'USD',
        pocMonthlyCost: 10,
        unitCost: null,
        unitBasis: 'per-case',
        productionMonthlyVolume: 10,
      }).productionMonthly,
    ).toBeNull();
  });
});

describe('business case validation', () => {
  it('refuses negative costs, bad currencies and non-numbers with clear messages', () => {
    const result = businessCaseSchema.safeParse({
      kpis: [
        { name: '', unit: '', baseline: 'ten', target: null, current: null, kind: 'business' },
      ],
      cost: {
        currency: 'dollars',
        pocMonthlyCost: -5,
        unitCost: null,
        unitBasis: 'per-case',
        productionMonthlyVolume: null,
      },
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'KPI name is required',
        'Baseline must be a number',
        'Currency is a three-letter code such as USD',
        'Monthly cost at proof-of-concept volume cannot be negative',
      ]),
    );
  });
});
