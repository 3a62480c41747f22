import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strFromU8 } from 'fflate';
import { formatSize } from '../backup/backupError';
import { parseUntrustedJson, UnsafeJsonError } from '../backup/safeJson';
import { DamagedEntryError } from './archiveError';
import type { BundleLimits } from './limits';
import { readZipDirectory, type ZipEntry } from './zipDirectory';
import { readEntry, readEntryBytes } from './zipEntry';

export type JsonRead =
  | { ok: true; bytes: Uint8Array; value: unknown }
  | { ok: false; missing: boolean; message: string };

/**
 * A zip held in memory whose directory has been checked as safe (see
 * readZipDirectory, which throws UnsafeArchiveError otherwise). Entries are
 * decompressed only when asked for, with their real size counted; nothing is
 * ever written anywhere.
 */
export class BundleArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName: ReadonlyMap<string, ZipEntry>;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: BundleLimits,
  ) {
    this.entries = readZipDirectory(bytes, limits);
    this.byName = new Map(this.entries.map((entry) => [entry.name, entry]));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  size(name: string): number | undefined {
    return this.byName.get(name)?.size;
  }

  /** SHA-256 and real size of an entry, streamed; null when it is absent. Throws DamagedEntryError. */
  hash(name: string): { sha256: string; bytes: number } | null {
    const entry = this.byName.get(name);
    if (!entry) return null;
    const hash = sha256.create();
    let bytes = 0;
    readEntry(this.bytes, entry, (chunk) => {
      hash.update(chunk);
      bytes += chunk.byteLength;
    });
    return { sha256: bytesToHex(hash.digest()), bytes };
  }

  /** An entry parsed as untrusted JSON, or why it could not be. */
  json(name: string): JsonRead {
    const entry = this.byName.get(name);
    if (!entry) return { ok: false, missing: true, message: `${name} is missing from the bundle.` };
    if (entry.size > this.limits.maxJsonBytes) {
      return {
        ok: false,
        missing: false,
        message: `${name} is ${formatSize(entry.size)}, more than the ${formatSize(this.limits.maxJsonBytes)} this verifier reads.`,
      };
    }
    let bytes: Uint8Array;
    try {
      bytes = readEntryBytes(this.bytes, entry);
    } catch (error) {
      if (error instanceof DamagedEntryError) {
        return { ok: false, missing: false, message: error.message };
      }
      throw error;
    }
    try {
      return { ok: true, bytes, value: parseUntrustedJson(strFromU8(bytes)) };
    } catch (error) {
      return {
        ok: false,
        missing: false,
        message:
          error instanceof UnsafeJsonError
            ? `${name} was not read: ${error.message}.`
            : `${name} is not valid JSON.`,
      };
    }
  }
}
