import { eventHashInput, type AuditEvent } from '../../../shared/audit/auditEvent';
import { ChainVerifier, type ChainVerdict } from '../../../shared/audit/verifyChain';
import type { CountersignDb } from '../../db/database';

export interface VerifyProgress {
  checked: number;
  total: number;
}

export class VerificationCancelled extends Error {
  override name = 'VerificationCancelled';
  constructor() {
    super('Verification was cancelled.');
  }
}

/**
 * Verifies the stored audit chain in key order, a batch at a time, so memory
 * stays flat however long the chain is. Reads only: safe to run in a worker
 * while the app keeps working.
 */
export async function verifyStoredChain(
  db: CountersignDb,
  options: {
    batchSize?: number;
    onProgress?: (p: VerifyProgress) => void;
    signal?: AbortSignal;
    /** Hashes many texts at once (WebCrypto in the worker); the synchronous hash is used without it. */
    hashBatch?: (texts: string[]) => Promise<string[]>;
  } = {},
): Promise<ChainVerdict> {
  const { batchSize = 5000, onProgress, signal, hashBatch } = options;
  const last = await db.auditEvents.orderBy('seq').last();
  const total = last?.seq ?? 0;
  const verifier = new ChainVerifier();
  let after = 0;
  let checked = 0;
  for (;;) {
    if (signal?.aborted) throw new VerificationCancelled();
    const batch = await db.auditEvents.where('seq').above(after).limit(batchSize).toArray();
    if (batch.length === 0) break;
    const hashes = hashBatch ? await hashAll(batch, hashBatch) : null;
    for (const [index, event] of batch.entries()) {
      if (verifier.push(event, hashes?.[index])) return verifier.verdict();
    }
    checked += batch.length;
    after = batch.at(-1)?.seq ?? after;
    onProgress?.({ checked, total });
  }
  return verifier.verdict();
}

/** Hashes a batch at once; an event that cannot even be encoded gets a hash that matches nothing. */
export async function hashAll(
  events: AuditEvent[],
  hashBatch: (texts: string[]) => Promise<string[]>,
): Promise<string[]> {
  const texts: string[] = [];
  const encodable: number[] = [];
  events.forEach((event, index) => {
    try {
      texts.push(eventHashInput(event));
      encodable.push(index);
    } catch {
      // Left out: its hash stays '' below, which is reported as changed.
    }
  });
  const digests = await hashBatch(texts);
  const hashes = events.map(() => '');
  encodable.forEach((eventIndex, i) => {
    hashes[eventIndex] = digests[i] ?? '';
  });
  return hashes;
}
