import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, sealEvent, type AuditEvent } from './auditEvent';
import { ChainVerifier, verifyChain } from './verifyChain';

function makeChain(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq += 1) {
    const event = sealEvent({
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
      actor: 'member-1',
      action: 'initiative.create',
      entity: 'initiative',
      entityId: `initiative-${String(seq)}`,
      before: null,
      after: { title: `Initiative ${String(seq)}`, tags: ['a', 'b'] },
      reason: null,
      prevHash,
    });
    events.push(event);
    prevHash = event.hash;
  }
  return events;
}

describe('verifyChain', () => {
  it('accepts a good chain and reports its head', () => {
    const chain = makeChain(5);
    expect(verifyChain(chain)).toEqual({
      ok: true,
      count: 5,
      head: { seq: 5, hash: chain[4]!.hash },
    });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: null });
  });

  it('names the event whose contents were edited', () => {
    const chain = makeChain(5);
    chain[2] = { ...chain[2]!, after: { title: 'Quietly changed', tags: ['a', 'b'] } };
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      seq: 3,
      reason: 'hash-mismatch',
      count: 2,
    });
  });

  it('catches an edit that recomputed the edited event’s own hash', () => {
    const chain = makeChain(5);
    const { hash: _ignored, ...rest } = chain[1]!;
    chain[1] = sealEvent({ ...rest, actor: 'someone-else' });
    // Event 2 is self-consistent now, but event 3 still points at the old hash.
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 3, reason: 'prev-hash-mismatch' });
  });

  it('reports a missing event as a gap', () => {
    const chain = makeChain(5);
    chain.splice(2, 1);
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 4, reason: 'gap' });
  });

  it('reports a truncated start as a gap', () => {
    expect(verifyChain(makeChain(3).slice(1))).toMatchObject({ ok: false, seq: 2, reason: 'gap' });
  });

  it('reports swapped events as reordered', () => {
    const chain = makeChain(5);
    [chain[1], chain[2]] = [chain[2]!, chain[1]!];
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 3, reason: 'reordered' });
  });

  it('reports a repeated event as reordered', () => {
    const chain = makeChain(3);
    chain.splice(2, 0, chain[1]!);
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 2, reason: 'reordered' });
  });

  it('reports a first event that does not start from the genesis hash', () => {
    const chain = makeChain(2);
    const { hash: _ignored, ...rest } = chain[0]!;
    chain[0] = sealEvent({ ...rest, prevHash: 'f'.repeat(64) });
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 1, reason: 'prev-hash-mismatch' });
  });

  it('treats values that cannot be hashed as tampering, not a crash', () => {
    const chain = makeChain(2);
    chain[1] = { ...chain[1]!, after: { n: Number.NaN } };
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 2, reason: 'hash-mismatch' });
  });

  it('verifies incrementally in batches with the same verdict', () => {
    const chain = makeChain(10);
    chain[7] = { ...chain[7]!, reason: 'edited' };
    const verifier = new ChainVerifier();
    for (let i = 0; i < chain.length; i += 3) {
      for (const event of chain.slice(i, i + 3)) verifier.push(event);
    }
    expect(verifier.verdict()).toMatchObject({
      ok: false,
      seq: 8,
      reason: 'hash-mismatch',
      count: 7,
    });
  });
});
