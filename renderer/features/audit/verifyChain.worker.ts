/// <reference lib="webworker" />
import { CountersignDb } from '../../db/database';
import { VerificationCancelled, verifyStoredChain } from './verifyStoredChain';
import type { VerifyRequest, VerifyResponse } from './verifyWorkerProtocol';

// Chain verification hashes every event; it runs here so the UI never stalls.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let controller: AbortController | null = null;

function post(message: VerifyResponse) {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<VerifyRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    controller?.abort();
    return;
  }
  controller = new AbortController();
  const { signal } = controller;
  const db = new CountersignDb(request.dbName);
  verifyStoredChain(db, {
    signal,
    onProgress: ({ checked, total }) => post({ type: 'progress', checked, total }),
  })
    .then((verdict) => post({ type: 'done', verdict }))
    .catch((error: unknown) => {
      if (error instanceof VerificationCancelled) post({ type: 'cancelled' });
      else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    })
    .finally(() => db.close());
};
