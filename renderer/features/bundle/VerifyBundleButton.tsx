import { useRef, useState } from 'react';
import { DEFAULT_BUNDLE_LIMITS } from '../../../shared/bundle/limits';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { useHost } from '../../host/HostContext';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { BundleReportView } from './BundleReportView';
import type { VerifyOutcome } from './verifyFile';

type State =
  | { status: 'idle' }
  | { status: 'checking'; name: string }
  | { status: 'done'; name: string; outcome: VerifyOutcome }
  | { status: 'error'; message: string };

/**
 * Verify bundle: opens an audit bundle from disk and checks it offline,
 * exactly as `npx countersign verify` does. Needs no workspace: an auditor
 * can run it on the first screen.
 */
export function VerifyBundleButton() {
  const host = useHost();
  const [state, setState] = useState<State>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const close = () => {
    worker.current?.terminate();
    worker.current = null;
    setState({ status: 'idle' });
  };

  async function choose() {
    const opened = await host.openFile({
      filters: [{ name: 'Audit bundle', extensions: ['zip'] }],
      maxBytes: Math.min(MAX_FILE_BYTES, DEFAULT_BUNDLE_LIMITS.maxArchiveBytes),
    });
    if (!opened.ok) {
      setState({ status: 'error', message: opened.error });
      return;
    }
    if (!opened.value) return;
    const { name, data } = opened.value;
    setState({ status: 'checking', name });
    worker.current?.terminate();
    const running = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });
    worker.current = running;
    running.onmessage = (
      event: MessageEvent<VerifyOutcome | { kind: 'error'; message: string }>,
    ) => {
      running.terminate();
      worker.current = null;
      const outcome = event.data;
      setState(
        outcome.kind === 'error'
          ? { status: 'error', message: `The bundle could not be checked: ${outcome.message}` }
          : { status: 'done', name, outcome },
      );
    };
    running.onerror = (event) => {
      event.preventDefault();
      running.terminate();
      worker.current = null;
      setState({ status: 'error', message: 'The verifier stopped unexpectedly.' });
    };
    const bytes = new Uint8Array(data);
    running.postMessage({ bytes }, [bytes.buffer]);
  }

  const title =
    state.status === 'done' || state.status === 'checking'
      ? `Verify bundle: ${state.name}`
      : 'Verify bundle';
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => void choose()}>
        Verify bundle…
      </button>
      <Dialog title={title} open={state.status !== 'idle'} onClose={close}>
        {state.status === 'checking' && (
          <p role="status">Checking every file, event and signature…</p>
        )}
        {state.status === 'error' && <ErrorAlert message={state.message} />}
        {state.status === 'done' && state.outcome.kind === 'backup' && (
          <p role="status">
            This is a workspace backup, not an audit bundle. Restore (on the Backups screen) checks
            a backup completely before anything is written, and{' '}
            <code>npx countersign verify &lt;backup&gt;</code> checks it without restoring.
          </p>
        )}
        {state.status === 'done' && state.outcome.kind !== 'backup' && (
          <BundleReportView report={state.outcome.report} />
        )}
      </Dialog>
    </>
  );
}
