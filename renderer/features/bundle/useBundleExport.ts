import { useCallback, useState } from 'react';
import { BUNDLE_MEDIA_TYPE, MANIFEST_RECORD_KIND } from '../../../shared/bundle/format';
import type { PackSpec } from '../../../shared/pack/spec';
import { useHost } from '../../host/HostContext';
import { saveExportFile } from '../packs/saveExportFile';
import { useSigner } from '../signing/SigningProvider';
import { useWorkerSlot } from '../packs/useWorkerSlot';
import type { BundleWorkerRequest, BundleWorkerResponse } from './bundleWorkerProtocol';
import type { BundleIdentity } from './readBundleContent';

export type BundleExportState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number; label: string }
  | { status: 'saved'; fileName: string; location: string; manifestSha256: string; files: number }
  | { status: 'not-saved' }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * Builds an audit bundle in a Web Worker with progress and Cancel, asks the
 * member to sign its manifest when every file is in, then saves it through
 * the host.
 */
export function useBundleExport(dbName: string, initiativeTitle: string) {
  const host = useHost();
  const requestSignature = useSigner();
  const [state, setState] = useState<BundleExportState>({ status: 'idle' });
  const slot = useWorkerSlot();
  const stopWorker = slot.stop;

  const save = useCallback(
    async (message: Extract<BundleWorkerResponse, { type: 'done' }>) => {
      const saved = await saveExportFile(
        host,
        {
          suggestedName: message.fileName,
          data: message.blob,
          mediaType: BUNDLE_MEDIA_TYPE,
          filters: [{ name: 'Audit bundle', extensions: ['zip'] }],
        },
        'bundle',
      );
      setState(
        saved.status === 'saved'
          ? { ...saved, manifestSha256: message.manifestSha256, files: message.files }
          : saved,
      );
    },
    [host],
  );

  const start = useCallback(
    (packSpec: PackSpec, identity: BundleIdentity) => {
      const worker = slot.start(
        () => new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module' }),
      );
      const send = (message: BundleWorkerRequest) => worker.postMessage(message);
      setState({ status: 'running', fraction: 0, label: 'Reading the workspace' });
      worker.onmessage = (event: MessageEvent<BundleWorkerResponse>) => {
        const message = event.data;
        if (message.type === 'progress') {
          setState({ status: 'running', fraction: message.fraction, label: message.label });
          return;
        }
        if (message.type === 'sign') {
          setState({ status: 'running', fraction: 0.98, label: 'Waiting for your signature' });
          void requestSignature({
            recordKind: MANIFEST_RECORD_KIND,
            recordId: identity.bundleId,
            contentHash: message.manifestSha256,
            meaning: 'responsibility',
            title: `Audit bundle of ${initiativeTitle}`,
            details: [
              'I exported this audit bundle and take responsibility for what it holds.',
              `Manifest SHA-256: ${message.manifestSha256}`,
            ],
          }).then((signature) =>
            send(signature ? { type: 'signature', signature } : { type: 'not-signed' }),
          );
          return;
        }
        stopWorker();
        if (message.type === 'done') {
          setState({ status: 'running', fraction: 1, label: 'Saving the file' });
          void save(message);
        } else if (message.cancelled) setState({ status: 'cancelled' });
        else setState({ status: 'error', message: message.message });
      };
      worker.onerror = (event) => {
        event.preventDefault();
        stopWorker();
        setState({
          status: 'error',
          message: event.message || 'The bundle worker stopped unexpectedly.',
        });
      };
      send({ type: 'export', dbName, packSpec, identity });
    },
    [dbName, initiativeTitle, requestSignature, save, slot, stopWorker],
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
