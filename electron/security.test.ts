import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  handleWindowOpen,
  hardenWebContents,
  preventForeignNavigation,
} from './security';

// Loading the real `electron` package outside Electron would try to download it.
vi.mock('electron', () => ({ app: {}, session: {}, shell: {} }));

type Listener = (event: { url: string; preventDefault(): void }) => void;
type WindowOpenHandler = (details: { url: string }) => { action: string };

/** Records the listeners hardenWebContents installs so tests can fire them. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: WindowOpenHandler | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: WindowOpenHandler) {
      windowOpenHandler = handler;
    },
  };
  const fire = (eventName: string, url = 'https://example.com/') => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(eventName);
    if (listener === undefined) throw new Error(`no ${eventName} listener`);
    listener(event);
    return event.preventDefault;
  };
  const open = (url: string) => {
    if (windowOpenHandler === undefined) throw new Error('no window open handler');
    return windowOpenHandler({ url });
  };
  return { contents: contents as unknown as WebContents, fire, open };
}

describe('preventForeignNavigation', () => {
  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,hi',
  ])('cancels navigation to %s', (url) => {
    const preventDefault = vi.fn();
    preventForeignNavigation({ url, preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it.each(['app://countersign/index.html', 'app://countersign/index.html#/initiatives/42'])(
    'lets the app reload or move within itself: %s',
    (url) => {
      const preventDefault = vi.fn();
      preventForeignNavigation({ url, preventDefault });
      expect(preventDefault).not.toHaveBeenCalled();
    },
  );
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('guards %s', (eventName) => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn());
    expect(fire(eventName, 'https://example.com/')).toHaveBeenCalledOnce();
    expect(fire(eventName, 'app://countersign/index.html')).not.toHaveBeenCalled();
  });

  it('refuses to attach any <webview>', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn());
    expect(fire('will-attach-webview')).toHaveBeenCalledOnce();
  });

  it('denies window.open and hands safe links to the system browser', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, open } = fakeContents();
    hardenWebContents(contents, openExternal);
    expect(open('https://example.com/guide')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/guide');
  });

  it('denies window.open to the app itself without opening anything', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, open } = fakeContents();
    hardenWebContents(contents, openExternal);
    expect(open('app://countersign/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('handleWindowOpen', () => {
  it.each([
    'http://example.com/',
    'file:///C:/Windows/System32/calc.exe',
    'ms-msdt:/id PCWDiagnostic',
    'https://127.0.0.1:8080/admin',
    'https://user:pw@example.com/',
  ])('never opens %s externally', (url) => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(handleWindowOpen(url, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('passes on the normalised URL, not the raw string', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    handleWindowOpen('HTTPS://Example.COM/a b', openExternal);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
  });

  it('survives the operating system refusing to open the link', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const openExternal = vi.fn(() => Promise.reject(new Error('no handler')));
    expect(handleWindowOpen('https://example.com/', openExternal)).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    warn.mockRestore();
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request, check and device', () => {
    let requestHandler:
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | undefined;
    let checkHandler: (() => boolean) | undefined;
    let deviceHandler: (() => boolean) | undefined;
    const fakeSession = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
      setDevicePermissionHandler: (handler: typeof deviceHandler) => (deviceHandler = handler),
    };
    denyAllPermissions(fakeSession as unknown as Session);

    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler?.()).toBe(false);
    expect(deviceHandler?.()).toBe(false);
  });
});
