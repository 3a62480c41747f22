import { fileNameSchema } from '../../shared/ipc/contract';
import type { Host } from './host';

declare const __APP_VERSION__: string;

/** The browser host: the same renderer, with downloads and file inputs for files. */
export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    saveFile({ suggestedName, data, mediaType }) {
      const name = fileNameSchema.safeParse(suggestedName);
      if (!name.success)
        return Promise.resolve({
          ok: false,
          error: name.error.issues[0]?.message ?? 'Not a valid file name',
        });
      // A Blob is downloaded as it is: no copy of a large file.
      const blob =
        data instanceof Blob
          ? data.slice(0, data.size, mediaType)
          : new Blob([data], { type: mediaType });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name.data;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // Give the download a moment to start before the URL is released.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve({
        ok: true,
        value: { saved: true, location: 'your downloads folder' },
      });
    },
    openFile({ filters = [], maxBytes }) {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
        input.addEventListener('cancel', () => resolve({ ok: true, value: null }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) {
            resolve({ ok: true, value: null });
            return;
          }
          if (file.size > maxBytes) {
            resolve({
              ok: false,
              error: `${file.name} is ${formatMegabytes(file.size)}; the limit is ${formatMegabytes(maxBytes)}. Nothing was read.`,
            });
            return;
          }
          file.arrayBuffer().then(
            (buffer) =>
              resolve({ ok: true, value: { name: file.name, data: new Uint8Array(buffer) } }),
            () => resolve({ ok: false, error: `${file.name} could not be read.` }),
          );
        });
        input.click();
      });
    },
    info() {
      return Promise.resolve({
        kind: 'browser',
        version: __APP_VERSION__,
        platform: 'web',
        backupsFolder: null,
      });
    },
    // A page cannot keep files of its own; the Backups screen reminds people to back up instead.
    backups: null,
  };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
