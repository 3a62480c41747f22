import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutDetails, buildMenuTemplate } from './menu';

// Loading the real `electron` package outside Electron would try to download it.
vi.mock('electron', () => ({ app: {}, BrowserWindow: {}, dialog: {}, Menu: {} }));

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  return buildMenuTemplate({
    appName: 'Countersign',
    isMac: false,
    isPackaged: true,
    showAbout: vi.fn(),
    ...overrides,
  });
}

/** Every item in the menu, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

const roles = (items: MenuItemConstructorOptions[]) =>
  flatten(items).flatMap((item) => (item.role === undefined ? [] : [item.role]));

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    expect(labels(build())).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(roles(build())).toContain('quit');
  });

  it('puts the app menu first on macOS, with Quit in it', () => {
    const template = build({ isMac: true });
    expect(labels(template)).toEqual([
      'Countersign',
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    expect(roles([template[0]!])).toContain('quit');
    expect(roles([template[1]!])).toEqual(['close']);
  });

  it('has the standard edit roles so copy and paste work in inputs', () => {
    expect(roles(build())).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('offers reload, zoom and full screen', () => {
    expect(roles(build())).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('has no developer tools in packaged builds', () => {
    expect(roles(build({ isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(build({ isPackaged: true, isMac: true }))).not.toContain('toggleDevTools');
  });

  it('has developer tools when running from source', () => {
    expect(roles(build({ isPackaged: false }))).toContain('toggleDevTools');
  });

  it.each([false, true])(
    'has exactly one About item that opens the About box (mac: %s)',
    (isMac) => {
      const showAbout = vi.fn();
      const about = flatten(build({ isMac, showAbout })).filter((item) =>
        item.label?.startsWith('About'),
      );
      expect(about).toHaveLength(1);
      about[0]?.click?.(
        ...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>),
      );
      expect(showAbout).toHaveBeenCalledOnce();
    },
  );
});

describe('aboutDetails', () => {
  it('shows the app version and the runtime versions', () => {
    const versions = { electron: '45.4.1', chrome: '142.0', node: '22.20.0' };
    const details = aboutDetails('0.1.0', versions as unknown as NodeJS.ProcessVersions);
    expect(details).toContain('Version 0.1.0');
    expect(details).toContain('Electron 45.4.1');
  });
});
