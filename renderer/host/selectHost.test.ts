import { describe, expect, it, vi } from 'vitest';
import type { CountersignBridge } from '../../shared/ipc/contract';
import { selectHost } from './selectHost';

function fakeBridge(): CountersignBridge {
  return {
    files: {
      save: vi.fn(() =>
        Promise.resolve({
          ok: true as const,
          value: { saved: true as const, path: '/tmp/x.json' },
        }),
      ),
      open: vi.fn(() =>
        Promise.resolve({ ok: false as const, error: 'The file is larger than 5 MB' }),
      ),
    },
    app: {
      info: () =>
        Promise.resolve({
          ok: true as const,
          value: {
            name: 'Countersign',
            version: '1.2.3',
            platform: 'linux',
            paths: { userData: '/u', backups: '/u/backups', documents: '/d' },
          },
        }),
    },
  };
}

describe('selectHost', () => {
  it('uses the Electron bridge when the preload exposed it', async () => {
    const bridge = fakeBridge();
    const host = selectHost({ countersign: bridge });
    expect(host.kind).toBe('electron');
    const saved = await host.saveFile({
      suggestedName: 'x.json',
      data: new Uint8Array([1]),
      mediaType: 'application/json',
    });
    expect(saved).toEqual({ ok: true, value: { saved: true, location: '/tmp/x.json' } });
    expect(await host.openFile({ maxBytes: 5 })).toEqual({
      ok: false,
      error: 'The file is larger than 5 MB',
    });
    expect(await host.info()).toMatchObject({
      kind: 'electron',
      version: '1.2.3',
      backupsFolder: '/u/backups',
    });
  });

  it('falls back to the browser host without a bridge', () => {
    expect(selectHost({}).kind).toBe('browser');
    expect(selectHost({ countersign: 'not a bridge' }).kind).toBe('browser');
  });
});
