import { z } from 'zod';
import { EMPTY_DASHBOARD_FILTER } from '../dashboard/filter';
import { dateOnlySchema, idSchema } from '../domain/common';
import { RISK_TIERS } from '../euAiAct/tier';
import { INITIATIVE_SECTIONS, PORTFOLIO_SECTIONS } from './sections';

/** Identifies pack documents and their model; raised on any change to what the model holds. */
export const PACK_FORMAT = 'countersign-pack';
/** 2: the portfolio pack is the dashboard's panels, with the dashboard's filters. */
export const PACK_FORMAT_VERSION = 2;

/**
 * The Dashboard's filters (`shared/dashboard/filter.ts`) as a portfolio pack
 * option: the same fields with the same meaning, empty for "any". Absent in a
 * request means no filter.
 */
export const portfolioFilterSchema = z
  .strictObject({
    businessUnit: z.string().trim().max(120),
    /** The initiatives' owner, by member id. */
    ownerId: z.union([idSchema, z.literal('')]),
    tier: z.enum([...RISK_TIERS, 'unclassified', '']),
  })
  .default(() => ({ ...EMPTY_DASHBOARD_FILTER }));

/** What to put in the pack: chosen in the export dialog or on the command line. */
export const packRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('initiative'),
    initiativeId: idSchema,
    sections: z
      .array(z.enum(INITIATIVE_SECTIONS))
      .min(1, { message: 'Choose at least one section' })
      .transform((chosen) => INITIATIVE_SECTIONS.filter((id) => chosen.includes(id))),
    /** Audit events from this local date, inclusive; null for the start of the chain. */
    auditFrom: dateOnlySchema.nullable(),
    /** Audit events up to this local date, inclusive; null for the end of the chain. */
    auditTo: dateOnlySchema.nullable(),
  }),
  z.strictObject({
    kind: z.literal('portfolio'),
    /** The initiatives covered; null for every initiative in the workspace. */
    initiativeIds: z
      .array(idSchema)
      .min(1, { message: 'Choose at least one initiative' })
      .nullable(),
    sections: z
      .array(z.enum(PORTFOLIO_SECTIONS))
      .min(1, { message: 'Choose at least one section' })
      .transform((chosen) => PORTFOLIO_SECTIONS.filter((id) => chosen.includes(id))),
    /** The Dashboard's filters; applied after `initiativeIds`. */
    filter: portfolioFilterSchema,
  }),
]);
export type PackRequest = z.infer<typeof packRequestSchema>;
export type InitiativePackRequest = Extract<PackRequest, { kind: 'initiative' }>;
export type PortfolioPackRequest = Extract<PackRequest, { kind: 'portfolio' }>;

/** Where and by whom a pack is generated: everything the model needs besides the workspace. */
export const packContextSchema = z.strictObject({
  /** The moment of generation, ISO 8601 UTC. Every "today" and "overdue" in the pack is as of this. */
  generatedAt: z.iso.datetime(),
  /** The exporting machine's zone: times in the pack are shown at this UTC offset. */
  timeZone: z.strictObject({
    name: z.string().max(80).nullable(),
    offsetMinutes: z
      .number()
      .int()
      .min(-14 * 60)
      .max(14 * 60),
  }),
  preparedBy: z.strictObject({
    name: z.string().trim().min(1).max(120),
    title: z.string().max(120),
    /** The signed-in member; null when the command line generated the pack. */
    memberId: idSchema.nullable(),
  }),
  /** Classification marking printed on the cover and in every page header. */
  marking: z.string().trim().max(60),
  appVersion: z.string().min(1).max(40),
});
export type PackContext = z.infer<typeof packContextSchema>;

/** A pack's full specification: with the same workspace it always gives the same model. */
export const packSpecSchema = z
  .strictObject({ request: packRequestSchema, context: packContextSchema })
  .superRefine((spec, ctx) => {
    const { request } = spec;
    if (
      request.kind === 'initiative' &&
      request.auditFrom !== null &&
      request.auditTo !== null &&
      request.auditFrom > request.auditTo
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['request', 'auditTo'],
        message: 'The audit trail range ends before it starts',
      });
    }
  });
export type PackSpec = z.infer<typeof packSpecSchema>;
