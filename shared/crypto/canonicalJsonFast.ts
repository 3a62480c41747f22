import { canonicalJson } from './canonicalJson';

/**
 * The same text as `canonicalJson`, faster: keys are quoted once and cached,
 * an object whose keys are already in order is not sorted again, and strings
 * are built by appending rather than through template literals. Anything
 * unusual (a value `canonicalJson` refuses, a non-plain object, deep nesting)
 * is handed to `canonicalJson` itself, so the output — or the error — is
 * exactly what it gives. Proven identical by canonicalJsonFast.test.ts.
 */
export function canonicalJsonFast(value: unknown): string {
  try {
    return write(value, 0);
  } catch (error) {
    if (error === BAIL) return canonicalJson(value);
    throw error;
  }
}

/**
 * Thrown inside the writer to fall back to `canonicalJson` for the whole value;
 * a caller of `writeCanonicalValue` catches it the same way.
 */
class CanonicalFastBail extends Error {
  override name = 'CanonicalFastBail';
}
/** One instance, made once: throwing it costs no stack capture. */
export const CANONICAL_FAST_BAIL = new CanonicalFastBail('canonicalJsonFast: falling back');
const BAIL = CANONICAL_FAST_BAIL;

/** Same limit as `canonicalJson`; past it, `canonicalJson` throws its own error. */
const MAX_DEPTH = 256;
const MAX_CACHED_KEYS = 10_000;
const quotedKeys = new Map<string, string>();

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < MAX_CACHED_KEYS) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/** Canonical JSON of one value; throws BAIL where `canonicalJson` would throw or be unsure. */
export function writeCanonicalValue(value: unknown, depth: number): string {
  return write(value, depth);
}

function write(value: unknown, depth: number): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw BAIL;
      // -0 and 0 both give '0'; otherwise the same digits as JSON.stringify.
      return value === 0 ? '0' : String(value);
    case 'object':
      break;
    default:
      throw BAIL;
  }
  if (depth >= MAX_DEPTH) throw BAIL;
  if (Array.isArray(value)) {
    const length = value.length;
    if (length === 0) return '[]';
    let out = '[';
    for (let i = 0; i < length; i += 1) {
      const item: unknown = value[i];
      if (i > 0) out += ',';
      out += item === undefined ? 'null' : write(item, depth + 1);
    }
    return out + ']';
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) throw BAIL;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i += 1) {
    // Default sort order: UTF-16 code units, which is what `<` compares.
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      keys.sort();
      break;
    }
  }
  let out = '{';
  let first = true;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    out += quoteKey(key);
    out += ':';
    out += write(item, depth + 1);
    first = false;
  }
  return out + '}';
}
