import { keyFingerprint, type CredentialEnvelope } from '../../../shared/auth/credential';
import type { MemberKey } from '../../../shared/auth/memberKey';

/** The key-history entry for a freshly sealed credential. */
export function keyFromEnvelope(envelope: CredentialEnvelope, at: string): MemberKey {
  return {
    publicKey: envelope.publicKey,
    fingerprint: keyFingerprint(envelope.publicKey),
    createdAt: at,
    retiredAt: null,
    retiredReason: null,
  };
}

/** Retires whatever key is current; history is kept so old signatures still verify. */
export function retireCurrentKey(
  keys: readonly MemberKey[],
  at: string,
  reason: string,
): MemberKey[] {
  return keys.map((key) =>
    key.retiredAt === null ? { ...key, retiredAt: at, retiredReason: reason } : key,
  );
}
