import { app, BrowserWindow, dialog, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Packaged builds get no developer tools. */
  isPackaged: boolean;
  showAbout: () => void;
}

/** The application menu as plain data, so its rules can be unit-tested. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isPackaged, showAbout } = options;
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: showAbout };

  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [isMac ? { role: 'close' } : { role: 'quit' }],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(isPackaged
        ? []
        : [{ role: 'forceReload' } as const, { role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: '&Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: isMac ? [] : [about],
  };

  return [...(isMac ? [macAppMenu] : []), file, edit, view, window, help];
}

/** The About box: name, version and the runtime it was built on. */
export function aboutDetails(version: string, versions: NodeJS.ProcessVersions): string {
  return [
    `Version ${version}`,
    `Electron ${versions.electron}, Chromium ${versions.chrome}, Node.js ${versions.node}`,
  ].join('\n');
}

function showAboutDialog(): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: app.getName(),
    detail: aboutDetails(app.getVersion(), process.versions),
    buttons: ['OK'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const shown = parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.error('Countersign could not show About', error));
}

/** Installs the application menu. Call once the app is ready. */
export function setupMenu(): void {
  const template = buildMenuTemplate({
    appName: app.getName(),
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    showAbout: showAboutDialog,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
