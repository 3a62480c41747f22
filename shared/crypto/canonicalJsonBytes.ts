import { CANONICAL_FAST_BAIL } from './canonicalJsonFast';

// TextEncoder is in every runtime we target but not in the ES library `shared/`
// compiles against, hence the typed lookup (as in sha256.ts).
const { TextEncoder: Encoder } = globalThis as unknown as {
  TextEncoder: new () => {
    encode(text: string): Uint8Array<ArrayBuffer>;
    encodeInto(text: string, into: Uint8Array): { read: number; written: number };
  };
};
const encoder = new Encoder();

/** Same limit as `canonicalJson`; past it, the caller falls back and `canonicalJson` throws. */
const MAX_DEPTH = 256;
const MAX_CACHED_KEYS = 10_000;
const keyBytes = new Map<string, Uint8Array>();

/** `"key":` as UTF-8, made once per key. */
function encodedKey(key: string): Uint8Array {
  let bytes = keyBytes.get(key);
  if (bytes === undefined) {
    bytes = encoder.encode(`${JSON.stringify(key)}:`);
    if (keyBytes.size < MAX_CACHED_KEYS) keyBytes.set(key, bytes);
  }
  return bytes;
}

/**
 * Writes the UTF-8 bytes of canonical JSON straight into one reused buffer:
 * no intermediate strings, no per-value JSON.stringify for plain ASCII text,
 * no flattening and re-encoding of a whole event's text. The bytes are exactly
 * `TextEncoder.encode(canonicalJson(value))`; where that is not certain (a value
 * `canonicalJson` refuses, a non-plain object, deep nesting) it throws
 * CANONICAL_FAST_BAIL and the caller uses `canonicalJson` itself. Proven
 * identical by canonicalJsonBytes.test.ts.
 */
export class CanonicalJsonBytesWriter {
  private buffer: Uint8Array<ArrayBuffer>;
  private length = 0;

  constructor(initialSize = 1 << 16) {
    this.buffer = new Uint8Array(initialSize);
  }

  /** Starts a new text. */
  reset(): void {
    this.length = 0;
  }

  /** The bytes written since `reset`: a view of the reused buffer, valid until the next write. */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.buffer.subarray(0, this.length);
  }

  /** Appends ASCII text given as a literal (`{`, `,"seq":`, …). */
  ascii(text: string): void {
    this.reserve(text.length);
    const { buffer } = this;
    let at = this.length;
    for (let i = 0; i < text.length; i += 1) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Appends the canonical JSON of `value`, at `depth` as canonicalJson counts it. */
  value(value: unknown, depth: number): void {
    if (value === null) {
      this.ascii('null');
      return;
    }
    switch (typeof value) {
      case 'string':
        this.string(value);
        return;
      case 'boolean':
        this.ascii(value ? 'true' : 'false');
        return;
      case 'number':
        if (!Number.isFinite(value)) throw CANONICAL_FAST_BAIL;
        // -0 and 0 both give '0'; otherwise the same digits as JSON.stringify.
        this.ascii(value === 0 ? '0' : String(value));
        return;
      case 'object':
        break;
      default:
        throw CANONICAL_FAST_BAIL;
    }
    if (depth >= MAX_DEPTH) throw CANONICAL_FAST_BAIL;
    if (Array.isArray(value)) {
      this.reserve(1);
      this.buffer[this.length++] = 0x5b; // [
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        if (i > 0) {
          this.reserve(1);
          this.buffer[this.length++] = 0x2c; // ,
        }
        if (item === undefined) this.ascii('null');
        else this.value(item, depth + 1);
      }
      this.reserve(1);
      this.buffer[this.length++] = 0x5d; // ]
      return;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) throw CANONICAL_FAST_BAIL;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (let i = 1; i < keys.length; i += 1) {
      // Default sort order: UTF-16 code units, which is what `<` compares.
      if ((keys[i - 1] as string) > (keys[i] as string)) {
        keys.sort();
        break;
      }
    }
    this.reserve(1);
    this.buffer[this.length++] = 0x7b; // {
    let first = true;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const item = record[key];
      if (item === undefined) continue;
      const encoded = encodedKey(key);
      this.reserve(encoded.length + 1);
      if (!first) this.buffer[this.length++] = 0x2c; // ,
      this.buffer.set(encoded, this.length);
      this.length += encoded.length;
      this.value(item, depth + 1);
      first = false;
    }
    this.reserve(1);
    this.buffer[this.length++] = 0x7d; // }
  }

  /** A JSON string: printable ASCII copied byte by byte; anything else as JSON.stringify writes it. */
  private string(text: string): void {
    const count = text.length;
    // Worst case: every code unit escaped as \uXXXX (6 bytes), plus the quotes.
    this.reserve(count * 6 + 2);
    const { buffer } = this;
    let at = this.length;
    buffer[at++] = 0x22; // "
    for (let i = 0; i < count; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c) {
        // Escapes and non-ASCII (including lone surrogates): JSON.stringify's own text.
        const { written } = encoder.encodeInto(JSON.stringify(text), buffer.subarray(this.length));
        this.length += written;
        return;
      }
      buffer[at++] = code;
    }
    buffer[at++] = 0x22; // "
    this.length = at;
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/** `TextEncoder.encode(canonicalJson(value))` through the writer, falling back where it bails. */
export function canonicalJsonBytes(
  value: unknown,
  writer: CanonicalJsonBytesWriter,
  fallback: (value: unknown) => string,
): Uint8Array<ArrayBuffer> {
  try {
    writer.reset();
    writer.value(value, 0);
    return writer.bytes();
  } catch (error) {
    if (error === CANONICAL_FAST_BAIL) return encoder.encode(fallback(value));
    throw error;
  }
}

export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}
