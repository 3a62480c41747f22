import { useCallback, useState } from 'react';
import type { PackSpec } from '../../../shared/pack/spec';
import { DOCX_MEDIA_TYPE } from '../../../shared/pack/docx/mediaType';
import { useHost } from '../../host/HostContext';
import { saveExportFile } from './saveExportFile';
import { useWorkerSlot } from './useWorkerSlot';
import type { PackWorkerRequest, PackWorkerResponse } from './packWorkerProtocol';

export type PackExportState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number; label: string }
  | { status: 'saved'; fileName: string; location: string; contentHash: string; chainOk: boolean }
  | { status: 'not-saved' }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * Builds a pack in a Web Worker with progress and cancel, then saves it
 * through the host: a save dialog on the desktop, a download in the browser.
 */
export function usePackExport(dbName: string) {
  const host = useHost();
  const [state, setState] = useState<PackExportState>({ status: 'idle' });
  const slot = useWorkerSlot();
  const stopWorker = slot.stop;

  const save = useCallback(
    async (message: Extract<PackWorkerResponse, { type: 'done' }>) => {
      const saved = await saveExportFile(
        host,
        {
          suggestedName: message.fileName,
          data: message.bytes,
          mediaType: DOCX_MEDIA_TYPE,
          filters: [{ name: 'Word document', extensions: ['docx'] }],
        },
        'pack',
      );
      setState(
        saved.status === 'saved'
          ? { ...saved, contentHash: message.contentHash, chainOk: message.chainOk }
          : saved,
      );
    },
    [host],
  );

  const start = useCallback(
    (spec: PackSpec) => {
      const worker = slot.start(
        () => new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module' }),
      );
      setState({ status: 'running', fraction: 0, label: 'Reading the workspace' });
      worker.onmessage = (event: MessageEvent<PackWorkerResponse>) => {
        const message = event.data;
        if (message.type === 'progress') {
          setState({ status: 'running', fraction: message.fraction, label: message.label });
          return;
        }
        stopWorker();
        if (message.type === 'done') {
          setState({ status: 'running', fraction: 1, label: 'Saving the file' });
          void save(message);
        } else setState({ status: 'error', message: message.message });
      };
      worker.onerror = (event) => {
        event.preventDefault();
        stopWorker();
        setState({
          status: 'error',
          message: event.message || 'The pack worker stopped unexpectedly.',
        });
      };
      worker.postMessage({ type: 'export', dbName, spec } satisfies PackWorkerRequest);
    },
    [dbName, save, slot, stopWorker],
  );

  /** Stops the export at once: the worker is ended, nothing is saved. */
  const cancel = useCallback(() => {
    if (!slot.running()) return;
    stopWorker();
    setState({ status: 'cancelled' });
  }, [slot, stopWorker]);

  const reset = useCallback(() => {
    stopWorker();
    setState({ status: 'idle' });
  }, [stopWorker]);

  return { state, start, cancel, reset };
}
