import { app, ipcMain } from 'electron';
import { QUIT_BACKUP_CHANNELS } from '../../shared/ipc/channels';
import { ipcError, ipcOk } from '../../shared/ipc/result';
import { UNTRUSTED_SENDER_ERROR } from '../ipc/handlers';
import { isTrustedSender, senderFromFrame } from '../ipc/senderCheck';
import { getMainWindow } from '../window';
import { createQuitBackupGuard } from './quitBackup';

/** Quitting first asks the window for a last automatic backup (see quitBackup.ts). */
export function setupQuitBackup(): void {
  const guard = createQuitBackupGuard({
    requestBackup: () => {
      const window = getMainWindow();
      if (window === null) return false;
      window.webContents.send(QUIT_BACKUP_CHANNELS.request);
      return true;
    },
    quit: () => app.quit(),
  });
  app.on('before-quit', (event) => guard.onBeforeQuit(event));
  ipcMain.handle(QUIT_BACKUP_CHANNELS.done, (event) => {
    const { frameUrl, isMainFrame } = senderFromFrame(event.senderFrame);
    if (!isTrustedSender(frameUrl, isMainFrame)) return ipcError(UNTRUSTED_SENDER_ERROR);
    guard.onBackupDone();
    return ipcOk(null);
  });
}
