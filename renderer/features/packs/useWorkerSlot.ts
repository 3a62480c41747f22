import { useCallback, useEffect, useMemo, useRef } from 'react';

/**
 * Holds the one worker an export runs in: starting another ends the last,
 * and leaving the screen ends it, so no export outlives its dialog.
 */
export function useWorkerSlot() {
  const ref = useRef<Worker | null>(null);
  const stop = useCallback(() => {
    ref.current?.terminate();
    ref.current = null;
  }, []);
  useEffect(() => stop, [stop]);
  // A factory, not a URL: Vite bundles a worker only where it sees the
  // literal `new Worker(new URL('./x.worker.ts', import.meta.url), …)`.
  const start = useCallback(
    (create: () => Worker) => {
      stop();
      const worker = create();
      ref.current = worker;
      return worker;
    },
    [stop],
  );
  const running = useCallback(() => ref.current !== null, []);
  return useMemo(() => ({ start, stop, running }), [start, stop, running]);
}
