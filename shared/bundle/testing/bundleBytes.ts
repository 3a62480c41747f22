import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { canonicalJson } from '../../crypto/canonicalJson';
import { sha256Hex } from '../../crypto/sha256';
import { MANIFEST_PATH, MANIFEST_SIGNATURE_PATH, type BundleManifest } from '../format';
import {
  writeBundle,
  type BundleContent,
  type WriteBundleOptions,
  type WrittenBundle,
} from '../writeBundle';
import {
  bundleFixture,
  fixtureContent,
  fixtureSignature,
  fixtureSigner,
  type BundleFixture,
} from './fixture';

/** Writes a bundle into memory, as the export screen would into a file. */
export async function writeBundleBytes(
  content: BundleContent,
  options: Omit<WriteBundleOptions, 'onChunk'>,
): Promise<{ bytes: Uint8Array; written: WrittenBundle }> {
  const chunks: Uint8Array[] = [];
  const written = await writeBundle(content, { ...options, onChunk: (c) => void chunks.push(c) });
  const bytes = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, written };
}

/** The fixture's clean bundle. */
export async function fixtureBundle(
  scope: BundleContent['auditScope'] = 'initiative',
  fixture: BundleFixture = bundleFixture(),
): Promise<Uint8Array> {
  const { bytes } = await writeBundleBytes(fixtureContent(fixture, scope), {
    sign: fixtureSigner(fixture),
  });
  return bytes;
}

export type BundleFiles = Record<string, Uint8Array>;

/**
 * Unzips a bundle, lets a test tamper with its files, and zips it again.
 * With `rehash`, the manifest's size and SHA-256 of every listed file are
 * brought up to date (as a forger would), which breaks its signature; with
 * `resign` as well, the exporter signs the forged manifest again (an insider
 * with their key), so only the deeper checks can catch the change.
 */
export function tamper(
  bytes: Uint8Array,
  edit: (files: BundleFiles) => void,
  options: { rehash?: boolean; resign?: BundleFixture } = {},
): Uint8Array {
  const files: BundleFiles = unzipSync(bytes);
  edit(files);
  if (options.rehash) {
    editManifest(files, (manifest) => {
      for (const file of manifest.files) {
        const data = files[file.path];
        if (data) {
          file.sha256 = sha256Hex(data);
          file.bytes = data.byteLength;
        }
      }
    });
  }
  if (options.resign) {
    const manifest = files[MANIFEST_PATH];
    if (!manifest) throw new Error('The bundle has no manifest.');
    const { bundleId } = readJson(files, MANIFEST_PATH) as BundleManifest;
    writeJson(
      files,
      MANIFEST_SIGNATURE_PATH,
      fixtureSignature(options.resign, sha256Hex(manifest), bundleId),
    );
  }
  return zipSync(files);
}

/** A JSON file of the bundle, for a test to cast to what it knows is there. */
export function readJson(files: BundleFiles, path: string): unknown {
  const data = files[path];
  if (!data) throw new Error(`${path} is not in the bundle.`);
  return JSON.parse(strFromU8(data));
}

export function writeJson(files: BundleFiles, path: string, value: unknown): void {
  files[path] = strToU8(canonicalJson(value));
}

export function editManifest(files: BundleFiles, edit: (manifest: BundleManifest) => void): void {
  const manifest = readJson(files, MANIFEST_PATH) as BundleManifest;
  edit(manifest);
  writeJson(files, MANIFEST_PATH, manifest);
}
