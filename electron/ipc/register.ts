import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import type {
  FileFilter as ElectronFileFilter,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import path from 'node:path';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { FileFilter } from '../../shared/ipc/contract';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { BACKUPS_FOLDER, readAppInfo } from '../appInfo';
import { createBackupStore } from '../backups/backupStore';
import { readFileBounded, statFile, writeFileAtomic } from './fileSystem';
import { createIpcHandlers } from './handlers';
import type { IpcDeps } from './handlers';
import { senderFromFrame } from './senderCheck';
import type { IpcSender } from './senderCheck';

function toElectronFilters(filters: FileFilter[]): ElectronFileFilter[] {
  return filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] }));
}

/** Dialogs are modal to the window that asked, when there is one. */
function parentWindow() {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

/** The real implementations behind the handlers: native dialogs and the disk. */
export const electronIpcDeps: IpcDeps = {
  async showSaveDialog({ suggestedName, filters }) {
    const options: SaveDialogOptions = {
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: toElectronFilters(filters),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = parentWindow();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || result.filePath === '' ? undefined : result.filePath;
  },
  async showOpenDialog({ filters }) {
    const options: OpenDialogOptions = {
      filters: toElectronFilters(filters),
      properties: ['openFile'],
    };
    const parent = parentWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
  writeFile: writeFileAtomic,
  stat: statFile,
  readFile: readFileBounded,
  getAppInfo: () => readAppInfo(app),
  // Created lazily: userData is only final once the app is ready.
  backups: {
    write: (workspaceId, data) => backupStore().write(workspaceId, data),
    list: (workspaceId) => backupStore().list(workspaceId),
    read: (name) => backupStore().read(name),
  },
};

function backupStore() {
  return createBackupStore(path.join(app.getPath('userData'), BACKUPS_FOLDER), MAX_FILE_BYTES);
}

function sender(event: IpcMainInvokeEvent): IpcSender {
  return senderFromFrame(event.senderFrame);
}

/** Answers the bridge's channels. Call once, after the app is ready. */
export function setupIpc(deps: IpcDeps = electronIpcDeps): void {
  const handlers = createIpcHandlers(deps);
  ipcMain.handle(IPC_CHANNELS.saveFile, (event, payload: unknown) =>
    handlers.saveFile(sender(event), payload),
  );
  ipcMain.handle(IPC_CHANNELS.openFile, (event, payload: unknown) =>
    handlers.openFile(sender(event), payload),
  );
  ipcMain.handle(IPC_CHANNELS.appInfo, (event, payload: unknown) =>
    handlers.appInfo(sender(event), payload),
  );
  ipcMain.handle(IPC_CHANNELS.backupsWrite, (event, payload: unknown) =>
    handlers.backupsWrite(sender(event), payload),
  );
  ipcMain.handle(IPC_CHANNELS.backupsList, (event, payload: unknown) =>
    handlers.backupsList(sender(event), payload),
  );
  ipcMain.handle(IPC_CHANNELS.backupsRead, (event, payload: unknown) =>
    handlers.backupsRead(sender(event), payload),
  );
}
