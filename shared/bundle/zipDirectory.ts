import { strFromU8 } from 'fflate';
import { formatSize } from '../backup/backupError';
import { UnsafeArchiveError } from './archiveError';
import { safeEntryName } from './entryNames';
import type { BundleLimits } from './limits';

/** One entry as the zip's central directory declares it; nothing is decompressed yet. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only methods accepted. */
  method: 0 | 8;
  compressedSize: number;
  /** Declared uncompressed size; reading counts the real bytes again (see zipEntry.ts). */
  size: number;
  /** Offset of the entry's compressed data in the archive. */
  dataStart: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const LOCAL_LENGTH = 30;

function refuse(detail: string): never {
  throw new UnsafeArchiveError(`This file was refused without unpacking anything: ${detail}`);
}

/**
 * Reads the central directory and refuses the archive unless it is safe to
 * unpack in memory: a zip, within the size and entry limits, no entry that
 * would expand past the compression-ratio limit, no name that could escape a
 * folder (`..`, `/x`, `C:\x`, backslashes), no two entries with one name,
 * and no entries whose data overlap. Read here rather than through fflate's
 * unzip, which keeps only the last of two entries with the same name.
 */
export function readZipDirectory(bytes: Uint8Array, limits: BundleLimits): ZipEntry[] {
  if (bytes.byteLength > limits.maxArchiveBytes) {
    refuse(
      `it is ${formatSize(bytes.byteLength)}, larger than the ${formatSize(limits.maxArchiveBytes)} a bundle may be.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < END_LENGTH + LOCAL_LENGTH || view.getUint32(0, true) !== LOCAL_HEADER) {
    refuse('it is not a zip file, so it is not a Countersign audit bundle.');
  }
  const end = findEndOfDirectory(view);
  const diskNumber = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const entriesOnDisk = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) {
    refuse('it is a ZIP64 archive, a form Countersign bundles never take.');
  }
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== count) {
    refuse('it is one part of a multi-part zip; a bundle is always a single file.');
  }
  if (directoryStart + directorySize !== end) {
    refuse(
      'its zip directory is not where the archive says it is (the file is damaged, or has data hidden before or inside it).',
    );
  }
  if (count > limits.maxEntries) {
    refuse(
      `it holds ${String(count)} entries, more than the ${String(limits.maxEntries)} a bundle may hold.`,
    );
  }

  const entries: (ZipEntry & { headerStart: number })[] = [];
  const seen = new Map<string, string>();
  let total = 0;
  let at = directoryStart;
  for (let index = 0; index < count; index += 1) {
    if (at + CENTRAL_LENGTH > end || view.getUint32(at, true) !== CENTRAL_HEADER) {
      refuse('its zip directory is damaged.');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const headerStart = view.getUint32(at + 42, true);
    const next = at + CENTRAL_LENGTH + nameLength + extraLength + commentLength;
    if (next > end) refuse('its zip directory is damaged.');
    const nameBytes = bytes.subarray(at + CENTRAL_LENGTH, at + CENTRAL_LENGTH + nameLength);
    // Bit 11 marks UTF-8 names; older zips use a single-byte code page.
    const name = strFromU8(nameBytes, (flags & 0x800) === 0);
    const shown = JSON.stringify(name);
    checkName(name, shown);
    const folded = name.normalize('NFC').toLowerCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      refuse(
        earlier === name
          ? `it holds two entries named ${shown}; an unzip tool would keep one and silently drop the other.`
          : `it holds entries named ${JSON.stringify(earlier)} and ${shown}, which would overwrite each other when unpacked on Windows or macOS.`,
      );
    }
    seen.set(folded, name);
    if ((flags & 0x41) !== 0) refuse(`the entry ${shown} is encrypted.`);
    if (method !== 0 && method !== 8) {
      refuse(`the entry ${shown} uses a compression method Countersign never writes.`);
    }
    if (compressedSize === 0xffffffff || size === 0xffffffff) {
      refuse('it is a ZIP64 archive, a form Countersign bundles never take.');
    }
    if (method === 0 && compressedSize !== size) {
      refuse(`the entry ${shown} declares two different sizes.`);
    }
    if (size > limits.maxEntryBytes) {
      refuse(
        `the entry ${shown} unpacks to ${formatSize(size)}, more than the ${formatSize(limits.maxEntryBytes)} limit for one file.`,
      );
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      refuse(
        `its entries unpack to more than the ${formatSize(limits.maxTotalBytes)} limit for a bundle (at ${shown}).`,
      );
    }
    if (
      size >= limits.ratioAppliesFromBytes &&
      size > compressedSize * limits.maxCompressionRatio
    ) {
      refuse(
        `the entry ${shown} would expand from ${formatSize(compressedSize)} to ${formatSize(size)}, over ${String(limits.maxCompressionRatio)} times its size: this is how a “zip bomb” exhausts memory.`,
      );
    }
    const dataStart = localDataStart(bytes, view, headerStart, nameBytes, shown);
    if (dataStart + compressedSize > directoryStart) {
      refuse(`the entry ${shown} runs past the end of the archive's data (the file is damaged).`);
    }
    entries.push({
      name,
      method,
      compressedSize,
      size,
      dataStart,
      headerStart,
    });
    at = next;
  }
  if (at !== end) refuse('its zip directory is damaged.');

  // Entries that share data are how the densest zip bombs multiply one stream.
  const byOffset = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  for (let i = 1; i < byOffset.length; i += 1) {
    const before = byOffset[i - 1];
    const entry = byOffset[i];
    if (before && entry && before.dataStart + before.compressedSize > entry.headerStart) {
      refuse(
        `the entries ${JSON.stringify(before.name)} and ${JSON.stringify(entry.name)} overlap in the archive.`,
      );
    }
  }
  return entries.map(({ headerStart: _headerStart, ...entry }) => entry);
}

