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
  } = {},
): Promise<ChainVerdict> {
  const { batchSize = 5000, onProgress, signal } = options;
  const last = await db.auditEvents.orderBy('seq').last();
  const total = last?.seq ?? 0;
  const verifier = new ChainVerifier();
  let after = 0;
  let checked = 0;
  for (;;) {
    if (signal?.aborted) throw new VerificationCancelled();
    const batch = await db.auditEvents.where('seq').above(after).limit(batchSize).toArray();
    if (batch.length === 0) break;
    for (const event of batch) {
      if (verifier.push(event)) return verifier.verdict();
    }
    checked += batch.length;
    after = batch.at(-1)?.seq ?? after;
    onProgress?.({ checked, total });
  }
  return verifier.verdict();
}
