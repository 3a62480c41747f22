/** Keys that could reach an object's prototype if a consumer ever merged the value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class UnsafeJsonError extends Error {
  override name = 'UnsafeJsonError';
}

/**
 * JSON.parse for untrusted text that also refuses `__proto__`, `constructor`
 * and `prototype` keys anywhere in the document. Syntax errors are thrown as
 * SyntaxError, as JSON.parse does.
 */
export function parseUntrustedJson(text: string): unknown {
  return JSON.parse(text, function reviver(key: string, value: unknown) {
    if (FORBIDDEN_KEYS.has(key)) throw new UnsafeJsonError(`it contains a forbidden "${key}" key`);
    return value;
  });
}
