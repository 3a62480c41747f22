import { useEffect, useRef, useState } from 'react';
import { fileTypeOf } from '../../../shared/evidence/fileTypes';
import type { Evidence } from '../../../shared/evidence/record';
import { useWorkspace } from '../../app/WorkspaceContext';
import { Dialog } from '../../ui/Dialog';
import { readEvidenceFile } from './evidenceFile';
import { renderPdf } from './renderPdf';

/** Text beyond this is cut from the preview (the saved copy is whole). */
const MAX_TEXT_CHARS = 200_000;

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; data: Uint8Array };

/** Shows a PDF, image or text file inside the app, after checking it against its recorded hash. */
export function EvidencePreview(props: { evidence: Evidence; onClose: () => void }) {
  const { evidence, onClose } = props;
  const { db } = useWorkspace();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void readEvidenceFile(db, evidence).then((file) => {
      if (!live) return;
      setLoaded(
        file.ok ? { state: 'ready', data: file.data } : { state: 'failed', message: file.message },
      );
    });
    return () => {
      live = false;
    };
  }, [db, evidence]);
  const kind = fileTypeOf(evidence.mediaType)?.preview ?? 'none';
  return (
    <Dialog title={`Preview: ${evidence.name}`} open onClose={onClose}>
      <div className="evidence-preview">
        {loaded.state === 'loading' && <p role="status">Checking the file against its SHA-256…</p>}
        {loaded.state === 'failed' && (
          <p role="alert" className="alert alert-error">
            {loaded.message}
          </p>
        )}
        {loaded.state === 'ready' && kind === 'image' && (
          <ImagePreview data={loaded.data} mediaType={evidence.mediaType} name={evidence.name} />
        )}
        {loaded.state === 'ready' && kind === 'text' && <TextPreview data={loaded.data} />}
        {loaded.state === 'ready' && kind === 'pdf' && <PdfPreview data={loaded.data} />}
        {loaded.state === 'ready' && kind === 'none' && (
          <p>This type of file cannot be shown here. Save a copy to open it.</p>
        )}
      </div>
    </Dialog>
  );
}

function ImagePreview(props: { data: Uint8Array; mediaType: string; name: string }) {
  const image = useRef<HTMLImageElement>(null);
  // The object URL lives exactly as long as the preview shows it.
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([props.data.slice()], { type: props.mediaType }));
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [props.data, props.mediaType]);
  return <img ref={image} alt={props.name} className="evidence-image" />;
}

function TextPreview({ data }: { data: Uint8Array }) {
  // Decode no more than the preview shows (a character is at most 4 bytes of UTF-8).
  const text = new TextDecoder().decode(data.subarray(0, MAX_TEXT_CHARS * 4));
  const cut = text.length > MAX_TEXT_CHARS || data.byteLength > MAX_TEXT_CHARS * 4;
  return (
    <>
      <pre className="evidence-text" tabIndex={0} role="region" aria-label="File contents">
        {cut ? text.slice(0, MAX_TEXT_CHARS) : text}
      </pre>
      {cut && <p className="muted">The preview stops here; save a copy to read the whole file.</p>}
    </>
  );
}

function PdfPreview({ data }: { data: Uint8Array }) {
  const pages = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('Drawing the pages…');
  useEffect(() => {
    const container = pages.current;
    if (!container) return;
    const signal = { cancelled: false };
    renderPdf(data, container, signal).then(
      ({ pages: total, shown }) =>
        setStatus(
          shown < total
            ? `Showing the first ${String(shown)} of ${String(total)} pages; save a copy to read the rest.`
            : `${String(total)} page${total === 1 ? '' : 's'}.`,
        ),
      (error: unknown) =>
        setStatus(
          `This PDF could not be shown (${error instanceof Error ? error.message : String(error)}). Save a copy to open it.`,
        ),
    );
    return () => {
      signal.cancelled = true;
      container.replaceChildren();
    };
  }, [data]);
  return (
    <>
      <p role="status">{status}</p>
      <div ref={pages} className="pdf-pages" tabIndex={0} role="region" aria-label="PDF pages" />
    </>
  );
}
