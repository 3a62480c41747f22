import { z } from 'zod';
import { idSchema, isoDateTimeSchema, optionalText, requiredText } from './common';

export const STAGES = ['idea', 'proof-of-concept', 'pilot', 'production', 'retired'] as const;
export const stageSchema = z.enum(STAGES, { message: 'Choose a lifecycle stage' });
export type Stage = z.infer<typeof stageSchema>;

export const STAGE_LABELS: Record<Stage, string> = {
  idea: 'Idea',
  'proof-of-concept': 'Proof of concept',
  pilot: 'Pilot',
  production: 'Production',
  retired: 'Retired',
};

export const AI_SYSTEM_TYPES = [
  'generative-llm',
  'classical-ml',
  'computer-vision',
  'speech',
  'rules-plus-ml',
  'other',
] as const;
export const aiSystemTypeSchema = z.enum(AI_SYSTEM_TYPES, { message: 'Choose an AI system type' });
export type AiSystemType = z.infer<typeof aiSystemTypeSchema>;

export const AI_SYSTEM_TYPE_LABELS: Record<AiSystemType, string> = {
  'generative-llm': 'Generative / LLM',
  'classical-ml': 'Classical ML',
  'computer-vision': 'Computer vision',
  speech: 'Speech',
  'rules-plus-ml': 'Rules + ML',
  other: 'Other',
};

/** What a person fills in when registering an initiative. */
export const initiativeFieldsSchema = z.strictObject({
  title: requiredText('Title', 160),
  summary: optionalText('Summary', 2000),
  purpose: optionalText('Intended purpose', 4000),
  businessUnit: requiredText('Business unit', 120),
  ownerId: idSchema,
  sponsor: optionalText('Sponsor', 120),
  aiSystemType: aiSystemTypeSchema,
  tags: z
    .array(z.string().trim().min(1).max(40))
    .max(20, { message: 'At most 20 tags' })
    .default([])
    .transform((tags) => [...new Set(tags)]),
});
export type InitiativeFields = z.infer<typeof initiativeFieldsSchema>;

export const initiativeSchema = initiativeFieldsSchema.extend({
  id: idSchema,
  stage: stageSchema,
  stageEnteredAt: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;
