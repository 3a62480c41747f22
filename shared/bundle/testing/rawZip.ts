import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Hostile zips for the refusal tests, built with fflate and patched byte by
 * byte where fflate (rightly) will not write such a thing itself.
 */

/** Replaces every occurrence of one entry name with another of the same length (local and central headers). */
export function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  const a = strToU8(from);
  const b = strToU8(to);
  if (a.byteLength !== b.byteLength) throw new Error('Names must have the same length in bytes.');
  const out = zip.slice();
  let replaced = 0;
  for (let i = 0; i + a.byteLength <= out.byteLength; i += 1) {
    if (a.every((byte, j) => out[i + j] === byte)) {
      out.set(b, i);
      replaced += 1;
    }
  }
  if (replaced < 2) throw new Error(`${from} was not found in both headers.`);
  return out;
}

/** A zip whose entry has the given name, which fflate would accept but no bundle holds. */
export function zipWithName(name: string, data: Uint8Array = strToU8('x')): Uint8Array {
  const placeholder = 'p'.repeat(strToU8(name).byteLength);
  return renameEntry(zipSync({ [placeholder]: data }), placeholder, name);
}

/** Offset of an entry's central directory header. */
function centralHeader(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  let at = view.getUint32(end + 16, true);
  const wanted = strToU8(name);
  while (view.getUint32(at, true) === 0x02014b50) {
    const nameLength = view.getUint16(at + 28, true);
    const candidate = zip.subarray(at + 46, at + 46 + nameLength);
    if (
      candidate.byteLength === wanted.byteLength &&
      candidate.every((byte, i) => byte === wanted[i])
    ) {
      return at;
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`${name} is not in the zip.`);
}

/** Rewrites the uncompressed size the central directory declares for an entry. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  new DataView(out.buffer).setUint32(centralHeader(out, name) + 24, size, true);
  return out;
}

export function zipOf(files: Zippable): Uint8Array {
  return zipSync(files);
}
