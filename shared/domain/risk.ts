import { z } from 'zod';
import { idSchema, optionalText, requiredText } from './common';

export const RISK_CATEGORIES = [
  'data-quality',
  'integration',
  'stakeholder-alignment',
  'evaluation',
  'scale-and-cost',
  'maintenance-and-drift',
  'bias-and-fairness',
  'privacy',
  'security',
  'safety',
  'transparency',
  'vendor',
  'regulatory',
  'intellectual-property',
] as const;
export const riskCategorySchema = z.enum(RISK_CATEGORIES, { message: 'Choose a risk category' });
export type RiskCategory = z.infer<typeof riskCategorySchema>;

export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  'data-quality': 'Data quality',
  integration: 'Integration',
  'stakeholder-alignment': 'Stakeholder alignment',
  evaluation: 'Evaluation',
  'scale-and-cost': 'Scale and cost',
  'maintenance-and-drift': 'Maintenance and drift',
  'bias-and-fairness': 'Bias and fairness',
  privacy: 'Privacy',
  security: 'Security',
  safety: 'Safety',
  transparency: 'Transparency and explainability',
  vendor: 'Vendor and third party',
  regulatory: 'Regulatory',
  'intellectual-property': 'Intellectual property',
};

export const TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export const treatmentSchema = z.enum(TREATMENTS, { message: 'Choose a treatment' });
export type Treatment = z.infer<typeof treatmentSchema>;
export const TREATMENT_LABELS: Record<Treatment, string> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};

/** Likelihood and impact on the workspace matrix (5 × 5 by default; 1 is lowest). */
const level = z
  .number()
  .int()
  .min(1, { message: 'Levels start at 1' })
  .max(6, { message: 'Levels stop at 6' });
export const ratingSchema = z.strictObject({ likelihood: level, impact: level });
export type Rating = z.infer<typeof ratingSchema>;

export const riskFieldsSchema = z.strictObject({
  initiativeId: idSchema,
  title: requiredText('Risk title', 160),
  description: optionalText('Description', 4000),
  category: riskCategorySchema,
  ownerId: idSchema,
  cause: optionalText('Cause', 2000),
  consequence: optionalText('Consequence', 2000),
  inherent: ratingSchema,
  residual: ratingSchema,
  treatment: treatmentSchema,
});
export type RiskFields = z.infer<typeof riskFieldsSchema>;
