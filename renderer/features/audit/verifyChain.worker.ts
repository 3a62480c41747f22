/// <reference lib="webworker" />
import { CountersignDb } from '../../db/database';
import { VerificationCancelled, verifyStoredChain } from './verifyStoredChain';
import type { VerifyRequest, VerifyResponse } from './verifyWorkerProtocol';

// Chain verification hashes every event; it runs here so the UI never stalls.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let controller: AbortController | null = null;

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * WebCrypto SHA-256 over a batch, all digests in flight at once. Allowed here
 * and not in commands: verification runs outside any IndexedDB transaction.
 */
async function sha256Batch(texts: string[]): Promise<string[]> {
  const digests = await Promise.all(
    texts.map((text) => crypto.subtle.digest('SHA-256', encoder.encode(text))),
  );
  return digests.map((digest) => {
    let hex = '';
    for (const byte of new Uint8Array(digest)) hex += HEX[byte] ?? '';
    return hex;
  });
}

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
    hashBatch: sha256Batch,
    onProgress: ({ checked, total }) => post({ type: 'progress', checked, total }),
  })
    .then((verdict) => post({ type: 'done', verdict }))
    .catch((error: unknown) => {
      if (error instanceof VerificationCancelled) post({ type: 'cancelled' });
      else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    })
    .finally(() => db.close());
};
