import type { PackRound } from './api';

function buildInWorker(kind: 'pack' | 'plain'): Promise<{ ms: number; bytes: number }> {
  const worker = new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ms: number; bytes: number } | { error: string }>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ kind });
  });
}

/**
 * Scenario 6 in the page: the pack and its plain-table baseline, alternately,
 * each in a fresh worker; the main thread's long tasks (over 50 ms) are
 * collected meanwhile, as the app's UI would feel them.
 */
export async function measurePack(runs: number): Promise<PackRound> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const packMs: number[] = [];
  const plainMs: number[] = [];
  let packBytes = 0;
  try {
    for (let i = 0; i < runs; i += 1) {
      const pack = await buildInWorker('pack');
      packMs.push(pack.ms);
      packBytes = pack.bytes;
      plainMs.push((await buildInWorker('plain')).ms);
    }
  } finally {
    observer.disconnect();
  }
  return { packMs, plainMs, packBytes, longTasksMs: longTasks };
}
