/// <reference lib="webworker" />
import { CountersignDb } from '../../db/database';
import type { ChainVerdict } from '../../../shared/audit/verifyChain';
import {
  VerificationCancelled,
  verifyStoredChainInParts,
  type ChainRange,
} from './verifyStoredChain';
import type { VerifyRangeRequest, VerifyRangeResponse } from './verifyRange.worker';
import type { VerifyRequest, VerifyResponse } from './verifyWorkerProtocol';

// Chain verification hashes every event; it runs here so the UI never stalls.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let controller: AbortController | null = null;
let helper: Worker | null = null;

/**
 * WebCrypto SHA-256: digests run off this thread, many in flight at once.
 * Allowed here and not in commands: verification runs outside any IndexedDB
 * transaction.
 */
const digest = (bytes: Uint8Array<ArrayBuffer>) => crypto.subtle.digest('SHA-256', bytes);

/** The later half of the chain, verified by a helper worker on another core. */
function verifyInHelper(
  dbName: string,
  range: ChainRange,
  onProgress: (checked: number) => void,
): Promise<ChainVerdict> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./verifyRange.worker.ts', import.meta.url), {
      type: 'module',
    });
    helper = worker;
    worker.onmessage = (event: MessageEvent<VerifyRangeResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.checked);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.verdict);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The verification helper stopped unexpectedly.'));
    };
    worker.postMessage({ dbName, range } satisfies VerifyRangeRequest);
  });
}

function post(message: VerifyResponse) {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<VerifyRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    controller?.abort();
    helper?.terminate();
    return;
  }
  controller = new AbortController();
  const { signal } = controller;
  const db = new CountersignDb(request.dbName);
  const { dbName } = request;
  verifyStoredChainInParts(db, {
    signal,
    digest,
    verifyLaterPart: (range, onProgress) => verifyInHelper(dbName, range, onProgress),
    onProgress: ({ checked, total }) => post({ type: 'progress', checked, total }),
  })
    .then((verdict) => post({ type: 'done', verdict }))
    .catch((error: unknown) => {
      if (error instanceof VerificationCancelled) post({ type: 'cancelled' });
      else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    })
    .finally(() => {
      helper?.terminate();
      db.close();
    });
};
