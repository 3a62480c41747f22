/** Pages drawn in the preview; the rest is a "save a copy to read it all" away. */
export const MAX_PREVIEW_PAGES = 30;

/**
 * Draws a PDF's pages into canvases with pdf.js, loaded only when a PDF is
 * previewed. pdf.js parses the file in its own worker from our origin and
 * runs nothing the PDF carries (no eval, no scripts, no plugin), so the
 * Content-Security-Policy stays as strict as it is.
 */
export async function renderPdf(
  data: Uint8Array,
  container: HTMLElement,
  signal: { cancelled: boolean },
): Promise<{ pages: number; shown: number }> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // pdf.js transfers the buffer to its worker: give it a copy.
  const task = pdfjs.getDocument({
    data: data.slice(),
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: false,
  });
  const doc = await task.promise;
  try {
    const shown = Math.min(doc.numPages, MAX_PREVIEW_PAGES);
    for (let number = 1; number <= shown && !signal.cancelled; number += 1) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1.25 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `Page ${String(number)} of ${String(doc.numPages)}`);
      canvas.className = 'pdf-page';
      container.append(canvas);
      await page.render({ canvas, viewport }).promise;
    }
    return { pages: doc.numPages, shown };
  } finally {
    await doc.destroy();
  }
}
