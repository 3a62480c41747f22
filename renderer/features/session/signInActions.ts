import {
  checkTemporaryPassphrase,
  createCredential,
  createTemporaryPassphrase,
  unlockCredential,
  WrongPassphraseError,
  type CredentialEnvelope,
  type TemporaryPassphrase,
} from '../../../shared/auth/credential';
import type { KdfCost } from '../../../shared/auth/kdf';
import { codePointLength, MIN_PASSPHRASE_LENGTH } from '../../../shared/auth/passphrasePolicy';
import type { CountersignDb } from '../../db/database';
import { execute } from '../../db/commands/defineCommand';
import { recordSignIn, type SIGN_IN_OUTCOMES } from '../../db/commands/recordSignIn';
import { readLockout } from './lockout';
import { randomBytes } from './randomBytes';

export type SignInResult =
  | { ok: true; next: 'signed-in' | 'choose-passphrase' }
  | { ok: false; message: string; retryAt: Date | null };

function waitMessage(retryAt: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  const when =
    seconds < 120 ? `${String(seconds)} seconds` : `${String(Math.ceil(seconds / 60))} minutes`;
  return `Too many failed attempts. Try again in ${when}.`;
}

/**
 * Checks a passphrase for a member and records the attempt in the audit
 * trail. Too many failures in a row make the next attempt wait.
 */
export async function attemptSignIn(
  db: CountersignDb,
  memberId: string,
  passphrase: string,
  mode: 'sign-in' | 'unlock' = 'sign-in',
  now: () => Date = () => new Date(),
): Promise<SignInResult> {
  const lockout = await readLockout(db, memberId, now());
  if (lockout.retryAt)
    return { ok: false, message: waitMessage(lockout.retryAt, now()), retryAt: lockout.retryAt };

  const credential = await db.credentials.get(memberId);
  let correct: boolean;
  if (!credential) {
    // Members from before passphrases existed choose theirs at first sign-in.
    return { ok: true, next: 'choose-passphrase' };
  } else if (credential.kind === 'temporary') {
    correct = await checkTemporaryPassphrase(credential.temporary, passphrase);
  } else {
    correct = await unlockCredential(credential.envelope, passphrase, memberId).then(
      () => true,
      (error: unknown) => {
        if (error instanceof WrongPassphraseError) return false;
        throw error;
      },
    );
  }
  const outcome: (typeof SIGN_IN_OUTCOMES)[number] = correct
    ? mode === 'unlock'
      ? 'unlocked'
      : 'signed-in'
    : mode === 'unlock'
      ? 'unlock-failed'
      : 'failed';
  await execute(db, recordSignIn, { outcome }, { memberId, now });
  if (correct)
    return { ok: true, next: credential.kind === 'temporary' ? 'choose-passphrase' : 'signed-in' };
  const after = await readLockout(db, memberId, now());
  return {
    ok: false,
    message: after.retryAt ? waitMessage(after.retryAt, now()) : 'That passphrase is not correct.',
    retryAt: after.retryAt,
  };
}

export function passphraseProblem(passphrase: string, confirmation: string): string | null {
  if (codePointLength(passphrase) < MIN_PASSPHRASE_LENGTH) {
    return `Passphrases must be at least ${String(MIN_PASSPHRASE_LENGTH)} characters.`;
  }
  if (passphrase !== confirmation) return 'The two passphrases do not match.';
  return null;
}

/** A new signing key sealed with the member's passphrase (derivation takes about a quarter second). */
export function sealNewCredential(
  passphrase: string,
  memberId: string,
  cost?: KdfCost,
): Promise<CredentialEnvelope> {
  return createCredential(passphrase, memberId, randomBytes, cost);
}

export function newTemporaryPassphrase(
  passphrase: string,
  cost?: KdfCost,
): Promise<TemporaryPassphrase> {
  return createTemporaryPassphrase(passphrase, randomBytes, cost);
}
