import {
  verifySignature,
  type ElectronicSignature,
  type SignatureMeaning,
} from '../../../shared/auth/signature';
import { SIGNATURE_MEANING_LABELS } from '../../../shared/auth/signature';
import type { Member } from '../../../shared/domain/member';
import { CommandError } from './commandError';

/**
 * Refuses a signature that is not the acting member's own, made with their
 * current key, in their own printed name, with the expected meaning, over
 * exactly this record and content (21 CFR 11.70: signatures cannot be moved).
 */
export function requireOwnSignature(
  actor: Member,
  signature: ElectronicSignature,
  expected: {
    recordKind: string;
    recordId: string;
    contentHash: string;
    meaning: SignatureMeaning;
  },
  what: string,
): void {
  const check = verifySignature(signature, actor.keys, {
    recordKind: expected.recordKind,
    recordId: expected.recordId,
    contentHash: expected.contentHash,
    signerId: actor.id,
  });
  if (!check.ok)
    throw new CommandError('invalid', `The ${what} was not recorded: ${check.message}`);
  if (check.key.retiredAt !== null) {
    throw new CommandError('invalid', `The ${what} was signed with a retired key.`);
  }
  if (signature.meaning !== expected.meaning || signature.printedName !== actor.name) {
    throw new CommandError(
      'invalid',
      `The ${what} is signed with the meaning “${SIGNATURE_MEANING_LABELS[expected.meaning]}” in your own name.`,
    );
  }
}

/** Why a member cannot sign yet, or null: signatures count once they certified theirs. */
export function certificationProblem(
  member: Pick<Member, 'name' | 'certification'>,
): string | null {
  return member.certification === null
    ? `${member.name} has not yet certified their electronic signature. Certify it first (the banner at the top of the screen), then sign.`
    : null;
}

export function requireCertified(actor: Member): void {
  const problem = certificationProblem(actor);
  if (problem) throw new CommandError('forbidden', problem);
}
