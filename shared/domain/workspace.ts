import { z } from 'zod';
import {
  DEFAULT_EVIDENCE_MAX_MEGABYTES,
  DEFAULT_EVIDENCE_TYPES,
  evidenceFileTypeIdSchema,
  MAX_EVIDENCE_MEGABYTES,
} from '../evidence/fileTypes';
import { gateTemplateSchema } from '../gates/template';
import { DEFAULT_ACCEPTANCE_ROLE } from '../risk/acceptance';
import { DEFAULT_RISK_MATRIX, riskMatrixSchema } from '../risk/matrix';
import { DEFAULT_REVIEW_CADENCE, reviewCadenceSchema } from '../risk/reviewCadence';
import { roleSchema } from './roles';
import { idSchema, isoDateTimeSchema, requiredText } from './common';

function wholeNumber(label: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${String(min)} to ${String(max)}`;
  return z.number({ message }).int({ message }).min(min, { message }).max(max, { message });
}

export const workspaceSettingsSchema = z.strictObject({
  /** Classification marking printed on every exported page, e.g. "Confidential". */
  marking: z.string().trim().max(60).default('Confidential'),
  /** Days in proof of concept or pilot after which an initiative counts as stalled. */
  stalledAfterDays: wholeNumber('Stalled after', 7, 3650).default(90),
  /** Working days a reviewer has to answer a gate review. */
  reviewResponseDays: wholeNumber('Review response target', 1, 120).default(10),
  /** Minutes of inactivity before the session locks. */
  inactivityLockMinutes: wholeNumber('Lock after inactivity', 1, 480).default(15),
  /**
   * Whether every signature asks for the passphrase, or only the first in a
   * session (21 CFR 11.200(a)(1): later signings in one continuous session may
   * use one component).
   */
  signingReauth: z.enum(['every-signature', 'first-in-session']).default('every-signature'),
  /** Months an approval stays valid for an initiative in production before it needs re-review. */
  approvalValidityMonths: wholeNumber('Approval validity', 1, 60).default(12),
  /** Likelihood × impact matrix with its bands and the risk appetite. */
  riskMatrix: riskMatrixSchema.default(DEFAULT_RISK_MATRIX),
  /** Months between risk reviews, by residual band. */
  reviewCadence: reviewCadenceSchema.default(DEFAULT_REVIEW_CADENCE),
  /** The role whose members sign acceptances of residual risk above appetite. */
  acceptanceRole: roleSchema.default(DEFAULT_ACCEPTANCE_ROLE),
  /**
   * When a projected production cost is flagged on the dashboard: above a
   * monthly amount (in each initiative's own currency), or at a multiple of
   * its proof-of-concept cost.
   */
  costAlert: z
    .strictObject({
      monthlyThreshold: z
        .number({ message: 'Cost threshold must be a number' })
        .positive({ message: 'Cost threshold must be above zero' })
        .max(1e12),
      pocMultiple: z
        .number({ message: 'Cost multiple must be a number' })
        .min(1, { message: 'Cost multiple must be at least 1' })
        .max(1000),
    })
    .default({ monthlyThreshold: 25_000, pocMultiple: 10 }),
  /** Largest evidence file accepted, in megabytes (MiB). */
  evidenceMaxMegabytes: wholeNumber('Evidence size limit', 1, MAX_EVIDENCE_MEGABYTES).default(
    DEFAULT_EVIDENCE_MAX_MEGABYTES,
  ),
  /** The kinds of file accepted as evidence; anything else is refused when attached. */
  evidenceTypes: z
    .array(evidenceFileTypeIdSchema)
    .min(1, { message: 'Accept at least one file type as evidence' })
    .refine((types) => new Set(types).size === types.length, {
      message: 'Each file type is listed once',
    })
    .default([...DEFAULT_EVIDENCE_TYPES]),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = workspaceSettingsSchema.parse({});

export const workspaceSchema = z.strictObject({
  id: idSchema,
  name: requiredText('Workspace name', 120),
  createdAt: isoDateTimeSchema,
  /** True for the bundled sample workspace, so the UI can say it is sample data. */
  sample: z.boolean(),
  settings: workspaceSettingsSchema,
  /**
   * Gate templates, current version of each. Kept apart from the settings so
   * saving the settings form never touches them; each edit is its own command.
   */
  gateTemplates: z.array(gateTemplateSchema).max(20),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** The single row of the workspace table has this key. */
export const WORKSPACE_ROW_KEY = 'workspace';
