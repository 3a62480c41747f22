import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../../shared/import/mapping';
import type {
  ImportRequest,
  ImportResponse,
  ParsedFileSummary,
  PreviewSummary,
} from './importWorkerProtocol';

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

interface Pending {
  resolve: (response: ImportResponse) => void;
  reject: (error: Error) => void;
}

/**
 * The import worker behind a promise API. One worker lives while the dialog is
 * open (it keeps the parsed file); one request runs at a time; `progress` is
 * what the worker is doing now, or null.
 */
export function useImportWorker() {
  const workerRef = useRef<Worker | null>(null);
  const pendingRef = useRef<Pending | null>(null);
  const nextId = useRef(1);
  const [progress, setProgress] = useState<string | null>(null);

  const stop = useCallback((reason: Error) => {
    workerRef.current?.terminate();
    workerRef.current = null;
    pendingRef.current?.reject(reason);
    pendingRef.current = null;
    setProgress(null);
  }, []);
  useEffect(() => () => stop(new ImportCancelled('The dialog was closed.')), [stop]);

  const request = useCallback(
    (message: ImportRequest, transfer: Transferable[] = []) =>
      new Promise<ImportResponse>((resolve, reject) => {
        let worker = workerRef.current;
        if (!worker) {
          worker = new Worker(new URL('./parseImport.worker.ts', import.meta.url), {
            type: 'module',
          });
          worker.onmessage = (event: MessageEvent<ImportResponse>) => {
            const response = event.data;
            if (response.type === 'progress') {
              setProgress(response.message);
              return;
            }
            const pending = pendingRef.current;
            pendingRef.current = null;
            setProgress(null);
            pending?.resolve(response);
          };
          worker.onerror = (event) => {
            event.preventDefault();
            stop(
              new Error(
                `The file could not be read: ${event.message || 'the import worker stopped unexpectedly'}. Nothing was imported.`,
              ),
            );
          };
          workerRef.current = worker;
        }
        pendingRef.current?.reject(new ImportCancelled('Superseded by a newer request.'));
        pendingRef.current = { resolve, reject };
        worker.postMessage(message, transfer);
      }),
    [stop],
  );

  /** Reads a file in the worker; resolves with its headings or rejects with a clear message. */
  const parse = useCallback(
    async (name: string, data: Uint8Array): Promise<ParsedFileSummary> => {
      // A fresh worker per file: nothing of an earlier file survives.
      stop(new ImportCancelled('Another file was chosen.'));
      const copy = data.slice();
      const response = await request({ type: 'parse', name, data: copy }, [copy.buffer]);
      if (response.type === 'parsed') return response.file;
      throw new Error(response.type === 'failed' ? response.message : 'Unexpected reply');
    },
    [request, stop],
  );

  /** Checks every row against a mapping in the worker. */
  const preview = useCallback(
    async (
      dbName: string,
      mapping: ColumnMapping,
      defaultOwnerId: string | null,
    ): Promise<PreviewSummary> => {
      const id = nextId.current++;
      const response = await request({ type: 'preview', id, dbName, mapping, defaultOwnerId });
      if (response.type === 'preview' && response.id === id) return response.preview;
      throw new Error(response.type === 'failed' ? response.message : 'Unexpected reply');
    },
    [request],
  );

  const cancel = useCallback(() => stop(new ImportCancelled('Stopped by the person.')), [stop]);

  return { progress, parse, preview, cancel };
}
