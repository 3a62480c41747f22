/// <reference lib="webworker" />
import type { ChainVerdict } from '../../../shared/audit/verifyChain';
import { CountersignDb } from '../../db/database';
import { verifyStoredRange, type ChainRange } from './verifyStoredChain';

/**
 * A helper of verifyChain.worker.ts: verifies the later half of the chain on
 * another core while that worker verifies the first half.
 */
export type VerifyRangeRequest = { dbName: string; range: ChainRange };
export type VerifyRangeResponse =
  | { type: 'progress'; checked: number }
  | { type: 'done'; verdict: ChainVerdict }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: VerifyRangeResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<VerifyRangeRequest>) => {
  const { dbName, range } = event.data;
  const db = new CountersignDb(dbName);
  verifyStoredRange(db, range, {
    digest: (bytes) => crypto.subtle.digest('SHA-256', bytes),
    onProgress: (checked) => post({ type: 'progress', checked }),
  })
    .then((verdict) => post({ type: 'done', verdict }))
    .catch((error: unknown) =>
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => db.close());
};
