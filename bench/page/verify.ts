import type {
  VerifyRequest,
  VerifyResponse,
} from '../../renderer/features/audit/verifyWorkerProtocol';
import {
  VerificationCancelled,
  verifyStoredChain,
} from '../../renderer/features/audit/verifyStoredChain';
import { CountersignDb } from '../../renderer/db/database';
import type { BaselineResult, VerifyRun } from './api';

/**
 * The app's own verification worker (`verifyChain.worker.ts`), started fresh
 * as the Audit screen does, timed from the request to its verdict.
 */
export function verifyInAppWorker(dbName: string): Promise<VerifyRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      new URL('../../renderer/features/audit/verifyChain.worker.ts', import.meta.url),
      { type: 'module' },
    );
    const started = performance.now();
    worker.onmessage = (event: MessageEvent<VerifyResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return;
      worker.terminate();
      if (message.type === 'done') {
        resolve({ ms: performance.now() - started, verdict: message.verdict });
      } else {
        reject(new Error(message.type === 'error' ? message.message : 'Verification cancelled'));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The verification worker failed'));
    };
    worker.postMessage({ type: 'verify', dbName } satisfies VerifyRequest);
  });
}

/**
 * The same verification on the page's main thread, where the CDP profiler can
 * see it; stopped after `limit` events, as a profile needs a sample, not all.
 */
export async function verifyOnMainThread(dbName: string, limit: number): Promise<VerifyRun> {
  const db = new CountersignDb(dbName);
  const controller = new AbortController();
  try {
    const started = performance.now();
    const verdict = await verifyStoredChain(db, {
      signal: controller.signal,
      // The worker's own path: WebCrypto digests, reads overlapped with hashing.
      digest: (bytes) => crypto.subtle.digest('SHA-256', bytes),
      onProgress: ({ checked }) => {
        if (checked >= limit) controller.abort();
      },
    }).catch((error: unknown) => {
      if (error instanceof VerificationCancelled) return null;
      throw error;
    });
    return {
      ms: performance.now() - started,
      verdict: verdict ?? { ok: true, count: limit, head: null },
    };
  } finally {
    db.close();
  }
}

/** Raw hashing baselines over the same bytes, in a worker of their own. */
export function hashBaselines(dbName: string): Promise<BaselineResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./baseline.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (
      event: MessageEvent<{ ok: true; result: BaselineResult } | { ok: false; error: string }>,
    ) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The baseline worker failed'));
    };
    worker.postMessage({ dbName });
  });
}
