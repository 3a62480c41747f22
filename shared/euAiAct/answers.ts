import { z } from 'zod';
import { aiActRoleSchema } from './tier';

/** Art. 5(1)(a)–(h): practices that are prohibited outright. */
export const PROHIBITED_PRACTICES = [
  'subliminal-manipulation',
  'exploiting-vulnerabilities',
  'social-scoring',
  'crime-prediction-by-profiling',
  'untargeted-facial-scraping',
  'emotion-recognition-workplace-education',
  'biometric-categorisation-sensitive',
  'realtime-remote-biometric-identification',
] as const;

/** Annex III points 1–8: areas in which a system's intended use makes it high-risk. */
export const ANNEX_III_AREAS = [
  'biometrics',
  'critical-infrastructure',
  'education',
  'employment',
  'essential-services',
  'law-enforcement',
  'migration-border',
  'justice-democracy',
] as const;

/** Art. 6(3): conditions under which an Annex III system is not high-risk. */
export const ANNEX_III_DEROGATIONS = [
  'none',
  'narrow-procedural-task',
  'improves-completed-human-activity',
  'detects-patterns-without-replacing-review',
  'preparatory-task',
] as const;

/** Art. 50: transparency obligations. */
export const TRANSPARENCY_TRIGGERS = [
  'interacts-with-people',
  'generates-synthetic-content',
  'emotion-recognition-or-biometric-categorisation',
  'deep-fake',
  'public-interest-text',
] as const;

/**
 * The answers to the classification questionnaire, stored with the result so
 * anyone can see how the tier was reached and re-run it.
 */
export const euAiActAnswersSchema = z.strictObject({
  role: aiActRoleSchema,
  prohibitedPractices: z.array(z.enum(PROHIBITED_PRACTICES)).transform((v) => [...new Set(v)]),
  /** Art. 6(1): safety component of, or itself, a product under Annex I legislation needing third-party conformity assessment. */
  annexIProduct: z.boolean(),
  annexIIIAreas: z.array(z.enum(ANNEX_III_AREAS)).transform((v) => [...new Set(v)]),
  annexIIIDerogation: z.enum(ANNEX_III_DEROGATIONS),
  /** Art. 6(3) last subparagraph: profiling natural persons keeps an Annex III system high-risk. */
  profiling: z.boolean(),
  transparency: z.array(z.enum(TRANSPARENCY_TRIGGERS)).transform((v) => [...new Set(v)]),
});
export type EuAiActAnswers = z.infer<typeof euAiActAnswersSchema>;
