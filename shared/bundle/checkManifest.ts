import { BACKUP_FORMAT } from '../backup/format';
import { CERTIFICATION_RECORD_KIND, certificationContentHash } from '../auth/certification';
import { formatFingerprint } from '../auth/credential';
import { verifySignature } from '../auth/signature';
import { sha256Hex } from '../crypto/sha256';
import type { BundleArchive } from './bundleArchive';
import type { BundleMember } from './bundleMembers';
import {
  BUNDLE_FORMAT_VERSION,
  MANIFEST_PATH,
  MANIFEST_RECORD_KIND,
  MANIFEST_SIGNATURE_PATH,
  bundleManifestSchema,
  bundleVersionSchema,
  type BundleManifest,
} from './format';
import { count, type CheckList } from './report';

const LABEL = 'Manifest';

/** Reads and validates manifest.json; null (with the failure recorded) when nothing more can be checked. */
export function readManifest(
  archive: BundleArchive,
  checks: CheckList,
): { manifest: BundleManifest; bytes: Uint8Array } | null {
  const read = archive.json(MANIFEST_PATH);
  if (!read.ok) {
    checks.fail(
      'manifest',
      LABEL,
      read.missing
        ? `The zip has no ${MANIFEST_PATH}, so it is not a Countersign audit bundle (or its manifest was removed).`
        : `${read.message} Nothing else in the bundle can be checked without it.`,
    );
    return null;
  }
  const raw = read.value;
  if ((raw as { format?: unknown } | null)?.format === BACKUP_FORMAT) {
    checks.fail(
      'manifest',
      LABEL,
      'This is a Countersign workspace backup, not an audit bundle. Verify it with “npx countersign verify <backup file>”, or restore it in the app.',
    );
    return null;
  }
  const version = bundleVersionSchema.safeParse(raw);
  if (!version.success) {
    checks.fail(
      'manifest',
      LABEL,
      `${MANIFEST_PATH} does not name the Countersign audit bundle format, so this is not a Countersign audit bundle.`,
    );
    return null;
  }
  if (version.data.formatVersion > BUNDLE_FORMAT_VERSION) {
    checks.fail(
      'manifest',
      LABEL,
      `This bundle is in format version ${String(version.data.formatVersion)}, written by a newer version of Countersign; this verifier reads version ${String(BUNDLE_FORMAT_VERSION)}. Verify it with a current version of Countersign.`,
    );
    return null;
  }
  const parsed = bundleManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    checks.fail(
      'manifest',
      LABEL,
      `${MANIFEST_PATH} is not a valid bundle manifest${where}: ${issue?.message ?? 'not valid'}. Nothing else in the bundle can be checked.`,
    );
    return null;
  }
  const manifest = parsed.data;
  checks.pass(
    'manifest',
    LABEL,
    `Countersign audit bundle (format ${String(manifest.formatVersion)}) of “${manifest.initiative.title}”, written by Countersign ${manifest.appVersion} on ${manifest.createdAt}; it lists ${count(manifest.files.length, 'file')}, ${count(manifest.events.length, 'audit event')} and ${count(manifest.signatures.length, 'signature')}.`,
  );
  return { manifest, bytes: read.bytes };
}

/**
 * The exporter's signature over the exact manifest bytes, checked against
 * their key in records/members.json, with their signed certification. Ends
 * with a note: a bundle can only vouch for itself, so the auditor should
 * confirm the key's fingerprint with the organisation.
 */
export function checkManifestSignature(
  archive: BundleArchive,
  manifest: BundleManifest,
  manifestBytes: Uint8Array,
  members: readonly BundleMember[] | null,
  checks: CheckList,
): void {
  const label = 'Manifest signature';
  const read = archive.json(MANIFEST_SIGNATURE_PATH);
  if (!read.ok) {
    checks.fail(
      'manifest-signature',
      label,
      read.missing
        ? `${MANIFEST_SIGNATURE_PATH} is missing: nothing vouches for the manifest.`
        : read.message,
    );
    return;
  }
  const { exportedBy } = manifest;
  const exporter = members?.find((m) => m.id === exportedBy.memberId);
  if (!exporter) {
    checks.fail(
      'manifest-signature',
      label,
      members === null
        ? 'It cannot be checked: records/members.json, which holds the signer’s key, could not be read.'
        : `It cannot be checked: the exporter ${exportedBy.name} (${exportedBy.memberId}) is not in records/members.json.`,
    );
    return;
  }
  const check = verifySignature(read.value, exporter.keys, {
    recordKind: MANIFEST_RECORD_KIND,
    recordId: manifest.bundleId,
    contentHash: sha256Hex(manifestBytes),
    signerId: exporter.id,
  });
  const signed = read.value as { meaning?: unknown; printedName?: unknown; signedAt?: unknown };
  if (!check.ok) {
    checks.fail(
      'manifest-signature',
      label,
      `The signature of ${exporter.name} over the manifest does not verify: ${check.message}${check.reason === 'wrong-record' ? ' The manifest was changed after it was signed.' : ''}`,
    );
    return;
  }
  if (signed.meaning !== 'responsibility' || signed.printedName !== exportedBy.name) {
    checks.fail(
      'manifest-signature',
      label,
      `The signature verifies, but it is not ${exportedBy.name}’s signature of responsibility for the bundle (it is printed “${String(signed.printedName)}”, meaning “${String(signed.meaning)}”).`,
    );
    return;
  }
  let certified = 'who has not signed a certification';
  if (exporter.certification) {
    const certification = verifySignature(exporter.certification, exporter.keys, {
      recordKind: CERTIFICATION_RECORD_KIND,
      recordId: exporter.id,
      contentHash: certificationContentHash(exporter.id, manifest.workspace.id),
      signerId: exporter.id,
    });
    if (!certification.ok) {
      checks.fail(
        'manifest-signature',
        label,
        `The manifest signature verifies, but the signed certification of ${exporter.name} does not: ${certification.message}`,
      );
      return;
    }
    certified = 'whose signed certification also verifies';
  }
  checks.pass(
    'manifest-signature',
    label,
    `Signed by ${exporter.name} on ${String(signed.signedAt)}, ${certified}; the manifest is exactly what was signed.`,
  );
  checks.note(
    'signer-key',
    'Signer’s key',
    `Anyone can build a bundle that is consistent with itself and sign it with a key of their own. Confirm with the organisation that ${exporter.name}’s key has the fingerprint ${formatFingerprint(check.key.fingerprint)}.`,
  );
}
