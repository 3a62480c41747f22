/// <reference lib="webworker" />
import type { ElectronicSignature } from '../../../shared/auth/signature';
import { CountersignDb } from '../../db/database';
import type { BundleWorkerRequest, BundleWorkerResponse } from './bundleWorkerProtocol';
import { exportBundle } from './exportBundle';

// The bundle is built here, away from the UI: the pack, every evidence file
// and the audit events are read, hashed and zipped in this worker. The
// member's secret key never comes here: the manifest hash goes to the page
// to be signed, and the signature comes back.
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: BundleWorkerResponse, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

let answerSignature: ((signature: ElectronicSignature | null) => void) | null = null;

scope.onmessage = (event: MessageEvent<BundleWorkerRequest>) => {
  const message = event.data;
  if (message.type === 'signature') answerSignature?.(message.signature);
  else if (message.type === 'not-signed') answerSignature?.(null);
  else run(message);
};

function run(request: Extract<BundleWorkerRequest, { type: 'export' }>) {
  const db = new CountersignDb(request.dbName);
  const chunks: Uint8Array[] = [];
  let fileCount = 0;
  exportBundle(
    db,
    { packSpec: request.packSpec, identity: request.identity },
    {
      onProgress: (fraction, label) => post({ type: 'progress', fraction, label }),
      onChunk: (chunk) => {
        // fflate reuses no buffers it hands out, so the chunk is kept as is.
        chunks.push(chunk);
      },
      sign: (manifestSha256) =>
        new Promise<ElectronicSignature>((resolve, reject) => {
          answerSignature = (signature) => {
            answerSignature = null;
            if (signature) resolve(signature);
            else reject(new DOMException('The manifest was not signed.', 'AbortError'));
          };
          post({ type: 'sign', manifestSha256, files: fileCount });
        }),
    },
  )
    .then(({ fileName, written }) => {
      fileCount = written.manifest.files.length;
      const bytes = new Uint8Array(written.bytes);
      let offset = 0;
      for (const chunk of chunks.splice(0)) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      post(
        {
          type: 'done',
          bytes,
          fileName,
          manifestSha256: written.manifestSha256,
          files: fileCount,
        },
        [bytes.buffer],
      );
    })
    .catch((error: unknown) =>
      post({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        cancelled: error instanceof Error && error.name === 'AbortError',
      }),
    )
    .finally(() => db.close());
}
