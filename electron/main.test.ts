import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;

const { calls, electronApp, setup } = vi.hoisted(() => {
  const calls: string[] = [];
  const listeners = new Map<string, Listener>();
  let resolveReady: () => void = () => undefined;
  const electronApp = {
    listeners,
    lock: true,
    isPackaged: false,
    ready: new Promise<void>((resolve) => (resolveReady = resolve)),
    fireReady: () => resolveReady(),
    setPath: (name: string, value: string) => calls.push(`setPath:${name}:${value}`),
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return electronApp.lock;
    },
    quit: () => calls.push('quit'),
    exit: () => calls.push('exit'),
    isReady: () => true,
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return electronApp;
    },
    whenReady: () => electronApp.ready,
  };
  const step = (name: string) => () => calls.push(name);
  const setup = {
    registerAppScheme: step('registerAppScheme'),
    setupProtocol: step('setupProtocol'),
    setupSecurity: step('setupSecurity'),
    setupIpc: step('setupIpc'),
    setupQuitBackup: step('setupQuitBackup'),
    setupMenu: step('setupMenu'),
    createMainWindow: step('createMainWindow'),
    focusMainWindow: step('focusMainWindow'),
  };
  return { calls, electronApp, setup };
});

vi.mock('electron', () => ({
  app: electronApp,
  BrowserWindow: { getAllWindows: () => [] },
}));
vi.mock('./protocol', () => ({
  registerAppScheme: setup.registerAppScheme,
  setupProtocol: setup.setupProtocol,
}));
vi.mock('./security', () => ({ setupSecurity: setup.setupSecurity }));
vi.mock('./ipc/register', () => ({ setupIpc: setup.setupIpc }));
vi.mock('./backups/setupQuitBackup', () => ({ setupQuitBackup: setup.setupQuitBackup }));
vi.mock('./menu', () => ({ setupMenu: setup.setupMenu }));
vi.mock('./window', () => ({
  createMainWindow: setup.createMainWindow,
  focusMainWindow: setup.focusMainWindow,
}));

beforeEach(() => {
  vi.resetModules();
  calls.length = 0;
  electronApp.listeners.clear();
  electronApp.lock = true;
  electronApp.isPackaged = false;
  vi.unstubAllEnvs();
});

describe('main', () => {
  it('registers the app scheme and sandbox before ready, then sets up in order', async () => {
    await import('./main');
    expect(calls).toEqual(['registerAppScheme', 'enableSandbox', 'requestSingleInstanceLock']);
    electronApp.fireReady();
    await vi.waitFor(() => expect(calls).toContain('createMainWindow'));
    expect(calls.slice(3)).toEqual([
      'setupSecurity',
      'setupProtocol',
      'setupIpc',
      'setupQuitBackup',
      'setupMenu',
      'createMainWindow',
    ]);
  });

  it('quits at once when another instance holds the lock', async () => {
    electronApp.lock = false;
    await import('./main');
    expect(calls).toContain('quit');
    expect(electronApp.listeners.has('second-instance')).toBe(false);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await import('./main');
    electronApp.listeners.get('second-instance')?.();
    expect(calls).toContain('focusMainWindow');
  });

  it('quits when the last window closes, except on macOS', async () => {
    await import('./main');
    electronApp.listeners.get('window-all-closed')?.();
    expect(calls.includes('quit')).toBe(process.platform !== 'darwin');
  });

  it('moves userData to the folder given for test runs, before taking the lock', async () => {
    vi.stubEnv('COUNTERSIGN_USER_DATA_DIR', '/tmp/countersign-e2e');
    await import('./main');
    expect(calls[0]).toBe('setPath:userData:/tmp/countersign-e2e');
  });

  it('keeps the real userData folder in packaged builds', async () => {
    vi.stubEnv('COUNTERSIGN_USER_DATA_DIR', '/tmp/countersign-e2e');
    electronApp.isPackaged = true;
    await import('./main');
    expect(calls.some((call) => call.startsWith('setPath'))).toBe(false);
  });
});
