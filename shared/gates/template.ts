import { z } from 'zod';
import { requiredText, optionalText } from '../domain/common';
import { stageSchema } from '../domain/initiative';
import { riskTierSchema } from '../euAiAct/tier';
import { reviewFunctionSchema } from './functions';

/** Stable slugs: templates and items are referred to by these across versions. */
const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,60}$/, { message: 'Identifiers are lower-case slugs' });

const refList = (label: string) =>
  z
    .array(z.string().trim().min(1).max(40))
    .max(10, { message: `At most 10 ${label} references` })
    .default([]);

/** Where a checklist item sits in the frameworks auditors map against. */
export const frameworkRefsSchema = z.strictObject({
  /** EU AI Act articles or annexes, e.g. "Art. 10", "Annex IV(2)". */
  euAiAct: refList('EU AI Act'),
  /** NIST AI RMF 1.0 subcategories, e.g. "MAP 1.1". */
  nistAiRmf: refList('NIST AI RMF'),
  /** ISO/IEC 42001 Annex A controls, e.g. "A.6.2.4". */
  iso42001: refList('ISO/IEC 42001'),
});
export type FrameworkRefs = z.infer<typeof frameworkRefsSchema>;

export const checklistItemSchema = z.strictObject({
  id: slug,
  text: requiredText('Checklist item', 300),
  guidance: optionalText('Guidance', 2000),
  evidenceRequired: z.boolean(),
  refs: frameworkRefsSchema,
  /** Tiers the item applies to; null means every tier (high-risk can add items). */
  tiers: z.array(riskTierSchema).nullable().default(null),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

const quorum = z
  .number({ message: 'Quorum must be a whole number from 1 to 5' })
  .int({ message: 'Quorum must be a whole number from 1 to 5' })
  .min(1, { message: 'Quorum must be at least 1' })
  .max(5, { message: 'Quorum must be at most 5' });

/** One function's part of a gate: how many approvals it needs and what it checks. */
export const functionRequirementSchema = z.strictObject({
  function: reviewFunctionSchema,
  quorum,
  /** A stricter quorum for some tiers, e.g. two security approvals when high-risk. */
  quorumByTier: z.partialRecord(riskTierSchema, quorum).default({}),
  /** Tiers for which this function must sign; null means always. */
  requiredForTiers: z.array(riskTierSchema).nullable().default(null),
  items: z.array(checklistItemSchema).max(60, { message: 'At most 60 items per function' }),
});
export type FunctionRequirement = z.infer<typeof functionRequirementSchema>;

/**
 * A gate template: a stage transition and what each function must check
 * before it. Editing one makes a new version; opened gates keep a copy of the
 * version they started from.
 */
export const gateTemplateSchema = z
  .strictObject({
    id: slug,
    version: z.number().int().min(1),
    name: requiredText('Gate name', 80),
    description: optionalText('Description', 1000),
    /** Stages an initiative may be in when this gate is opened. */
    fromStages: z.array(stageSchema).min(1, { message: 'Choose at least one starting stage' }),
    toStage: stageSchema,
    /**
     * Segregation of duties: by default one person signs for at most one
     * function on a gate. An administrator may relax this per template.
     */
    allowOneSignerForSeveralFunctions: z.boolean().default(false),
    functions: z
      .array(functionRequirementSchema)
      .min(1, { message: 'A gate needs at least one function to sign it' })
      .max(6),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.functions.forEach((req, index) => {
      if (seen.has(req.function)) {
        ctx.addIssue({
          code: 'custom',
          path: ['functions', index, 'function'],
          message: 'Each function appears once in a gate',
        });
      }
      seen.add(req.function);
      const ids = new Set<string>();
      req.items.forEach((item, itemIndex) => {
        if (ids.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['functions', index, 'items', itemIndex, 'id'],
            message: 'Checklist item identifiers are unique within a function',
          });
        }
        ids.add(item.id);
      });
    });
    if (!template.functions.some((req) => req.requiredForTiers === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['functions'],
        message: 'At least one function must sign this gate whatever the risk tier',
      });
    }
    if (template.fromStages.includes(template.toStage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['toStage'],
        message: 'A gate leads to a different stage than the ones it starts from',
      });
    }
  });
export type GateTemplate = z.infer<typeof gateTemplateSchema>;
