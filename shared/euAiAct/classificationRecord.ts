import { z } from 'zod';
import { isoDateTimeSchema } from '../domain/common';
import { euAiActAnswersSchema } from './answers';
import { riskTierSchema } from './tier';

/** A classification as stored on an initiative: the answers, the result and who decided when. */
export const classificationRecordSchema = z.strictObject({
  answers: euAiActAnswersSchema,
  tier: riskTierSchema,
  /** Articles and annex points the answers cite, e.g. "Art. 6(2)", "Annex III point 5(b)". */
  articles: z.array(z.string().max(80)).max(40),
  /** Why, in sentences, one per finding. */
  reasons: z.array(z.string().max(500)).max(40),
  classifiedAt: isoDateTimeSchema,
  classifiedBy: z.uuid(),
  /** Set when a material field changed after classifying: the questionnaire must be answered again. */
  needsReview: z.boolean(),
});
export type ClassificationRecord = z.infer<typeof classificationRecordSchema>;
