import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson';
import { CanonicalJsonBytesWriter, canonicalJsonBytes } from './canonicalJsonBytes';
import { makeGenerator, outcome } from './canonicalJsonTestValues';

const encode = (text: string) => Array.from(new TextEncoder().encode(text)).join(',');

/** The bytes as a comparable string, or the error canonicalJson (via the fallback) throws. */
function viaWriter(value: unknown, writer: CanonicalJsonBytesWriter) {
  return outcome(() => Array.from(canonicalJsonBytes(value, writer, canonicalJson)).join(','));
}

describe('canonicalJsonBytes', () => {
  it('gives exactly the UTF-8 bytes of canonicalJson for many generated values', () => {
    const { value } = makeGenerator(424242);
    // A tiny buffer, so growing it mid-value is exercised too.
    const writer = new CanonicalJsonBytesWriter(8);
    for (let i = 0; i < 10_000; i += 1) {
      const input = value(0);
      expect(viaWriter(input, writer)).toEqual(outcome(() => encode(canonicalJson(input))));
      if (i % 10 === 0) {
        const cloned: unknown = structuredClone(input);
        expect(viaWriter(cloned, writer)).toEqual(outcome(() => encode(canonicalJson(input))));
      }
    }
  }, 60_000);

  it('matches on edge cases, errors included', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let deep: unknown = 'leaf';
    for (let i = 0; i < 300; i += 1) deep = [deep];
    let deepObject: unknown = 1;
    for (let i = 0; i < 255; i += 1) deepObject = { k: deepObject };
    const writer = new CanonicalJsonBytesWriter(4);
    const cases: unknown[] = [
      { b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } },
      ['é', 'line\nbreak', '"q"', '\\', '~', '\u007f', -0, 1.5, 1e21, 5e-324, true, false, null],
      ['😀', '\ud800', 'a\udfffb', '\u2028', '日本語', 'x'.repeat(70_000) + 'é'],
      [1, undefined, 2],
      { n: Number.NaN },
      [Number.NEGATIVE_INFINITY],
      { d: new Date(0) },
      { f: () => 1 },
      10n,
      undefined,
      cyclic,
      deep,
      deepObject,
      JSON.parse('{"__proto__":{"x":1},"a":2}') as unknown,
      { 10: 'ten', 9: 'nine', a: 'a', B: 'B', é: 1, '': 0 },
      Object.assign(Object.create(null) as object, { z: 1, a: 2 }),
      [],
      {},
      '',
      -0,
    ];
    for (const input of cases) {
      expect(viaWriter(input, writer)).toEqual(outcome(() => encode(canonicalJson(input))));
    }
  });
});
