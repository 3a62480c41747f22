import { unlockCredential, WrongPassphraseError } from '../../../shared/auth/credential';
import { currentKey } from '../../../shared/auth/memberKey';
import {
  isoWithOffset,
  signPayload,
  type ElectronicSignature,
} from '../../../shared/auth/signature';
import type { Member } from '../../../shared/domain/member';
import type { CountersignDb } from '../../db/database';
import { execute } from '../../db/commands/defineCommand';
import { recordSignIn } from '../../db/commands/recordSignIn';
import { readLockout } from '../session/lockout';
import type { SigningRequest } from './signingRequest';

export class SigningRefused extends Error {
  override name = 'SigningRefused';
}

/**
 * Unlocks the signer's key (or uses the session's, when allowed) and signs
 * the request. The signature covers the record kind, id, content hash,
 * meaning, signer, printed name, key and time with the signer's zone.
 */
export async function produceSignature(options: {
  db: CountersignDb;
  member: Member;
  request: SigningRequest;
  passphrase: string | null;
  sessionKey: Uint8Array | null;
  now?: Date;
}): Promise<{ signature: ElectronicSignature; secretKey: Uint8Array }> {
  const { db, member, request, passphrase, sessionKey } = options;
  const now = options.now ?? new Date();
  const key = currentKey(member.keys);
  if (!key) {
    throw new SigningRefused(
      'You have no signing key. Set your passphrase (or ask an administrator to reset it) first.',
    );
  }
  let secretKey = sessionKey;
  if (passphrase !== null) {
    const lockout = await readLockout(db, member.id, now);
    if (lockout.retryAt)
      throw new SigningRefused('Too many failed attempts. Wait before trying again.');
    const credential = await db.credentials.get(member.id);
    if (credential?.kind !== 'signing-key')
      throw new SigningRefused('Your signing key is not available.');
    try {
      secretKey = await unlockCredential(credential.envelope, passphrase, member.id);
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) throw error;
      await execute(db, recordSignIn, { outcome: 'signature-failed' }, { memberId: member.id });
      throw new SigningRefused('That passphrase is not correct. Nothing was signed.');
    }
  }
  if (!secretKey) throw new SigningRefused('Enter your passphrase to sign.');
  const signature = signPayload(secretKey, {
    recordKind: request.recordKind,
    recordId: request.recordId,
    contentHash: request.contentHash,
    meaning: request.meaning,
    signerId: member.id,
    printedName: member.name,
    keyFingerprint: key.fingerprint,
    signedAt: isoWithOffset(now, -now.getTimezoneOffset()),
  });
  return { signature, secretKey };
}
