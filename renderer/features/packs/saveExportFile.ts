import type { Host, SaveFileOptions } from '../../host/host';

export type SavedExport =
  | { status: 'saved'; fileName: string; location: string }
  | { status: 'not-saved' }
  | { status: 'error'; message: string };

/**
 * Saves an exported file through the host (a save dialog on the desktop, a
 * download in the browser) and says how it went, in the export dialogs' terms.
 */
export async function saveExportFile(
  host: Host,
  options: SaveFileOptions,
  what: string,
): Promise<SavedExport> {
  const result = await host.saveFile(options);
  if (!result.ok) return { status: 'error', message: `The ${what} was not saved: ${result.error}` };
  if (!result.value.saved) return { status: 'not-saved' };
  return {
    status: 'saved',
    fileName: options.suggestedName,
    location: result.value.location ?? 'the chosen file',
  };
}
