import { describe, expect, it } from 'vitest';
import { parseUntrustedJson, UnsafeJsonError } from './safeJson';

describe('parseUntrustedJson', () => {
  it('parses ordinary JSON', () => {
    expect(parseUntrustedJson('{"a":[1,{"b":null}]}')).toEqual({ a: [1, { b: null }] });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key at any depth', (key) => {
    expect(() => parseUntrustedJson(`{"a":[{"${key}":{"x":1}}]}`)).toThrow(UnsafeJsonError);
  });

  it('throws SyntaxError for text that is not JSON', () => {
    expect(() => parseUntrustedJson('{"a":')).toThrow(SyntaxError);
  });
});
