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
    backups: backupMocks,
  };
}

const backupMocks = {
  write: vi.fn(({ workspaceId, data }: { workspaceId: string; data: Uint8Array }) =>
    Promise.resolve({
      ok: true as const,
      value: { name: STORED_NAME, workspaceId, createdAt: STORED_AT, bytes: data.byteLength },
    }),
  ),
  list: vi.fn(() => Promise.resolve({ ok: true as const, value: [] })),
  read: vi.fn(() => Promise.resolve({ ok: false as const, error: 'gone' })),
  onQuitRequest: vi.fn((_listener: () => Promise<void>) => () => undefined),
};

const WORKSPACE_ID = '6d2c1c7e-6a43-4c55-9f0e-7d3f3f1b2a10';
const STORED_NAME = `${WORKSPACE_ID}_20260301T091500123Z.csbackup`;
const STORED_AT = '2026-03-01T09:15:00.123Z';

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

  it('passes automatic backups through the bridge', async () => {
    const bridge = fakeBridge();
    const backups = selectHost({ countersign: bridge }).backups!;
    expect(await backups.write(WORKSPACE_ID, new Uint8Array([1, 2]))).toEqual({
      ok: true,
      value: { name: STORED_NAME, workspaceId: WORKSPACE_ID, createdAt: STORED_AT, bytes: 2 },
    });
    expect(backupMocks.write).toHaveBeenCalledWith({
      workspaceId: WORKSPACE_ID,
      data: new Uint8Array([1, 2]),
    });
    expect(await backups.list(WORKSPACE_ID)).toEqual({ ok: true, value: [] });
    expect(backupMocks.list).toHaveBeenCalledWith({ workspaceId: WORKSPACE_ID });
    expect(await backups.read(STORED_NAME)).toEqual({ ok: false, error: 'gone' });
    expect(backupMocks.read).toHaveBeenCalledWith({ name: STORED_NAME });
  });

  it('falls back to the browser host without a bridge', () => {
    expect(selectHost({}).kind).toBe('browser');
    expect(selectHost({ countersign: 'not a bridge' }).kind).toBe('browser');
  });
});

describe('the Electron host passes the quit request through', () => {
  it('registers the quit listener with the bridge', () => {
    const host = selectHost({ countersign: fakeBridge() });
    const listener = () => Promise.resolve();
    host.backups?.onQuit(listener);
    expect(backupMocks.onQuitRequest).toHaveBeenCalledWith(listener);
  });
});
