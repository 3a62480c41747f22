import { useCallback, useEffect, useRef, useState } from 'react';
import type { ValidatedBackup } from '../../../shared/backup/readBackup';
import type { CheckRequest, CheckResponse } from './checkWorkerProtocol';

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; sourceName: string }
  | { status: 'valid'; sourceName: string; backup: ValidatedBackup }
  | { status: 'refused'; sourceName: string; message: string };

/** Checks a backup file completely in a Web Worker; cancel stops the worker. */
export function useBackupCheck() {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const check = useCallback(
    (sourceName: string, bytes: Uint8Array) => {
      stop();
      const worker = new Worker(new URL('./checkBackup.worker.ts', import.meta.url), {
        type: 'module',
      });
      workerRef.current = worker;
      setState({ status: 'checking', sourceName });
      worker.onmessage = (event: MessageEvent<CheckResponse>) => {
        const result = event.data;
        setState(
          result.ok
            ? { status: 'valid', sourceName, backup: result.backup }
            : { status: 'refused', sourceName, message: result.message },
        );
        stop();
      };
      worker.onerror = (event) => {
        setState({
          status: 'refused',
          sourceName,
          message: `The backup could not be checked (${event.message || 'the checker stopped'}). Nothing was restored or changed.`,
        });
        stop();
      };
      const copy = new Uint8Array(bytes);
      worker.postMessage({ bytes: copy } satisfies CheckRequest, [copy.buffer]);
    },
    [stop],
  );

  const reset = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  return { state, check, reset };
}
