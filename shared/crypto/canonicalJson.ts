/**
 * Canonical JSON: the one serialisation that is hashed and signed.
 *
 * Object keys are sorted by UTF-16 code unit, properties whose value is
 * `undefined` are dropped, and anything JSON cannot represent faithfully
 * (NaN, Infinity, functions, symbols, bigint, class instances, cycles) is an
 * error rather than a silent change, so two machines never disagree about what
 * was hashed.
 */
export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError';
}

export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) {
        throw new CanonicalJsonError(`Cannot encode the number ${String(value)}`);
      }
      // -0 and 0 must hash the same.
      return JSON.stringify(value === 0 ? 0 : value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`Cannot encode a value of type ${typeof value}`);
  }
  const obj = value;
  if (seen.has(obj)) throw new CanonicalJsonError('Cannot encode a cyclic structure');
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      // JSON has no "missing" array slot: undefined entries become null, as in JSON.stringify.
      return `[${obj.map((item: unknown) => (item === undefined ? 'null' : write(item, seen))).join(',')}]`;
    }
    const proto = Object.getPrototypeOf(obj) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new CanonicalJsonError('Cannot encode an object that is not a plain object');
    }
    const record = obj as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${write(item, seen)}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    seen.delete(obj);
  }
}
