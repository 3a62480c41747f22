/// <reference lib="webworker" />
import type { ElectronicSignature } from '../../../shared/auth/signature';
import { BUNDLE_MEDIA_TYPE } from '../../../shared/bundle/format';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { CountersignDb } from '../../db/database';
import { BlobSink } from './blobSink';
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
  // As large as the host can save; refused while writing, before anything is signed.
  const sink = new BlobSink(MAX_FILE_BYTES);
  exportBundle(
    db,
    { packSpec: request.packSpec, identity: request.identity },
    {
      onProgress: (fraction, label) => post({ type: 'progress', fraction, label }),
      onChunk: (chunk) => sink.write(chunk),
      sign: (manifestSha256) =>
        new Promise<ElectronicSignature>((resolve, reject) => {
          answerSignature = (signature) => {
            answerSignature = null;
            if (signature) resolve(signature);
            else reject(new DOMException('The manifest was not signed.', 'AbortError'));
          };
          post({ type: 'sign', manifestSha256 });
        }),
    },
  )
    .then(({ fileName, written }) =>
      post({
        type: 'done',
        blob: sink.finish(BUNDLE_MEDIA_TYPE),
        fileName,
        manifestSha256: written.manifestSha256,
        files: written.manifest.files.length,
      }),
    )
    .catch((error: unknown) =>
      post({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        cancelled: error instanceof Error && error.name === 'AbortError',
      }),
    )
    .finally(() => db.close());
}
