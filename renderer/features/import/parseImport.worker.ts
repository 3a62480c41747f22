/// <reference lib="webworker" />
import { CountersignDb } from '../../db/database';
import { createImportWorkerCore } from './importWorkerCore';
import type { ImportRequest, ImportResponse } from './importWorkerProtocol';

// Reading and checking a spreadsheet of thousands of rows runs here so the UI never stalls.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const core = createImportWorkerCore({
  decodeUtf8: (bytes) => new TextDecoder('utf-8', { fatal: true }).decode(bytes),
  openDb: (name) => new CountersignDb(name),
});

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  void core.receive(event.data, (message: ImportResponse) => scope.postMessage(message));
};
