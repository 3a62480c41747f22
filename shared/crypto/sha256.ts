import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson';

// One encoder for every call: noble's utf8ToBytes builds a new one each time,
// which was a tenth of chain-verification time in `npm run bench`.
// TextEncoder is in every runtime we target (browsers, workers, Node) but not in
// the ES library `shared/` compiles against, hence the typed lookup.
const { TextEncoder: Encoder } = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
};
const encoder = new Encoder();

/**
 * Synchronous SHA-256. Synchronous on purpose: hashing inside an IndexedDB
 * transaction must not await (an awaited WebCrypto promise lets the
 * transaction commit before the audit event is written).
 */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? encoder.encode(data) : data));
}

/** SHA-256 of a value's canonical JSON. */
export function hashCanonical(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

export const HEX_SHA256 = /^[0-9a-f]{64}$/;
