import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { IpcDeps } from './handlers';
import { UNTRUSTED_SENDER_ERROR } from './handlers';
import { setupIpc } from './register';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const { handled } = vi.hoisted(() => ({ handled: new Map<string, Handler>() }));

// Loading the real `electron` package outside Electron would try to download it.
vi.mock('electron', () => ({
  app: {},
  BrowserWindow: {},
  dialog: {},
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (handled.has(channel)) throw new Error(`second handler for ${channel}`);
      handled.set(channel, handler);
    },
  },
}));

const appInfo = {
  name: 'Countersign',
  version: '0.1.0',
  platform: 'linux',
  paths: { userData: '/u', backups: '/u/backups', documents: '/d' },
};

const deps = {
  showSaveDialog: vi.fn<IpcDeps['showSaveDialog']>(() => Promise.resolve(undefined)),
  showOpenDialog: vi.fn<IpcDeps['showOpenDialog']>(() => Promise.resolve(undefined)),
  writeFile: vi.fn<IpcDeps['writeFile']>(() => Promise.resolve()),
  stat: vi.fn<IpcDeps['stat']>(() => Promise.resolve({ size: 0, isFile: true })),
  readFile: vi.fn<IpcDeps['readFile']>(() => Promise.resolve(new Uint8Array())),
  getAppInfo: vi.fn<IpcDeps['getAppInfo']>(() => appInfo),
  backups: {
    write: vi.fn<IpcDeps['backups']['write']>(() => Promise.reject(new Error('unused'))),
    list: vi.fn<IpcDeps['backups']['list']>(() => Promise.resolve([])),
    read: vi.fn<IpcDeps['backups']['read']>(() => Promise.resolve(new Uint8Array())),
  },
};

const mainFrame = { url: 'app://countersign/index.html', parent: null };
const eventFrom = (senderFrame: unknown) => ({ senderFrame });

function handler(channel: string): Handler {
  const found = handled.get(channel);
  if (found === undefined) throw new Error(`nothing handles ${channel}`);
  return found;
}

beforeEach(() => {
  vi.clearAllMocks();
  handled.clear();
  setupIpc(deps);
});

describe('setupIpc', () => {
  it('handles exactly the contract channels', () => {
    expect([...handled.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('answers the app window through the handlers', async () => {
    const result = await handler(IPC_CHANNELS.appInfo)(eventFrom(mainFrame));
    expect(result).toEqual({ ok: true, value: appInfo });
  });

  it('answers the backup list through the handlers', async () => {
    const result = await handler(IPC_CHANNELS.backupsList)(eventFrom(mainFrame), {
      workspaceId: '6d2c1c7e-6a43-4c55-9f0e-7d3f3f1b2a10',
    });
    expect(result).toEqual({ ok: true, value: [] });
  });

  it('passes the payload through to validation', async () => {
    const result = await handler(IPC_CHANNELS.saveFile)(eventFrom(mainFrame), { nope: 1 });
    expect(result).toMatchObject({ ok: false });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['a subframe', { url: 'app://countersign/index.html', parent: mainFrame }],
    ['another origin', { url: 'https://example.com/', parent: null }],
    ['a missing frame', null],
  ])('builds the sender from senderFrame and refuses %s', async (_label, frame) => {
    for (const channel of Object.values(IPC_CHANNELS)) {
      expect(await handler(channel)(eventFrom(frame))).toEqual({
        ok: false,
        error: UNTRUSTED_SENDER_ERROR,
      });
    }
    expect(deps.getAppInfo).not.toHaveBeenCalled();
  });
});
