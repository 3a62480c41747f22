/// <reference lib="webworker" />
import { verifyFile, type VerifyOutcome } from './verifyFile';

// Verifying re-hashes every file and event of the bundle: here, not on the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ bytes: Uint8Array }>) => {
  let outcome: VerifyOutcome | { kind: 'error'; message: string };
  try {
    outcome = verifyFile(event.data.bytes);
  } catch (error) {
    outcome = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(outcome);
};
