import { z } from 'zod';
import { optionalText, requiredText } from './common';

export const KPI_KINDS = ['business', 'model'] as const;
export const kpiSchema = z.strictObject({
  name: requiredText('KPI name', 120),
  unit: optionalText('Unit', 40),
  baseline: z.number({ message: 'Baseline must be a number' }).nullable(),
  target: z.number({ message: 'Target must be a number' }).nullable(),
  current: z.number({ message: 'Current value must be a number' }).nullable(),
  /** Business metrics (handling time, cost per case) are what production is judged on; model metrics are not enough. */
  kind: z.enum(KPI_KINDS, { message: 'Choose business or model metric' }),
});
export type Kpi = z.infer<typeof kpiSchema>;

export const UNIT_BASES = ['per-1000-requests', 'per-case'] as const;
export const UNIT_BASIS_LABELS: Record<(typeof UNIT_BASES)[number], string> = {
  'per-1000-requests': 'per 1,000 requests',
  'per-case': 'per case',
};

const money = (label: string) =>
  z
    .number({ message: `${label} must be a number` })

    .min(0, { message: `${label} cannot be negative` })
    .max(1e12, { message: `${label} is implausibly large` })
    .nullable();

export const costModelSchema = z.strictObject({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'Currency is a three-letter code such as USD' }),
  /** What the proof of concept costs per month today. */
  pocMonthlyCost: money('Monthly cost at proof-of-concept volume'),
  /** Cost of one unit (1,000 requests or one case) at production. */
  unitCost: money('Unit cost'),
  unitBasis: z.enum(UNIT_BASES),
  /** Expected production volume per month, in requests or cases. */
  productionMonthlyVolume: money('Production volume'),
});
export type CostModel = z.infer<typeof costModelSchema>;

export const businessCaseSchema = z.strictObject({
  kpis: z.array(kpiSchema).max(30, { message: 'At most 30 KPIs' }),
  cost: costModelSchema,
});
export type BusinessCase = z.infer<typeof businessCaseSchema>;

export const EMPTY_BUSINESS_CASE: BusinessCase = {
  kpis: [],
  cost: {
    currency: 'USD',
    pocMonthlyCost: null,
    unitCost: null,
    unitBasis: 'per-1000-requests',
    productionMonthlyVolume: null,
  },
};

export interface CostProjection {
  pocMonthly: number | null;
  productionMonthly: number | null;
  /** Production ÷ POC: the number that tells whether the business case survives scale. */
  ratio: number | null;
}

/** Projected monthly cost at production volume, and how it compares with the POC. */
export function projectCost(cost: CostModel): CostProjection {
  const { pocMonthlyCost, unitCost, productionMonthlyVolume, unitBasis } = cost;
  const productionMonthly =
    unitCost === null || productionMonthlyVolume === null
      ? null
      : unitBasis === 'per-1000-requests'
        ? (unitCost * productionMonthlyVolume) / 1000
        : unitCost * productionMonthlyVolume;
  const ratio =
    productionMonthly === null || pocMonthlyCost === null || pocMonthlyCost === 0
      ? null
      : productionMonthly / pocMonthlyCost;
  return { pocMonthly: pocMonthlyCost, productionMonthly, ratio };
}
