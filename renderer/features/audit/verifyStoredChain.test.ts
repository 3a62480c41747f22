import { afterEach, describe, expect, it } from 'vitest';
import { makeTestWorkspace } from '../../test/testWorkspace';
import type { CountersignDb } from '../../db/database';
import { VerificationCancelled, verifyStoredChain } from './verifyStoredChain';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('verifyStoredChain', () => {
  it('verifies every stored event in batches and reports progress', async () => {
    ({ db } = await makeTestWorkspace());
    const total = await db.auditEvents.count();
    const progress: number[] = [];
    const verdict = await verifyStoredChain(db, {
      batchSize: 3,
      onProgress: (p) => progress.push(p.checked),
    });
    expect(verdict).toMatchObject({ ok: true, count: total });
    expect(progress.at(-1)).toBe(total);
    expect(progress.length).toBe(Math.ceil(total / 3));
  });

  it('names the stored event that was edited outside the app', async () => {
    ({ db } = await makeTestWorkspace());
    await db.auditEvents.update(4, { actor: 'someone-else' });
    expect(await verifyStoredChain(db, { batchSize: 2 })).toMatchObject({
      ok: false,
      seq: 4,
      reason: 'hash-mismatch',
    });
  });

  it('reports a deleted event as a gap', async () => {
    ({ db } = await makeTestWorkspace());
    await db.auditEvents.delete(3);
    expect(await verifyStoredChain(db)).toMatchObject({ ok: false, seq: 4, reason: 'gap' });
  });

  it('stops when cancelled', async () => {
    ({ db } = await makeTestWorkspace());
    const controller = new AbortController();
    controller.abort();
    await expect(verifyStoredChain(db, { signal: controller.signal })).rejects.toBeInstanceOf(
      VerificationCancelled,
    );
  });
});

describe('verifyStoredChain with a batch hasher (the worker’s WebCrypto path)', () => {
  const webCrypto = async (texts: string[]) =>
    Promise.all(
      texts.map(async (text) =>
        Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString(
          'hex',
        ),
      ),
    );

  it('gives the same verdict as the synchronous hash', async () => {
    ({ db } = await makeTestWorkspace());
    const total = await db.auditEvents.count();
    expect(await verifyStoredChain(db, { batchSize: 4, hashBatch: webCrypto })).toMatchObject({
      ok: true,
      count: total,
    });
    await db.auditEvents.update(6, { reason: 'edited' });
    expect(await verifyStoredChain(db, { batchSize: 4, hashBatch: webCrypto })).toMatchObject({
      ok: false,
      seq: 6,
      reason: 'hash-mismatch',
    });
  });

  it('treats an event that cannot be encoded as changed', async () => {
    ({ db } = await makeTestWorkspace());
    await db.auditEvents.update(3, { after: { n: Number.NaN } });
    expect(await verifyStoredChain(db, { hashBatch: webCrypto })).toMatchObject({
      ok: false,
      seq: 3,
      reason: 'hash-mismatch',
    });
  });
});
