import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson } from './canonicalJson';
import { hashCanonical, sha256Hex } from './sha256';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: 'two', z: null })).toBe(
      canonicalJson({ z: null, y: 'two', x: 1 }),
    );
  });

  it('encodes strings, unicode and -0 the way JSON does', () => {
    expect(canonicalJson(['é', 'line\nbreak', '"q"', -0, 1.5, true, false, null])).toBe(
      '["é","line\\nbreak","\\"q\\"",0,1.5,true,false,null]',
    );
  });

  it('turns undefined array entries into null, as JSON does', () => {
    expect(canonicalJson([1, undefined, 2])).toBe('[1,null,2]');
  });

  it('refuses values JSON cannot represent faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/not a plain object/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
    expect(() => canonicalJson(10n)).toThrow(/bigint/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cyclic/);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 300; i += 1) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(/nested over 256 levels/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { a: 1 };
    expect(canonicalJson({ x: shared, y: shared })).toBe('{"x":{"a":1},"y":{"a":1}}');
  });
});

describe('sha256', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(sha256Hex('abc'));
  });

  it('hashes the canonical form, so key order does not matter but content does', () => {
    expect(hashCanonical({ a: 1, b: 2 })).toBe(hashCanonical({ b: 2, a: 1 }));
    expect(hashCanonical({ a: 1, b: 2 })).not.toBe(hashCanonical({ a: 1, b: 3 }));
    expect(hashCanonical({ a: 'é' })).toBe(sha256Hex('{"a":"é"}'));
  });
});
