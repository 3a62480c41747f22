/// <reference lib="webworker" />
import { validateBackupFile } from '../../db/backup/validateBackupFile';
import type { CheckRequest, CheckResponse } from './checkWorkerProtocol';

// Unzipping, hashing and validating every row and the whole chain runs here so the UI never stalls.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  let response: CheckResponse;
  try {
    response = validateBackupFile(event.data.bytes);
  } catch (error) {
    response = {
      ok: false,
      message: `The backup could not be checked: ${error instanceof Error ? error.message : String(error)}. Nothing was restored or changed.`,
    };
  }
  scope.postMessage(response);
};
