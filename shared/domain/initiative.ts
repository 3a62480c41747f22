import { z } from 'zod';
import { classificationRecordSchema } from '../euAiAct/classificationRecord';
import { businessCaseSchema } from './businessCase';
import { idSchema, isoDateTimeSchema, optionalText, requiredText } from './common';
import { readinessSchema } from './readiness';

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

export const HOSTING_OPTIONS = ['on-premises', 'cloud', 'vendor-api'] as const;
export const hostingSchema = z.enum(HOSTING_OPTIONS, { message: 'Choose where it is hosted' });
export const HOSTING_LABELS: Record<(typeof HOSTING_OPTIONS)[number], string> = {
  'on-premises': 'On-premises',
  cloud: 'Cloud',
  'vendor-api': 'Vendor API',
};

export const DATA_CATEGORIES = [
  'personal',
  'special-category',
  'confidential-business',
  'public',
] as const;
export const dataCategorySchema = z.enum(DATA_CATEGORIES);
export type DataCategory = z.infer<typeof dataCategorySchema>;
export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  personal: 'Personal data',
  'special-category': 'Special category data',
  'confidential-business': 'Confidential business data',
  public: 'Public data',
};

export const OVERSIGHT_OPTIONS = ['human-in-the-loop', 'human-on-the-loop', 'none'] as const;
export const oversightSchema = z.enum(OVERSIGHT_OPTIONS, { message: 'Choose the human oversight' });
export type Oversight = z.infer<typeof oversightSchema>;
export const OVERSIGHT_LABELS: Record<Oversight, string> = {
  'human-in-the-loop': 'Human in the loop',
  'human-on-the-loop': 'Human on the loop',
  none: 'None',
};

/** Systems offered by name; people may add others. */
export const KNOWN_INTEGRATIONS = ['ERP', 'CRM', 'Ticketing', 'Document management'] as const;
export const INTEGRATION_DIRECTIONS = ['reads', 'writes', 'reads-writes'] as const;
export const integrationPointSchema = z.strictObject({
  system: requiredText('System name', 60),
  direction: z.enum(INTEGRATION_DIRECTIONS, { message: 'Choose whether it reads, writes or both' }),
});
export type IntegrationPoint = z.infer<typeof integrationPointSchema>;

/** The AI system itself (its type is `aiSystemType`, chosen at registration). */
export const aiSystemSchema = z.strictObject({
  model: optionalText('Model or product', 120),
  provider: optionalText('Provider', 120),
  version: optionalText('Version', 60),
  hosting: hostingSchema.nullable().default(null),
});
export type AiSystem = z.infer<typeof aiSystemSchema>;

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

/** The full profile a program manager keeps current. */
export const initiativeProfileSchema = initiativeFieldsSchema.extend({
  aiSystem: aiSystemSchema.default({ model: '', provider: '', version: '', hosting: null }),
  dataCategories: z
    .array(dataCategorySchema)
    .default([])
    .transform((v) => [...new Set(v)]),
  peopleAffected: optionalText('People affected', 2000),
  humanOversight: oversightSchema.nullable().default(null),
  integrationPoints: z
    .array(integrationPointSchema)
    .max(30, { message: 'At most 30 integration points' })
    .default([]),
});
export type InitiativeProfile = z.infer<typeof initiativeProfileSchema>;

export const initiativeSchema = initiativeProfileSchema.extend({
  id: idSchema,
  stage: stageSchema,
  stageEnteredAt: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  classification: classificationRecordSchema.nullable(),
  businessCase: businessCaseSchema,
  readiness: readinessSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;

/** The editable profile of a stored initiative (what `initiative.update` takes). */
export function profileOf(initiative: Initiative): InitiativeProfile {
  const {
    id: _id,
    stage: _stage,
    stageEnteredAt: _entered,
    createdAt: _created,
    updatedAt: _updated,
    classification: _classification,
    businessCase: _businessCase,
    readiness: _readiness,
    ...profile
  } = initiative;
  return profile;
}
