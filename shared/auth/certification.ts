import { hashCanonical } from '../crypto/sha256';

/**
 * Before their first signature, each member certifies that their electronic
 * signature is the legally binding equivalent of their handwritten one
 * (the statement 21 CFR 11.100(c) asks organisations to hold).
 */
export const CERTIFICATION_STATEMENT =
  'I certify that the electronic signatures I make in this workspace are the legally binding equivalent of my handwritten signature, and that I will not share my passphrase with anyone.';

export const CERTIFICATION_RECORD_KIND = 'member-certification';

export function certificationContentHash(memberId: string, workspaceId: string): string {
  return hashCanonical({ statement: CERTIFICATION_STATEMENT, memberId, workspaceId });
}
