import { describe, expect, it } from 'vitest';
import { makeGenerator, outcome } from '../crypto/canonicalJsonTestValues';
import { GENESIS_HASH, computeEventHash, eventHashInput, type AuditEvent } from './auditEvent';
import { CanonicalJsonBytesWriter } from '../crypto/canonicalJsonBytes';
import { eventHashInputBytes, eventHashInputFast } from './eventHashInputFast';

const utf8 = (text: string) => Array.from(new TextEncoder().encode(text)).join(',');

describe('eventHashInputFast', () => {
  it('gives exactly the text of eventHashInput for many generated events', () => {
    const gen = makeGenerator(11);
    const { random, int, pick, text, value } = gen;
    const writer = new CanonicalJsonBytesWriter(16);
    for (let i = 0; i < 5_000; i += 1) {
      // A snapshot-like object: many keys in insertion (not sorted) order, nested values.
      const snapshot = () => {
        const record: Record<string, unknown> = {};
        const size = int(25);
        for (let k = 0; k < size; k += 1)
          record[`${text()}${pick(['id', 'title', 'é', '9'])}`] = value(1);
        return record;
      };
      const event: Record<string, unknown> = {
        seq: random() < 0.95 ? i + 1 : gen.number(),
        at: new Date(1_700_000_000_000 + int(1e10)).toISOString(),
        actor: `member-${String(int(200))}`,
        action: pick(['initiative.changeStage', 'session.signed-in', 'gate.open', text()]),
        entity: pick(['initiative', 'gate', 'session', 'risk']),
        entityId: text(),
        before: random() < 0.3 ? null : snapshot(),
        after: random() < 0.1 ? null : snapshot(),
        reason: random() < 0.5 ? null : text(),
        prevHash: random() < 0.1 ? GENESIS_HASH : 'ab'.repeat(32),
        hash: 'cd'.repeat(32),
      };
      // Fields missing or of the wrong type, as a tampered store could hold them.
      if (random() < 0.05) Reflect.deleteProperty(event, pick(Object.keys(event)));
      if (random() < 0.02) event[pick(Object.keys(event))] = value(0);
      if (random() < 0.01) event.after = { n: Number.NaN };
      const typed = event as unknown as AuditEvent;
      expect(outcome(() => eventHashInputFast(typed))).toEqual(
        outcome(() => eventHashInput(typed)),
      );
      expect(outcome(() => Array.from(eventHashInputBytes(typed, writer)).join(','))).toEqual(
        outcome(() => utf8(eventHashInput(typed))),
      );
      if (i % 10 === 0) {
        const cloned = structuredClone(typed);
        expect(outcome(() => eventHashInputFast(cloned))).toEqual(
          outcome(() => eventHashInput(typed)),
        );
      }
    }
  }, 60_000);

  it('keeps the hash of a sealed event', () => {
    const event = {
      seq: 1,
      at: '2026-01-01T00:00:00.000Z',
      actor: 'm1',
      action: 'initiative.create',
      entity: 'initiative' as const,
      entityId: 'i1',
      before: null,
      after: { title: 'Ünïcode 😀', stage: 'idea', budget: -0, tags: ['b', 'a'] },
      reason: null,
      prevHash: GENESIS_HASH,
    };
    expect(eventHashInputFast(event)).toBe(eventHashInput(event));
    expect(Array.from(eventHashInputBytes(event, new CanonicalJsonBytesWriter()))).toEqual(
      Array.from(new TextEncoder().encode(eventHashInput(event))),
    );
    expect(
      Array.from(
        eventHashInputBytes(
          { ...event, reason: undefined } as never,
          new CanonicalJsonBytesWriter(),
        ),
      ),
    ).toEqual(
      Array.from(
        new TextEncoder().encode(eventHashInput({ ...event, reason: undefined } as never)),
      ),
    );
    expect(computeEventHash(event)).toMatch(/^[0-9a-f]{64}$/);
  });
});
