import { app, BrowserWindow } from 'electron';
import type { WebPreferences } from 'electron';
import path from 'node:path';
import { APP_ENTRY_URL } from './appOrigin';

/**
 * The renderer's isolation settings. Most are Electron's defaults; they are
 * spelled out so a default changing upstream cannot weaken the app silently,
 * and a unit test pins every one of them.
 */
export const SECURE_WEB_PREFERENCES = {
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
} as const satisfies WebPreferences;

export const MAIN_WINDOW_OPTIONS = {
  title: 'Countersign',
  width: 1280,
  height: 820,
  // Below this the two-pane layouts (list + detail) stop being usable.
  minWidth: 960,
  minHeight: 600,
  backgroundColor: '#f8fafc',
} as const;

let mainWindow: BrowserWindow | null = null;

/** The preload bundle next to the main bundle, inside app.asar when packaged. */
export function preloadPath(): string {
  return path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');
}

/** Opens the one app window, or focuses it if it already exists. */
export function createMainWindow(): BrowserWindow {
  if (mainWindow !== null && !mainWindow.isDestroyed()) {
    focusMainWindow();
    return mainWindow;
  }
  const window = new BrowserWindow({
    ...MAIN_WINDOW_OPTIONS,
    show: false, // shown on ready-to-show, so there is no white flash
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath() },
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Countersign could not load its window', error);
  });
  return window;
}

/** Brings the existing window to the front (a second launch lands here). */
export function focusMainWindow(): void {
  const window = mainWindow;
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

export function getMainWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}
