import { detectArchive } from '../../../shared/bundle/detectArchive';
import { verifyBundle, type BundleReport } from '../../../shared/bundle/verifyBundle';

export type VerifyOutcome =
  | { kind: 'report'; report: BundleReport }
  | { kind: 'backup' }
  | { kind: 'refused'; report: BundleReport };

/**
 * Verifies a file chosen as an audit bundle. A workspace backup is named as
 * such (Restore checks it completely); anything else gets the verifier's own
 * refusal, which says why the file is not a bundle.
 */
export function verifyFile(bytes: Uint8Array): VerifyOutcome {
  const kind = detectArchive(bytes);
  if (kind === 'backup') return { kind: 'backup' };
  const report = verifyBundle(bytes);
  return kind === 'audit-bundle' ? { kind: 'report', report } : { kind: 'refused', report };
}
