/// <reference lib="webworker" />
import { CountersignDb } from '../../db/database';
import { exportPack } from './packInWorker';
import type { PackWorkerRequest, PackWorkerResponse } from './packWorkerProtocol';

// Building a pack reads and verifies the whole chain and lays out a large
// document: it runs here so the UI never stalls. Cancelling ends the worker.
const scope = self as unknown as DedicatedWorkerGlobalScope;

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** WebCrypto SHA-256 over a batch: verification runs outside any IndexedDB transaction. */
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

function post(message: PackWorkerResponse, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event: MessageEvent<PackWorkerRequest>) => {
  const { dbName, spec } = event.data;
  const db = new CountersignDb(dbName);
  exportPack(db, spec, {
    hashBatch: sha256Batch,
    onProgress: (fraction, label) => post({ type: 'progress', fraction, label }),
  })
    .then(({ bytes, fileName, built }) =>
      post(
        {
          type: 'done',
          bytes,
          fileName,
          contentHash: built.contentHash,
          chainOk: built.model.meta.chain.ok,
        },
        [bytes.buffer],
      ),
    )
    .catch((error: unknown) =>
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => db.close());
};
