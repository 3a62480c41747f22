import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson';
import { canonicalJsonFast } from './canonicalJsonFast';
import { makeGenerator, outcome } from './canonicalJsonTestValues';

describe('canonicalJsonFast', () => {
  it('gives exactly the text of canonicalJson for many generated values', () => {
    const { value } = makeGenerator(20261122);
    for (let i = 0; i < 10_000; i += 1) {
      const input = value(0);
      expect(outcome(() => canonicalJsonFast(input))).toEqual(outcome(() => canonicalJson(input)));
      // Structured clone (how IndexedDB hands values back) keeps the text the same.
      if (i % 10 === 0) {
        const cloned: unknown = structuredClone(input);
        expect(canonicalJsonFast(cloned)).toBe(canonicalJson(input));
      }
    }
  }, 60_000);

  it('matches canonicalJson on the documented edge cases, errors included', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let deep: unknown = 'leaf';
    for (let i = 0; i < 300; i += 1) deep = [deep];
    let deepObject: unknown = 1;
    for (let i = 0; i < 255; i += 1) deepObject = { k: deepObject };
    const sparse: unknown[] = [1];
    sparse[3] = 2;
    const cases: unknown[] = [
      { b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } },
      ['é', 'line\nbreak', '"q"', -0, 1.5, true, false, null],
      [1, undefined, 2],
      sparse,
      { n: Number.NaN },
      { n: Number.POSITIVE_INFINITY },
      [Number.NEGATIVE_INFINITY],
      { d: new Date(0) },
      { m: new Map() },
      { s: Object('boxed') as object },
      { f: () => 1 },
      { y: Symbol('s') },
      10n,
      { big: 10n },
      undefined,
      cyclic,
      deep,
      deepObject,
      JSON.parse('{"__proto__":{"x":1},"a":2}') as unknown,
      { 10: 'ten', 9: 'nine', a: 'a', B: 'B' },
      Object.assign(Object.create(null) as object, { z: 1, a: 2 }),
      { toString: 'not a function', constructor: 1 },
      [],
      {},
      '',
      0,
      -0,
    ];
    for (const input of cases) {
      expect(outcome(() => canonicalJsonFast(input))).toEqual(outcome(() => canonicalJson(input)));
    }
  });
});
