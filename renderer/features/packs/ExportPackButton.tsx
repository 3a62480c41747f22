/** Exports a compliance pack for one initiative or the portfolio (built out by the pack issue). */
export function ExportPackButton(_props: { initiativeId?: string }) {
  return null;
}
