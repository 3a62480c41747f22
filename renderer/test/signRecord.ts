import { unlockCredential } from '../../shared/auth/credential';
import { currentKey } from '../../shared/auth/memberKey';
import {
  isoWithOffset,
  signPayload,
  type ElectronicSignature,
  type SignatureMeaning,
} from '../../shared/auth/signature';
import type { CountersignDb } from '../db/database';
import { TEST_PASSPHRASE } from './credentials';

/** A member's signature over a record, made the way the signing dialog makes it. */
export async function signRecord(
  db: CountersignDb,
  memberId: string,
  record: { recordKind: string; recordId: string; contentHash: string; meaning: SignatureMeaning },
  passphrase = TEST_PASSPHRASE,
): Promise<ElectronicSignature> {
  const member = await db.members.get(memberId);
  const key = member ? currentKey(member.keys) : undefined;
  const credential = await db.credentials.get(memberId);
  if (!member || !key || credential?.kind !== 'signing-key')
    throw new Error(`${memberId} has no signing key`);
  const secret = await unlockCredential(credential.envelope, passphrase, memberId);
  return signPayload(secret, {
    ...record,
    signerId: memberId,
    printedName: member.name,
    keyFingerprint: key.fingerprint,
    signedAt: isoWithOffset(new Date(), 60),
  });
}
