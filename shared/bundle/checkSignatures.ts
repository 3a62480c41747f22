import { CERTIFICATION_RECORD_KIND, certificationContentHash } from '../auth/certification';
import { verifySignature } from '../auth/signature';
import { canonicalJson } from '../crypto/canonicalJson';
import { GATE_OVERRIDE_RECORD_KIND } from '../gates/gate';
import { SIGNOFF_RECORD_KIND } from '../gates/signoff';
import { verifyGateSignatures } from '../gates/verifyGateSignatures';
import { checkAcceptance } from '../pack/acceptanceCheck';
import { RISK_ACCEPTANCE_RECORD_KIND } from '../risk/acceptance';
import { manifestSignatureOf, recordSignatures } from './bundleSignatures';
import type { ParsedRecords } from './bundleRecords';
import type { BundleManifest, ManifestSignature } from './format';
import { count, type CheckList } from './report';

const LABEL = 'Signatures';

/**
 * Every sign-off, gate override, risk acceptance and member certification
 * signature verifies against the signer's keys in records/members.json, over
 * the record as it stands (the existing verifiers, as a backup restore uses).
 */
export function checkRecordSignatures(
  manifest: BundleManifest,
  records: ParsedRecords,
  checks: CheckList,
): void {
  const members = new Map(records.members.map((m) => [m.id, m]));
  const name = (id: string) => members.get(id)?.name ?? `an unknown member (${id})`;
  const failuresBefore = checks.failureCount;
  const fail = (kind: string, id: string, detail: string) => {
    checks.fail(`signature:${kind}:${id}`, LABEL, detail, 'signature');
  };

  const gateSignatures = verifyGateSignatures(records.gates, records.signoffs, records.members);
  for (const failure of gateSignatures.failures) {
    const kind = failure.kind === 'signoff' ? SIGNOFF_RECORD_KIND : GATE_OVERRIDE_RECORD_KIND;
    fail(kind, failure.id, `${kind} ${failure.id}: ${failure.message}`);
  }
  let acceptances = 0;
  for (const risk of records.risks) {
    if (!risk.acceptance) continue;
    const signerId = risk.acceptance.signature.signerId;
    const check = checkAcceptance(risk, members.get(signerId));
    if (check?.ok) acceptances += 1;
    else if (check) {
      fail(
        RISK_ACCEPTANCE_RECORD_KIND,
        risk.id,
        `${RISK_ACCEPTANCE_RECORD_KIND} ${risk.id}: the acceptance of the risk “${risk.title}” by ${name(signerId)} does not verify. ${check.message}`,
      );
    }
  }
  let certifications = 0;
  for (const member of records.members) {
    if (!member.certification) continue;
    const check = verifySignature(member.certification, member.keys, {
      recordKind: CERTIFICATION_RECORD_KIND,
      recordId: member.id,
      contentHash: certificationContentHash(member.id, manifest.workspace.id),
      signerId: member.id,
    });
    if (check.ok) certifications += 1;
    else {
      fail(
        CERTIFICATION_RECORD_KIND,
        member.id,
        `${CERTIFICATION_RECORD_KIND} ${member.id}: the signed certification of ${member.name} does not verify. ${check.message}`,
      );
    }
  }
  if (checks.failureCount === failuresBefore) {
    const overrides = records.gates.filter((gate) => gate.override).length;
    checks.pass(
      'signatures',
      LABEL,
      `${count(records.signoffs.length, 'sign-off')}, ${count(overrides, 'gate override')}, ${count(acceptances, 'risk acceptance')} and ${count(certifications, 'member certification')}: every signature verifies against the signer’s keys in records/members.json.`,
    );
  }
}

function signatureKey(s: ManifestSignature): string {
  return `${s.recordKind}\u0000${s.recordId}`;
}

/** The manifest lists exactly the signatures the records hold, each with the key that checks it. */
export function checkListedSignatures(
  manifest: BundleManifest,
  records: ParsedRecords,
  checks: CheckList,
): void {
  const label = 'Signatures listed in the manifest';
  const members = new Map(records.members.map((m) => [m.id, m]));
  const name = (id: string) => members.get(id)?.name ?? id;
  const held = new Map(
    recordSignatures(records, records.members)
      .map((found) => manifestSignatureOf(found, members))
      .map((s) => [signatureKey(s), s]),
  );
  const listed = new Map(manifest.signatures.map((s) => [signatureKey(s), s]));
  const failuresBefore = checks.failureCount;
  const fail = (s: ManifestSignature, detail: string) => {
    checks.fail(
      `listed-signature:${s.recordKind}:${s.recordId}`,
      label,
      detail,
      'listed-signature',
    );
  };
  for (const [key, s] of held) {
    const entry = listed.get(key);
    const which = `${s.recordKind} ${s.recordId} by ${name(s.signerId)}`;
    if (!entry) {
      fail(s, `The records hold a signature (${which}) that the signed manifest does not list.`);
    } else if (canonicalJson(entry) !== canonicalJson(s)) {
      fail(
        s,
        `The signature ${which} is not the one the signed manifest lists (signer, key or signing time differ).`,
      );
    }
  }
  for (const [key, s] of listed) {
    if (!held.has(key)) {
      fail(
        s,
        `The signed manifest lists a signature (${s.recordKind} ${s.recordId} by ${name(s.signerId)}) that the records no longer hold.`,
      );
    }
  }
  if (checks.failureCount === failuresBefore) {
    checks.pass(
      'listed-signatures',
      label,
      `The signed manifest lists every signature in the records (${count(held.size, 'signature')}), each with the public key that checks it.`,
    );
  }
}
