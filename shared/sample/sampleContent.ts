import { z } from 'zod';
import { costModelSchema, kpiSchema } from '../domain/businessCase';
import { emailSchema, optionalText, requiredText } from '../domain/common';
import {
  aiSystemTypeSchema,
  dataCategorySchema,
  hostingSchema,
  integrationPointSchema,
  oversightSchema,
  stageSchema,
} from '../domain/initiative';
import { GAPS, READINESS_STATUSES, type Gap } from '../domain/readiness';
import { ratingSchema, riskCategorySchema, treatmentSchema } from '../domain/risk';
import { roleSchema } from '../domain/roles';
import { euAiActAnswersSchema } from '../euAiAct/answers';
import { reviewFunctionSchema } from '../gates/functions';
import { answerValueSchema, decisionSchema } from '../gates/signoff';

/**
 * The bundled sample workspace is data (assets/sample-workspace.json), replayed
 * through the real command layer on a simulated clock so its audit trail is a
 * genuine chain. Times are given in days before "now" so the sample never ages.
 *
 * Format 2 adds, per initiative, the profile (AI system, data, people,
 * oversight, integrations) and later changes to it, the EU AI Act
 * classification answers, the business case and the readiness assessment.
 * Format 3 adds, per initiative, gate reviews: who opened them and when, and
 * each reviewer's signed decision with its checklist answers and conditions.
 * Format 4 adds evidence files attached to gate reviews (short text documents
 * held in the file itself) and the files each sign-off cites.
 *
 * Every field is spelled out: parsing never fills in defaults, so what is in
 * the file is exactly what gets replayed. Lists that an initiative may not
 * have (profile changes, gate reviews, answer overrides, conditions) are
 * optional, never defaulted.
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

export const sampleAiSystemSchema = z.strictObject({
  model: requiredText('Model or product', 120),
  provider: requiredText('Provider', 120),
  version: z.string().trim().max(60),
  hosting: hostingSchema,
});

/** The profile fields the sample records after registration (all material but hosting). */
const sampleProfileFields = {
  aiSystem: sampleAiSystemSchema,
  dataCategories: z.array(dataCategorySchema).min(1),
  peopleAffected: requiredText('People affected', 2000),
  humanOversight: oversightSchema,
  integrationPoints: z.array(integrationPointSchema).max(30),
};

/** First recording of the profile: filling in empty fields needs no reason. */
export const sampleProfileSchema = z.strictObject({
  daysAgo,
  byKey: key,
  ...sampleProfileFields,
});

/** A later change to recorded fields: material, so it carries a reason into the audit trail. */
export const sampleProfileChangeSchema = z.strictObject({
  daysAgo,
  byKey: key,
  reason: requiredText('Reason', 1000),
  changes: z
    .strictObject({
      ...sampleProfileFields,
      aiSystem: sampleAiSystemSchema.partial(),
    })
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, {
      message: 'A profile change changes at least one field',
    }),
});

export const sampleClassificationSchema = z.strictObject({
  daysAgo,
  byKey: key,
  /** The questionnaire's answers; the tier is computed from them on replay, never stored here. */
  answers: euAiActAnswersSchema,
});

export const sampleBusinessCaseSchema = z.strictObject({
  daysAgo,
  byKey: key,
  kpis: z.array(kpiSchema).max(30),
  cost: costModelSchema,
});

export const sampleGapSchema = z.strictObject({
  status: z.enum(READINESS_STATUSES),
  notes: z.string().trim().max(2000),
  ownerKey: key.nullable(),
});

export const sampleReadinessSchema = z.strictObject({
  daysAgo,
  byKey: key,
  gaps: z.strictObject(
    Object.fromEntries(GAPS.map((gap) => [gap, sampleGapSchema])) as Record<
      Gap,
      typeof sampleGapSchema
    >,
  ),
});

/** Checklist item and template identifiers, as in gate templates. */
const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,60}$/, { message: 'Identifiers are lower-case slugs' });

/** A checklist answer other than the default (met, citing evidence where the item requires it). */
export const sampleAnswerSchema = z.strictObject({
  answer: answerValueSchema,
  note: z.string().trim().max(1000),
  evidence: z.string().trim().max(500),
});

export const sampleConditionSchema = z.strictObject({
  /** Names the condition within the sample; the replay gives it a fresh id. */
  key,
  text: requiredText('Condition', 500),
  ownerKey: key,
  /** Days after the signing day that it falls due. */
  dueInDays: z.number().int().min(0).max(365),
  /** Left out while the condition is open. */
  closed: z
    .strictObject({
      byKey: key,
      daysAgo,
      note: z.string().trim().max(1000),
    })
    .optional(),
});

export const sampleSignoffSchema = z.strictObject({
  byKey: key,
  function: reviewFunctionSchema,
  daysAgo,
  decision: decisionSchema,
  comment: z.string().trim().max(4000),
  /**
   * Answers that differ from the default, by checklist item id. Every other
   * item of the function is answered "met", citing a location in the
   * governance library where the item requires evidence.
   */
  answers: z.record(slug, sampleAnswerSchema).optional(),
  conditions: z.array(sampleConditionSchema).max(20).optional(),
  /** Keys of the gate's evidence files this sign-off cites (signed with their hashes). */
  cites: z.array(key).max(10).optional(),
});

/** A short evidence document attached to a gate review; its text is the file's contents. */
export const sampleEvidenceSchema = z.strictObject({
  key,
  /** File name, with a text extension (.md or .txt). */
  name: z.string().regex(/^[\w ,.()-]{1,100}\.(md|txt)$/, { message: 'A text file name' }),
  description: z.string().trim().max(500),
  byKey: key,
  daysAgo,
  text: z.string().min(1).max(20_000),
});

export const sampleGateSchema = z.strictObject({
  templateId: slug,
  openedDaysAgo: daysAgo,
  openedByKey: key,
  note: z.string().trim().max(2000),
  /** Evidence files attached to the review, in the order they were added. */
  evidence: z.array(sampleEvidenceSchema).max(10).optional(),
  /** Signed decisions, oldest first; a reviewer signing again supersedes their earlier one. */
  signoffs: z.array(sampleSignoffSchema),
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
  /** Gate reviews, oldest first; entering pilot or production needs one that passed. */
  gates: z.array(sampleGateSchema).optional(),
  profile: sampleProfileSchema.optional(),
  /** Changes after the profile was first recorded, oldest first. */
  profileChanges: z.array(sampleProfileChangeSchema).optional(),
  classification: sampleClassificationSchema.optional(),
  businessCase: sampleBusinessCaseSchema.optional(),
  readiness: sampleReadinessSchema.optional(),
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

export const SAMPLE_FORMAT_VERSION = 4;

export const sampleContentSchema = z.strictObject({
  formatVersion: z.literal(SAMPLE_FORMAT_VERSION),
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
export type SampleInitiative = SampleContent['initiatives'][number];
export type SampleProfile = NonNullable<SampleInitiative['profile']>;
export type SampleProfileChange = NonNullable<SampleInitiative['profileChanges']>[number];
export type SampleGate = NonNullable<SampleInitiative['gates']>[number];
export type SampleSignoff = SampleGate['signoffs'][number];
export type SampleCondition = NonNullable<SampleSignoff['conditions']>[number];
