import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../shared/ipc/channels';
import { BRIDGE_GLOBAL } from '../shared/ipc/contract';
import type { CountersignBridge } from '../shared/ipc/contract';

const { exposeInMainWorld, invoke, on, removeListener } = vi.hoisted(() => ({
  on: vi.fn<(channel: string, listener: () => void) => void>(),
  removeListener: vi.fn<(channel: string, listener: () => void) => void>(),
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(() =>
    Promise.resolve({ ok: true, value: 1 }),
  ),
}));

// Loading the real `electron` package outside Electron would try to download it.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld },
  ipcRenderer: { invoke, on, removeListener },
}));

let bridge: CountersignBridge;

beforeAll(async () => {
  await import('./preload');
  const [key, api] = exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe(BRIDGE_GLOBAL);
  bridge = api as CountersignBridge;
});

describe('preload bridge', () => {
  it('exposes exactly one global', () => {
    expect(exposeInMainWorld).toHaveBeenCalledOnce();
  });

  it('offers only task-shaped functions, no raw ipcRenderer', () => {
    expect(Object.keys(bridge).sort()).toEqual(['app', 'backups', 'files']);
    expect(Object.keys(bridge.files).sort()).toEqual(['open', 'save']);
    expect(Object.keys(bridge.app)).toEqual(['info']);
    expect(Object.keys(bridge.backups).sort()).toEqual(['list', 'onQuitRequest', 'read', 'write']);
    const everyValue = [
      ...Object.values(bridge.files),
      ...Object.values(bridge.app),
      ...Object.values(bridge.backups),
    ];
    for (const value of everyValue) expect(typeof value).toBe('function');
    expect(JSON.stringify(bridge)).not.toContain('invoke');
  });

  it('sends a save request on the save channel and returns the answer', async () => {
    const request = { suggestedName: 'pack.docx', data: new Uint8Array([1]) };
    await expect(bridge.files.save(request)).resolves.toEqual({ ok: true, value: 1 });
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveFile, request);
  });

  it('sends an open request on the open channel', async () => {
    await bridge.files.open({ maxBytes: 10 });
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openFile, { maxBytes: 10 });
  });

  it('sends backup requests on the backup channels', async () => {
    const workspaceId = '6d2c1c7e-6a43-4c55-9f0e-7d3f3f1b2a10';
    await bridge.backups.write({ workspaceId, data: new Uint8Array([1]) });
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupsWrite, {
      workspaceId,
      data: new Uint8Array([1]),
    });
    await bridge.backups.list({ workspaceId });
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupsList, { workspaceId });
    await bridge.backups.read({ name: 'x' });
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupsRead, { name: 'x' });
  });

  it('asks for app info with no argument at all', async () => {
    await bridge.app.info();
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.appInfo);
  });
});

describe('the quit hand-shake', () => {
  it('runs the listener on a quit request, then reports done, and can unsubscribe', async () => {
    const listener = vi.fn(() => Promise.resolve());
    const unsubscribe = bridge.backups.onQuitRequest(listener);
    const [channel, handle] = on.mock.calls.at(-1)!;
    expect(channel).toBe('countersign:backups:quit-request');
    handle();
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith('countersign:backups:quit-done'));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(removeListener).toHaveBeenCalledWith('countersign:backups:quit-request', handle);
  });

  it('still reports done when the backup fails, so quitting is never stuck', async () => {
    invoke.mockClear();
    bridge.backups.onQuitRequest(() => Promise.reject(new Error('disk full')));
    on.mock.calls.at(-1)![1]();
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith('countersign:backups:quit-done'));
  });
});
