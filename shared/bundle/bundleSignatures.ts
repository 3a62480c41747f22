import { CERTIFICATION_RECORD_KIND } from '../auth/certification';
import type { ElectronicSignature } from '../auth/signature';
import { GATE_OVERRIDE_RECORD_KIND } from '../gates/gate';
import { SIGNOFF_RECORD_KIND } from '../gates/signoff';
import { RISK_ACCEPTANCE_RECORD_KIND } from '../risk/acceptance';
import type { BundleMember, BundleRecords } from './bundleMembers';
import type { ManifestSignature } from './format';

/** A signature found in the records, with the record it is attached to. */
export interface RecordSignature {
  recordKind: string;
  recordId: string;
  signature: ElectronicSignature;
}

/** Every electronic signature in a bundle's records: sign-offs, overrides, acceptances, certifications. */
export function recordSignatures(
  records: Pick<BundleRecords, 'gates' | 'signoffs' | 'risks'>,
  members: readonly Pick<BundleMember, 'id' | 'certification'>[],
): RecordSignature[] {
  const found: RecordSignature[] = [];
  for (const signoff of records.signoffs) {
    found.push({
      recordKind: SIGNOFF_RECORD_KIND,
      recordId: signoff.id,
      signature: signoff.signature,
    });
  }
  for (const gate of records.gates) {
    if (gate.override) {
      found.push({
        recordKind: GATE_OVERRIDE_RECORD_KIND,
        recordId: gate.id,
        signature: gate.override.signature,
      });
    }
  }
  for (const risk of records.risks) {
    if (risk.acceptance) {
      found.push({
        recordKind: RISK_ACCEPTANCE_RECORD_KIND,
        recordId: risk.id,
        signature: risk.acceptance.signature,
      });
    }
  }
  for (const member of members) {
    if (member.certification) {
      found.push({
        recordKind: CERTIFICATION_RECORD_KIND,
        recordId: member.id,
        signature: member.certification,
      });
    }
  }
  return found;
}

/** The manifest's line for a signature: who signed, when, and the public key that checks it. */
export function manifestSignatureOf(
  found: RecordSignature,
  members: ReadonlyMap<string, Pick<BundleMember, 'keys'>>,
): ManifestSignature {
  const { signature } = found;
  const key = members
    .get(signature.signerId)
    ?.keys.find((k) => k.fingerprint === signature.keyFingerprint);
  return {
    recordKind: found.recordKind,
    recordId: found.recordId,
    signerId: signature.signerId,
    keyFingerprint: signature.keyFingerprint,
    publicKey: key?.publicKey ?? null,
    signedAt: signature.signedAt,
  };
}
