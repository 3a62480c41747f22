import { app, BrowserWindow } from 'electron';
import { setupQuitBackup } from './backups/setupQuitBackup';
import { setupIpc } from './ipc/register';
import { setupMenu } from './menu';
import { registerAppScheme, setupProtocol } from './protocol';
import { setupSecurity } from './security';
import { userDataDirOverride } from './userDataDir';
import { createMainWindow, focusMainWindow } from './window';

// Before anything reads userData: the single-instance lock lives there too.
const userDataDir = userDataDirOverride(process.env, app.isPackaged);
if (userDataDir !== null) app.setPath('userData', userDataDir);

// Both must happen before `ready`.
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Countersign is running: it gets a `second-instance` event and focuses itself.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);

  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the person quits.
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      setupSecurity();
      setupProtocol();
      setupIpc();
      setupQuitBackup();
      setupMenu();
      createMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Countersign failed to start', error);
      app.exit(1);
    });
}
