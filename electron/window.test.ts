import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, focusMainWindow, SECURE_WEB_PREFERENCES } from './window';

const { FakeWindow } = vi.hoisted(() => {
  type Listener = () => void;
  /** Enough of BrowserWindow to watch what window.ts does with it. */
  class FakeWindow {
    static created: FakeWindow[] = [];
    readonly options: unknown;
    readonly listeners = new Map<string, Listener[]>();
    readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    readonly isDestroyed = vi.fn(() => false);
    constructor(options: unknown) {
      this.options = options;
      FakeWindow.created.push(this);
    }
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    emit(event: string): void {
      for (const listener of this.listeners.get(event) ?? []) listener();
    }
  }
  return { FakeWindow };
});

// Loading the real `electron` package outside Electron would try to download it.
vi.mock('electron', () => ({
  app: { getAppPath: () => '/opt/Countersign/resources/app.asar' },
  BrowserWindow: FakeWindow,
}));

describe('SECURE_WEB_PREFERENCES', () => {
  it('isolates and sandboxes the renderer with no Node access anywhere', () => {
    expect(SECURE_WEB_PREFERENCES).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    // Close whatever an earlier test left open so each test starts windowless.
    for (const window of FakeWindow.created) window.emit('closed');
    FakeWindow.created = [];
  });

  it('opens a hidden window with the secure preferences and the bundled preload', () => {
    createMainWindow();
    const [window] = FakeWindow.created;
    expect(FakeWindow.created).toHaveLength(1);
    expect(window?.options).toMatchObject({
      title: 'Countersign',
      show: false,
      minWidth: expect.any(Number) as number,
      minHeight: expect.any(Number) as number,
      webPreferences: {
        ...SECURE_WEB_PREFERENCES,
        preload: path.join('/opt/Countersign/resources/app.asar', 'dist-electron', 'preload.cjs'),
      },
    });
  });

  it('loads the app origin, never a file:// URL', () => {
    createMainWindow();
    expect(FakeWindow.created[0]?.loadURL).toHaveBeenCalledWith('app://countersign/index.html');
  });

  it('shows the window only once it is ready to show', () => {
    createMainWindow();
    const window = FakeWindow.created[0]!;
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('keeps one window: a second call focuses the existing one', () => {
    const first = createMainWindow();
    const second = createMainWindow();
    expect(second).toBe(first);
    expect(FakeWindow.created).toHaveLength(1);
    expect(FakeWindow.created[0]?.focus).toHaveBeenCalled();
  });

  it('restores a minimised window when focusing it', () => {
    createMainWindow();
    const window = FakeWindow.created[0]!;
    window.isMinimized.mockReturnValue(true);
    focusMainWindow();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('creates a fresh window after the previous one was closed', () => {
    createMainWindow();
    FakeWindow.created[0]!.emit('closed');
    createMainWindow();
    expect(FakeWindow.created).toHaveLength(2);
  });
});
