import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChainVerdict } from '../../../shared/audit/verifyChain';
import type { VerifyRequest, VerifyResponse } from './verifyWorkerProtocol';

export type VerificationState =
  | { status: 'idle' }
  | { status: 'running'; checked: number; total: number }
  | { status: 'done'; verdict: ChainVerdict; finishedAt: Date }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** Runs chain verification in a Web Worker with progress and cancel. */
export function useChainVerification(dbName: string) {
  const [state, setState] = useState<VerificationState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);

  const stopWorker = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);
  useEffect(() => stopWorker, [stopWorker]);

  const start = useCallback(() => {
    stopWorker();
    const worker = new Worker(new URL('./verifyChain.worker.ts', import.meta.url), {
      type: 'module',
    });
    workerRef.current = worker;
    setState({ status: 'running', checked: 0, total: 0 });
    worker.onmessage = (event: MessageEvent<VerifyResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        setState({ status: 'running', checked: message.checked, total: message.total });
        return;
      }
      if (message.type === 'done')
        setState({ status: 'done', verdict: message.verdict, finishedAt: new Date() });
      else if (message.type === 'cancelled') setState({ status: 'cancelled' });
      else setState({ status: 'error', message: message.message });
      stopWorker();
    };
    worker.onerror = (event) => {
      setState({
        status: 'error',
        message: event.message || 'The verification worker stopped unexpectedly.',
      });
      stopWorker();
    };
    worker.postMessage({ type: 'verify', dbName } satisfies VerifyRequest);
  }, [dbName, stopWorker]);

  const cancel = useCallback(() => {
    workerRef.current?.postMessage({ type: 'cancel' } satisfies VerifyRequest);
  }, []);

  return { state, start, cancel };
}
