import { ed25519 } from '@noble/curves/ed25519.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalJson } from '../crypto/canonicalJson';
import { HEX_SHA256 } from '../crypto/sha256';
import { keyFingerprint } from './credential';
import { fromHex, hexSchema, toHex } from './hex';
import type { MemberKey } from './memberKey';

/** What a signature means, shown to the signer and printed with it (21 CFR 11.50). */
export const SIGNATURE_MEANINGS = [
  'review',
  'approval',
  'responsibility',
  'acceptance-of-risk',
] as const;
export const signatureMeaningSchema = z.enum(SIGNATURE_MEANINGS);
export type SignatureMeaning = z.infer<typeof signatureMeaningSchema>;

export const SIGNATURE_MEANING_LABELS: Record<SignatureMeaning, string> = {
  review: 'Review',
  approval: 'Approval',
  responsibility: 'Responsibility',
  'acceptance-of-risk': 'Acceptance of risk',
};

export const SIGNATURE_MEANING_EXPLANATIONS: Record<SignatureMeaning, string> = {
  review: 'I have reviewed this record.',
  approval: 'I approve this record as it stands.',
  responsibility: 'I take responsibility for this record.',
  'acceptance-of-risk':
    'I accept the residual risk described in this record on behalf of the organisation.',
};

/** ISO 8601 with the signer's UTC offset, e.g. 2026-11-22T09:15:00.000+01:00. */
const isoWithZone = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/, {
    message: 'Signing time must be ISO 8601 with a UTC offset',
  })
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Not a valid signing time' });

/**
 * Exactly what is signed. Binding the record kind, id and content hash means a
 * signature cannot be moved to another record or another version of the same
 * record (21 CFR 11.70); the printed name and meaning are signed too, so the
 * manifestation cannot be altered without breaking it.
 */
export const signaturePayloadSchema = z.strictObject({
  recordKind: z.string().min(1).max(60),
  recordId: z.string().min(1).max(200),
  contentHash: z.string().regex(HEX_SHA256, { message: 'Content hash must be SHA-256 hex' }),
  meaning: signatureMeaningSchema,
  signerId: z.uuid(),
  printedName: z.string().min(1).max(120),
  keyFingerprint: hexSchema(32, 'Key fingerprint'),
  signedAt: isoWithZone,
});
export type SignaturePayload = z.infer<typeof signaturePayloadSchema>;

export const electronicSignatureSchema = signaturePayloadSchema.extend({
  algorithm: z.literal('ed25519'),
  signature: hexSchema(64, 'Signature'),
});
export type ElectronicSignature = z.infer<typeof electronicSignatureSchema>;

function payloadBytes(payload: SignaturePayload): Uint8Array {
  const {
    recordKind,
    recordId,
    contentHash,
    meaning,
    signerId,
    printedName,
    keyFingerprint: fp,
    signedAt,
  } = payload;
  return utf8ToBytes(
    canonicalJson({
      domain: 'countersign/signature/v1',
      recordKind,
      recordId,
      contentHash,
      meaning,
      signerId,
      printedName,
      keyFingerprint: fp,
      signedAt,
    }),
  );
}

export function signPayload(secretKey: Uint8Array, payload: SignaturePayload): ElectronicSignature {
  return {
    ...payload,
    algorithm: 'ed25519',
    signature: toHex(ed25519.sign(payloadBytes(payload), secretKey)),
  };
}

export type SignatureCheck =
  | { ok: true; key: MemberKey }
  | {
      ok: false;
      reason: 'malformed' | 'unknown-key' | 'key-not-current' | 'bad-signature' | 'wrong-record';
      message: string;
    };

/**
 * Checks a signature against the signer's key history and, when given, the
 * record it is attached to. Pure: the same code runs in the app, the worker
 * and the auditor's command-line verifier.
 */
export function verifySignature(
  signature: unknown,
  keyHistory: readonly MemberKey[],
  expected?: { recordKind: string; recordId: string; contentHash: string; signerId?: string },
): SignatureCheck {
  const parsed = electronicSignatureSchema.safeParse(signature);
  if (!parsed.success) {
    return { ok: false, reason: 'malformed', message: 'The signature is incomplete or malformed.' };
  }
  const sig = parsed.data;
  if (
    expected &&
    (sig.recordKind !== expected.recordKind ||
      sig.recordId !== expected.recordId ||
      sig.contentHash !== expected.contentHash ||
      (expected.signerId !== undefined && sig.signerId !== expected.signerId))
  ) {
    return {
      ok: false,
      reason: 'wrong-record',
      message:
        'The signature was made for a different record, or a different version of this record.',
    };
  }
  const key = keyHistory.find((k) => k.fingerprint === sig.keyFingerprint);
  if (!key || keyFingerprint(key.publicKey) !== key.fingerprint) {
    return {
      ok: false,
      reason: 'unknown-key',
      message: 'The signing key is not one of the signer’s keys.',
    };
  }
  const signedAt = Date.parse(sig.signedAt);
  if (
    signedAt < Date.parse(key.createdAt) ||
    (key.retiredAt !== null && signedAt >= Date.parse(key.retiredAt))
  ) {
    return {
      ok: false,
      reason: 'key-not-current',
      message: 'The signature is dated outside the period in which its key was in use.',
    };
  }
  let valid = false;
  try {
    valid = ed25519.verify(fromHex(sig.signature), payloadBytes(sig), fromHex(key.publicKey));
  } catch {
    valid = false;
  }
  if (!valid) {
    return {
      ok: false,
      reason: 'bad-signature',
      message: 'The signature does not match the signed content.',
    };
  }
  return { ok: true, key };
}

/** `Date` → ISO 8601 with the given UTC offset (minutes east of UTC). */
export function isoWithOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 23)}${sign}${hh}:${mm}`;
}
