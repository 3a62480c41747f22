import { z } from 'zod';
import { isoDateTimeSchema } from '../domain/common';
import { hexSchema } from './hex';

/**
 * One public signing key in a member's history. Keys are never deleted: a
 * retired key still verifies the signatures made while it was current.
 */
export const memberKeySchema = z.strictObject({
  publicKey: hexSchema(32, 'Public key'),
  fingerprint: hexSchema(32, 'Fingerprint'),
  createdAt: isoDateTimeSchema,
  retiredAt: isoDateTimeSchema.nullable(),
  retiredReason: z.string().max(200).nullable(),
});
export type MemberKey = z.infer<typeof memberKeySchema>;

export function currentKey(keys: readonly MemberKey[]): MemberKey | undefined {
  return keys.find((key) => key.retiredAt === null);
}
