import { afterEach, describe, expect, it } from 'vitest';
import { makeTestWorkspace } from '../../test/testWorkspace';
import type { CountersignDb } from '../../db/database';
import {
  VerificationCancelled,
  verifyStoredChain,
  verifyStoredChainInParts,
  verifyStoredRange,
} from './verifyStoredChain';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

// The worker's path: WebCrypto digests over bytes, reads overlapped with hashing.
const digest = (bytes: Uint8Array<ArrayBuffer>) => crypto.subtle.digest('SHA-256', bytes);

describe('verifyStoredChain with a digest (the worker’s pipelined path)', () => {
  it('gives the same verdicts as the synchronous hash, in batches', async () => {
    ({ db } = await makeTestWorkspace());
    const total = await db.auditEvents.count();
    const progress: number[] = [];
    expect(
      await verifyStoredChain(db, {
        batchSize: 3,
        digest,
        onProgress: (p) => progress.push(p.checked),
      }),
    ).toEqual(await verifyStoredChain(db, { batchSize: 3 }));
    expect(progress.at(-1)).toBe(total);
    expect(progress.length).toBe(Math.ceil(total / 3));
  });

  it('names an edited event, a deleted one and one that cannot be encoded', async () => {
    ({ db } = await makeTestWorkspace());
    await db.auditEvents.update(6, { reason: 'edited' });
    const edited = await verifyStoredChain(db, { batchSize: 4, digest });
    expect(edited).toMatchObject({ ok: false, seq: 6, reason: 'hash-mismatch' });
    expect(edited).toEqual(await verifyStoredChain(db, { batchSize: 4 }));

    await db.auditEvents.update(3, { after: { n: Number.NaN } });
    expect(await verifyStoredChain(db, { batchSize: 2, digest })).toMatchObject({
      ok: false,
      seq: 3,
      reason: 'hash-mismatch',
    });

    await db.auditEvents.delete(2);
    const gap = await verifyStoredChain(db, { batchSize: 2, digest });
    expect(gap).toMatchObject({ ok: false, seq: 3, reason: 'gap' });
    expect(gap).toEqual(await verifyStoredChain(db, { batchSize: 2 }));
  });

  it('names a broken link', async () => {
    ({ db } = await makeTestWorkspace());
    const fifth = await db.auditEvents.get(5);
    if (!fifth) throw new Error('missing event');
    await db.auditEvents.update(5, { prevHash: 'f'.repeat(64) });
    const verdict = await verifyStoredChain(db, { batchSize: 2, digest });
    expect(verdict).toMatchObject({ ok: false, seq: 5, reason: 'prev-hash-mismatch' });
    expect(verdict).toEqual(await verifyStoredChain(db, { batchSize: 2 }));
  });

  it('stops when cancelled', async () => {
    ({ db } = await makeTestWorkspace());
    const controller = new AbortController();
    controller.abort();
    await expect(
      verifyStoredChain(db, { signal: controller.signal, digest }),
    ).rejects.toBeInstanceOf(VerificationCancelled);
  });
});

describe('verifyStoredChainInParts (two halves at once, as the worker and its helper do)', () => {
  const inParts = (database: CountersignDb) =>
    verifyStoredChainInParts(database, {
      batchSize: 2,
      digest,
      minKeysToSplit: 0,
      verifyLaterPart: (range, onProgress) =>
        verifyStoredRange(database, range, { batchSize: 3, digest, onProgress }),
    });

  it('gives the single pass’s verdict, whichever half holds the first break', async () => {
    ({ db } = await makeTestWorkspace());
    const database = db;
    const total = await database.auditEvents.count();
    expect(total).toBeGreaterThan(6);
    expect(await inParts(database)).toEqual(await verifyStoredChain(database));
    const tampers: ((seq: number) => Promise<unknown>)[] = [
      (seq) => database.auditEvents.update(seq, { reason: 'edited' }),
      (seq) => database.auditEvents.update(seq, { prevHash: 'f'.repeat(64) }),
      (seq) => database.auditEvents.delete(seq),
      (seq) => database.auditEvents.update(seq, { after: { n: Number.NaN } }),
    ];
    const original = await database.auditEvents.toArray();
    for (const tamper of tampers) {
      for (let seq = 1; seq <= total; seq += 1) {
        await database.auditEvents.clear();
        await database.auditEvents.bulkPut(original);
        await tamper(seq);
        // (Deleting the last event only shortens the chain: both say ok.)
        expect(await inParts(database)).toEqual(await verifyStoredChain(database));
      }
    }
    // Two breaks, one in each half: the earlier one is named.
    await database.auditEvents.clear();
    await database.auditEvents.bulkPut(original);
    await database.auditEvents.update(2, { reason: 'edited' });
    await database.auditEvents.update(total - 1, { reason: 'edited' });
    expect(await inParts(database)).toMatchObject({ ok: false, seq: 2, reason: 'hash-mismatch' });
  }, 60_000);
});
