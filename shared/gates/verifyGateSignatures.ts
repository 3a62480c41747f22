import { verifySignature } from '../auth/signature';
import { hashCanonical } from '../crypto/sha256';
import type { Member } from '../domain/member';
import { GATE_OVERRIDE_RECORD_KIND, overrideContent, type Gate } from './gate';
import { SIGNOFF_RECORD_KIND, signedContentOf, signoffContentHash, type Signoff } from './signoff';

export interface GateSignatureFailure {
  kind: 'signoff' | 'override';
  id: string;
  message: string;
}

/**
 * Checks every sign-off and override signature against the signer's key
 * history and the content stored now: an edited decision, answer, condition
 * or justification no longer verifies. Pure: the backup check, the app and
 * the auditor's verifier share it.
 */
export function verifyGateSignatures(
  gates: readonly Gate[],
  signoffs: readonly Signoff[],
  members: readonly Pick<Member, 'id' | 'name' | 'keys'>[],
): { verified: number; failures: GateSignatureFailure[] } {
  const byId = new Map(members.map((m) => [m.id, m]));
  const failures: GateSignatureFailure[] = [];
  let verified = 0;
  const name = (id: string) => byId.get(id)?.name ?? 'an unknown member';
  for (const signoff of signoffs) {
    const check = verifySignature(signoff.signature, byId.get(signoff.reviewerId)?.keys ?? [], {
      recordKind: SIGNOFF_RECORD_KIND,
      recordId: signoff.id,
      contentHash: signoffContentHash(signedContentOf(signoff)),
      signerId: signoff.reviewerId,
    });
    if (check.ok) verified += 1;
    else
      failures.push({
        kind: 'signoff',
        id: signoff.id,
        message: `The sign-off by ${name(signoff.reviewerId)} does not verify. ${check.message}`,
      });
  }
  for (const gate of gates) {
    if (!gate.override) continue;
    const check = verifySignature(gate.override.signature, byId.get(gate.override.by)?.keys ?? [], {
      recordKind: GATE_OVERRIDE_RECORD_KIND,
      recordId: gate.id,
      contentHash: hashCanonical(overrideContent(gate, gate.override.justification)),
      signerId: gate.override.by,
    });
    if (check.ok) verified += 1;
    else
      failures.push({
        kind: 'override',
        id: gate.id,
        message: `The override of “${gate.template.name}” by ${name(gate.override.by)} does not verify. ${check.message}`,
      });
  }
  return { verified, failures };
}
