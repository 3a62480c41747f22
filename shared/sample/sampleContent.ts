import { z } from 'zod';
import { emailSchema, optionalText, requiredText } from '../domain/common';
import { aiSystemTypeSchema, stageSchema } from '../domain/initiative';
import { ratingSchema, riskCategorySchema, treatmentSchema } from '../domain/risk';
import { roleSchema } from '../domain/roles';

/**
 * The bundled sample workspace is data (assets/sample-workspace.json), replayed
 * through the real command layer on a simulated clock so its audit trail is a
 * genuine chain. Times are given in days before "now" so the sample never ages.
 */
const key = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, { message: 'Keys are lower-case slugs' });
const daysAgo = z.number().int().min(0).max(3650);

export const sampleMemberSchema = z.strictObject({
  key,
  name: requiredText('Name', 120),
  email: emailSchema,
  title: optionalText('Title', 120),
  roles: z.array(roleSchema).min(1),
});

export const sampleStageChangeSchema = z.strictObject({
  stage: stageSchema,
  daysAgo,
  byKey: key,
  reason: requiredText('Reason', 500),
});

export const sampleInitiativeSchema = z.strictObject({
  key,
  title: requiredText('Title', 160),
  summary: optionalText('Summary', 2000),
  purpose: optionalText('Intended purpose', 4000),
  businessUnit: requiredText('Business unit', 120),
  ownerKey: key,
  sponsor: optionalText('Sponsor', 120),
  aiSystemType: aiSystemTypeSchema,
  tags: z.array(z.string().min(1).max(40)).max(20),
  createdDaysAgo: daysAgo,
  createdByKey: key,
  /** Later stage changes, oldest first; the initiative starts at `idea`. */
  stageChanges: z.array(sampleStageChangeSchema),
});

export const sampleRiskSchema = z.strictObject({
  initiativeKey: key,
  title: requiredText('Risk title', 160),
  description: optionalText('Description', 4000),
  category: riskCategorySchema,
  ownerKey: key,
  inherent: ratingSchema,
  residual: ratingSchema,
  treatment: treatmentSchema,
  daysAgo,
  byKey: key,
});

export const sampleContentSchema = z.strictObject({
  formatVersion: z.literal(1),
  workspace: z.strictObject({
    name: requiredText('Workspace name', 120),
    marking: z.string().max(60),
    createdDaysAgo: daysAgo,
  }),
  /** The first member creates the workspace and must hold the administrator role. */
  members: z.array(sampleMemberSchema).min(1),
  initiatives: z.array(sampleInitiativeSchema),
  risks: z.array(sampleRiskSchema),
});
export type SampleContent = z.infer<typeof sampleContentSchema>;