/** The end-of-directory record, searched backwards past an optional comment. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - END_LENGTH;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (
      view.getUint32(at, true) === END_OF_DIRECTORY &&
      at + END_LENGTH + view.getUint16(at + 20, true) === view.byteLength
    ) {
      return at;
    }
  }
  return refuse(
    'it is not a complete zip file (perhaps it was cut short while copying), so it cannot be a Countersign audit bundle.',
  );
}

/**
 * Where an entry's data starts. The local header must carry the same name as
 * the directory: tools that read one or the other would otherwise see
 * different files.
 */
function localDataStart(
  bytes: Uint8Array,
  view: DataView,
  headerStart: number,
  centralName: Uint8Array,
  shown: string,
): number {
  if (
    headerStart + LOCAL_LENGTH > bytes.byteLength ||
    view.getUint32(headerStart, true) !== LOCAL_HEADER
  ) {
    refuse(`the entry ${shown} points to data that is not there (the file is damaged).`);
  }
  const nameLength = view.getUint16(headerStart + 26, true);
  const extraLength = view.getUint16(headerStart + 28, true);
  const localName = bytes.subarray(
    headerStart + LOCAL_LENGTH,
    headerStart + LOCAL_LENGTH + nameLength,
  );
  if (
    localName.byteLength !== centralName.byteLength ||
    localName.some((b, i) => b !== centralName[i])
  ) {
    refuse(
      `the entry ${shown} has a different name in its own header (${JSON.stringify(strFromU8(localName, true))}), a trick to show different files to different tools.`,
    );
  }
  return headerStart + LOCAL_LENGTH + nameLength + extraLength;
}

/**
 * Refuses names that would land outside the folder they were unpacked into,
 * or that mean different things on different systems. Nothing is written to
 * disk here, but an auditor may unzip the bundle with another tool.
 */
function checkName(name: string, shown: string): void {
  const escapes = `the entry ${shown} would be written outside the folder it is unpacked into. A Countersign bundle never holds such a name.`;
  if (name.length === 0) refuse('it holds an entry with no name.');
  // Control characters (NUL above all) truncate or disguise names in other tools.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    refuse(`the entry ${shown} has control characters in its name.`);
  }
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) refuse(escapes);
  if (name.includes('\\')) {
    refuse(
      `the entry ${shown} has a backslash in its name, which Windows reads as a folder separator. A Countersign bundle never holds such a name.`,
    );
  }
  const segments = name.split('/');
  // A trailing slash names a folder entry; an empty segment anywhere else is not a real path.
  if (segments.at(-1) === '') segments.pop();
  if (segments.some((segment) => segment === '..')) refuse(escapes);
  if (segments.some((segment) => segment === '' || segment === '.')) {
    refuse(`the entry ${shown} has an empty or “.” folder in its path.`);
  }
  // Every name Countersign writes is made of safe segments; anything else is
  // read differently by some system (a device name, a drive colon, a trailing dot).
  if (segments.some((segment) => safeEntryName(segment) !== segment)) {
    refuse(
      `the entry ${shown} has a name other systems read differently (a reserved character or device name, or a leading or trailing dot or space). A Countersign bundle never holds such a name.`,
    );
  }
}
