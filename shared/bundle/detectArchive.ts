import { BACKUP_FORMAT } from '../backup/format';
import { BundleArchive } from './bundleArchive';
import { BUNDLE_FORMAT, MANIFEST_PATH } from './format';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './limits';

export type ArchiveKind = 'audit-bundle' | 'backup' | 'unknown';

/**
 * Which Countersign file this is, by the `format` its manifest.json names,
 * read through the same safety checks as a bundle. Anything unsafe, not a
 * zip, or without a known manifest is 'unknown'; verifyBundle then says why.
 */
export function detectArchive(
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_BUNDLE_LIMITS,
): ArchiveKind {
  let archive: BundleArchive;
  try {
    archive = new BundleArchive(bytes, limits);
  } catch {
    return 'unknown';
  }
  const read = archive.json(MANIFEST_PATH);
  const format = read.ok ? (read.value as { format?: unknown } | null)?.format : undefined;
  if (format === BUNDLE_FORMAT) return 'audit-bundle';
  if (format === BACKUP_FORMAT) return 'backup';
  return 'unknown';
}
