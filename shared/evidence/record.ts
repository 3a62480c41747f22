import { z } from 'zod';
import { HEX_SHA256 } from '../crypto/sha256';
import { idSchema, isoDateTimeSchema, optionalText, requiredText } from '../domain/common';
import { sanitiseFileName } from './fileName';
import { fileTypeOf } from './fileTypes';

/**
 * What a file of evidence is attached to. Sign-offs and checklist answers are
 * drafted before they exist as records, so their evidence is attached to the
 * gate review (and item) and the sign-off cites it by id and SHA-256.
 */
export const evidenceTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('initiative') }),
  z.strictObject({ kind: z.literal('risk'), riskId: idSchema }),
  z.strictObject({ kind: z.literal('control'), riskId: idSchema, controlId: idSchema }),
  z.strictObject({
    kind: z.literal('checklist-item'),
    gateId: idSchema,
    itemId: z.string().min(1).max(80),
  }),
  z.strictObject({ kind: z.literal('gate'), gateId: idSchema }),
]);
export type EvidenceTarget = z.infer<typeof evidenceTargetSchema>;

export const evidenceWithdrawalSchema = z.strictObject({
  by: idSchema,
  at: isoDateTimeSchema,
  reason: requiredText('Reason for withdrawal', 1000),
});
export type EvidenceWithdrawal = z.infer<typeof evidenceWithdrawalSchema>;

/**
 * One immutable file of evidence. The bytes live in `evidenceFiles` under the
 * same id; this row is what lists, packs, bundles and audit events carry. A new
 * version is a new row pointing at the one it replaces; a withdrawal is
 * recorded on the row and never removes the hash from history.
 */
export const evidenceSchema = z.strictObject({
  id: idSchema,
  initiativeId: idSchema,
  target: evidenceTargetSchema,
  /** The original file name, made safe to show and to save (see `sanitiseFileName`). */
  name: z
    .string()
    .min(1)
    .max(200)
    .refine((name) => sanitiseFileName(name) === name, {
      message: 'Not a file name Countersign would have stored',
    }),
  /** What the file is, in the words of whoever added it; may be empty. */
  description: optionalText('Description', 500),
  mediaType: z
    .string()
    .refine((type) => fileTypeOf(type) !== undefined, { message: 'Not an accepted evidence type' }),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(HEX_SHA256),
  addedBy: idSchema,
  addedAt: isoDateTimeSchema,
  /** 1 for a first file; n + 1 for a file that replaces version n. */
  version: z.number().int().min(1),
  /** The evidence this version replaces, if any. */
  replaces: idSchema.nullable(),
  /** Set when a newer version exists: the id of that version. */
  replacedBy: idSchema.nullable(),
  withdrawal: evidenceWithdrawalSchema.nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** Evidence is current when it is neither withdrawn nor replaced by a newer version. */
export function isCurrentEvidence(evidence: Evidence): boolean {
  return evidence.withdrawal === null && evidence.replacedBy === null;
}

/** A sign-off's citation: the evidence id and the SHA-256 of the file the reviewer saw. */
export const citedEvidenceSchema = z.strictObject({
  id: idSchema,
  sha256: z.string().regex(HEX_SHA256, { message: 'Evidence hash must be SHA-256 hex' }),
});
export type CitedEvidence = z.infer<typeof citedEvidenceSchema>;

/** Who may withdraw a file: whoever attached it, a program manager or an administrator. */
export function mayWithdrawEvidence(
  member: { id: string; roles: readonly string[] },
  evidence: Pick<Evidence, 'addedBy'>,
): boolean {
  return (
    evidence.addedBy === member.id ||
    member.roles.includes('program-manager') ||
    member.roles.includes('administrator')
  );
}
