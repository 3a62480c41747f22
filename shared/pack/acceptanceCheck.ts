import { verifySignature, type SignatureCheck } from '../auth/signature';
import type { Member } from '../domain/member';
import { RISK_ACCEPTANCE_RECORD_KIND, acceptanceContentHash } from '../risk/acceptance';
import type { Risk } from '../risk/record';

/**
 * Checks a risk's signed acceptance against the risk as it stands: the
 * signature binds the title, the accepted residual rating, the treatment and
 * the expiry, so a risk renamed or re-treated since no longer verifies.
 */
export function checkAcceptance(
  risk: Risk,
  signer: Pick<Member, 'keys'> | undefined,
): SignatureCheck | null {
  const { acceptance } = risk;
  if (!acceptance) return null;
  return verifySignature(acceptance.signature, signer?.keys ?? [], {
    recordKind: RISK_ACCEPTANCE_RECORD_KIND,
    recordId: risk.id,
    contentHash: acceptanceContentHash({
      riskId: risk.id,
      title: risk.title,
      residual: acceptance.residual,
      treatment: risk.treatment,
      expiresOn: acceptance.expiresOn,
    }),
    signerId: acceptance.signature.signerId,
  });
}
