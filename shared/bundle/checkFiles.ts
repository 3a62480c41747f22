import { DamagedEntryError } from './archiveError';
import type { BundleArchive } from './bundleArchive';
import { MANIFEST_PATH, MANIFEST_SIGNATURE_PATH, type BundleManifest } from './format';
import type { CheckList } from './report';

export type FileHashes = ReadonlyMap<string, { sha256: string; bytes: number }>;

/**
 * Every file the manifest lists is present with its size and SHA-256, and
 * the zip holds nothing else. Returns the hash of every listed file that
 * could be read, for the evidence checks.
 */
export function checkFiles(
  archive: BundleArchive,
  manifest: BundleManifest,
  checks: CheckList,
): FileHashes {
  const label = 'Files';
  const hashes = new Map<string, { sha256: string; bytes: number }>();
  const failuresBefore = checks.failureCount;
  const fail = (path: string, detail: string) => {
    checks.fail(`file:${path}`, label, detail, 'file');
  };
  for (const file of manifest.files) {
    let found;
    try {
      found = archive.hash(file.path);
    } catch (error) {
      if (!(error instanceof DamagedEntryError)) throw error;
      fail(file.path, error.message);
      continue;
    }
    if (!found) {
      fail(file.path, `${file.path} is listed in the manifest but missing from the bundle.`);
      continue;
    }
    hashes.set(file.path, found);
    if (found.bytes !== file.bytes) {
      fail(
        file.path,
        `${file.path} is ${String(found.bytes)} bytes, not the ${String(file.bytes)} the manifest records: it was changed after export.`,
      );
    } else if (found.sha256 !== file.sha256) {
      fail(
        file.path,
        `${file.path} does not match the SHA-256 the manifest records: it was changed after export.`,
      );
    }
  }
  if (checks.failureCount === failuresBefore) {
    checks.pass(
      'files',
      label,
      `Every file the manifest lists (${String(manifest.files.length)}) is present, with the size and SHA-256 it records.`,
    );
  }

  const listed = new Set(manifest.files.map((file) => file.path));
  listed.add(MANIFEST_PATH).add(MANIFEST_SIGNATURE_PATH);
  const extra = archive.entries.filter((entry) => !listed.has(entry.name));
  for (const entry of extra) {
    checks.fail(
      `unlisted:${entry.name}`,
      'Unlisted files',
      `The bundle holds ${entry.name}, which the manifest does not list: it was added after export.`,
      'unlisted',
    );
  }
  if (extra.length === 0) {
    checks.pass(
      'unlisted',
      'Unlisted files',
      'The bundle holds no file the manifest does not list.',
    );
  }
  return hashes;
}
