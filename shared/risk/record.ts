import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../domain/common';
import { riskFieldsSchema } from '../domain/risk';
import { riskAcceptanceSchema } from './acceptance';
import { controlSchema } from './controls';

/** A gate checklist item a risk bears on, by template and item id. */
export const linkedItemSchema = z.strictObject({
  templateId: z.string().min(1).max(80),
  itemId: z.string().min(1).max(80),
});
export type LinkedItem = z.infer<typeof linkedItemSchema>;

/** What a person edits on a risk besides its fields: controls and linked checklist items. */
export const riskDetailsSchema = z.strictObject({
  controls: z.array(controlSchema).max(30, { message: 'At most 30 controls per risk' }).default([]),
  linkedItems: z
    .array(linkedItemSchema)
    .max(20, { message: 'At most 20 linked items' })
    .default([]),
});

/**
 * A stored risk. Scores and bands are never stored: they are derived from
 * the ratings on the workspace matrix wherever they are shown.
 */
export const riskSchema = riskFieldsSchema.extend({
  ...riskDetailsSchema.shape,
  id: idSchema,
  /** The library template it was added from, if any. */
  templateId: z.string().max(80).nullable(),
  /** The last recorded review; the next one is due by the residual band's cadence. */
  lastReviewedAt: isoDateTimeSchema,
  acceptance: riskAcceptanceSchema.nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Risk = z.infer<typeof riskSchema>;
