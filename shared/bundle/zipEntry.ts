import { Inflate } from 'fflate';
import { formatSize } from '../backup/backupError';
import { DamagedEntryError, UnsafeArchiveError } from './archiveError';
import type { ZipEntry } from './zipDirectory';

/**
 * Compressed bytes fed to the inflater at a time: deflate expands at most
 * ~1032:1, so one slice can never produce more than ~16 MB before it is counted.
 */
const INPUT_SLICE = 16 * 1024;
/** Stored data is handed on in slices this size, so hashing never copies a file whole. */
const STORED_SLICE = 1024 * 1024;

/**
 * Streams one entry's uncompressed bytes to `onChunk`. The bytes are counted
 * as they come: an entry that inflates past the size it declared is refused
 * as unsafe the moment it does (declared sizes are what the limits were
 * checked against, so they must not lie); one that ends short is damaged.
 */
export function readEntry(
  archive: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const data = archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    for (let at = 0; at < data.byteLength; at += STORED_SLICE) {
      onChunk(data.subarray(at, at + STORED_SLICE));
    }
    return;
  }
  let produced = 0;
  const shown = JSON.stringify(entry.name);
  const inflater = new Inflate((chunk) => {
    produced += chunk.byteLength;
    if (produced > entry.size) {
      throw new UnsafeArchiveError(
        `This file was refused: the entry ${shown} expands to more than the ${formatSize(entry.size)} it declares, as a “zip bomb” does. Nothing was unpacked to disk.`,
      );
    }
    onChunk(chunk);
  });
  try {
    for (let at = 0; at < data.byteLength; at += INPUT_SLICE) {
      inflater.push(data.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= data.byteLength);
    }
    if (data.byteLength === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof UnsafeArchiveError) throw error;
    // The sink's own errors (a parse, a hash) are not the archive's.
    if (!isInflateError(error)) throw error;
    throw new DamagedEntryError(`${entry.name} is damaged: its compressed data cannot be read.`);
  }
  if (produced !== entry.size) {
    throw new DamagedEntryError(
      `${entry.name} is damaged: it unpacks to ${formatSize(produced)}, not the ${formatSize(entry.size)} it declares.`,
    );
  }
}

/** fflate marks its own errors with a numeric `code`. */
function isInflateError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number';
}

/** An entry's whole uncompressed bytes (for JSON, which is parsed whole). */
export function readEntryBytes(archive: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.method === 0) {
    return archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  }
  const out = new Uint8Array(entry.size);
  let at = 0;
  readEntry(archive, entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.byteLength;
  });
  return out;
}
