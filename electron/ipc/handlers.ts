import path from 'node:path';
import { z } from 'zod';
import {
  backupListRequestSchema,
  backupReadRequestSchema,
  backupWriteRequestSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
} from '../../shared/ipc/contract';
import type {
  AppInfo,
  FileFilter,
  OpenFileResponse,
  SaveFileResponse,
  StoredBackup,
} from '../../shared/ipc/contract';
import { BackupNotFoundError } from '../backups/backupStore';
import type { BackupStore } from '../backups/backupStore';
import { ipcError, ipcOk } from '../../shared/ipc/result';
import type { IpcResult } from '../../shared/ipc/result';
import type { FileStat } from './fileSystem';
import { FileTooLargeError } from './fileSystem';
import { describeFileError, describeIssue, formatBytes } from './messages';
import { isTrustedSender } from './senderCheck';
import type { IpcSender } from './senderCheck';

/** Everything the handlers touch outside themselves, injected so tests can fake it. */
export interface IpcDeps {
  /** Resolves to the chosen path, or undefined when the person cancels. */
  showSaveDialog(options: {
    suggestedName: string;
    filters: FileFilter[];
  }): Promise<string | undefined>;
  /** Resolves to the chosen path, or undefined when the person cancels. */
  showOpenDialog(options: { filters: FileFilter[] }): Promise<string | undefined>;
  /** Must be atomic: the target is either the old file or the whole new one. */
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  stat(filePath: string): Promise<FileStat>;
  /** Reads the whole file, refusing (FileTooLargeError) past `maxBytes`. */
  readFile(filePath: string, maxBytes: number): Promise<Uint8Array>;
  getAppInfo(): AppInfo;
  /** Automatic backups in `<userData>/backups` (electron/backups/backupStore.ts). */
  backups: BackupStore;
}

export interface IpcHandlers {
  saveFile(sender: IpcSender, payload: unknown): Promise<IpcResult<SaveFileResponse>>;
  openFile(sender: IpcSender, payload: unknown): Promise<IpcResult<OpenFileResponse>>;
  appInfo(sender: IpcSender, payload: unknown): Promise<IpcResult<AppInfo>>;
  backupsWrite(sender: IpcSender, payload: unknown): Promise<IpcResult<StoredBackup>>;
  backupsList(sender: IpcSender, payload: unknown): Promise<IpcResult<StoredBackup[]>>;
  backupsRead(sender: IpcSender, payload: unknown): Promise<IpcResult<Uint8Array>>;
}

export const UNTRUSTED_SENDER_ERROR = 'This request did not come from the Countersign window.';

/** `appInfo` takes no argument: the preload calls it with none. */
const appInfoRequestSchema = z.undefined({ message: 'it takes no arguments' });

/**
 * The main process's answers to the bridge. Each one checks the sender, then
 * parses the payload as untrusted input, and always resolves to an IpcResult:
 * nothing thrown here may cross the bridge.
 */
export function createIpcHandlers(deps: IpcDeps): IpcHandlers {
  return {
    async saveFile(sender, payload) {
      if (!trusted(sender)) return ipcError(UNTRUSTED_SENDER_ERROR);
      const parsed = saveFileRequestSchema.safeParse(payload);
      if (!parsed.success) return ipcError(firstIssue('save', parsed.error));
      const { suggestedName, data, filters } = parsed.data;
      try {
        const filePath = await deps.showSaveDialog({ suggestedName, filters });
        if (filePath === undefined) return ipcOk({ saved: false });
        await deps.writeFile(filePath, data);
        return ipcOk({ saved: true, path: filePath });
      } catch (error) {
        return ipcError(describeFileError('save the file', error));
      }
    },

    async openFile(sender, payload) {
      if (!trusted(sender)) return ipcError(UNTRUSTED_SENDER_ERROR);
      const parsed = openFileRequestSchema.safeParse(payload);
      if (!parsed.success) return ipcError(firstIssue('open', parsed.error));
      const { filters, maxBytes } = parsed.data;
      try {
        const filePath = await deps.showOpenDialog({ filters });
        if (filePath === undefined) return ipcOk({ opened: false });
        const name = path.basename(filePath);
        const info = await deps.stat(filePath);
        if (!info.isFile) return ipcError(`Could not open "${name}": it is not a file.`);
        // Refuse before reading, so an oversized file never lands in memory.
        if (info.size > maxBytes) return ipcError(tooLarge(name, info.size, maxBytes));
        const data = await deps.readFile(filePath, maxBytes);
        return ipcOk({ opened: true, name, data });
      } catch (error) {
        if (error instanceof FileTooLargeError) {
          return ipcError(
            `Could not open the file: it is larger than the ${formatBytes(maxBytes)} limit.`,
          );
        }
        return ipcError(describeFileError('open the file', error));
      }
    },

    appInfo(sender, payload) {
      if (!trusted(sender)) return Promise.resolve(ipcError(UNTRUSTED_SENDER_ERROR));
      const parsed = appInfoRequestSchema.safeParse(payload);
      if (!parsed.success) return Promise.resolve(ipcError(firstIssue('app info', parsed.error)));
      try {
        return Promise.resolve(ipcOk(deps.getAppInfo()));
      } catch (error) {
        return Promise.resolve(ipcError(describeFileError('read the app details', error)));
      }
    },

    async backupsWrite(sender, payload) {
      if (!trusted(sender)) return ipcError(UNTRUSTED_SENDER_ERROR);
      const parsed = backupWriteRequestSchema.safeParse(payload);
      if (!parsed.success) return ipcError(firstIssue('backup', parsed.error));
      try {
        return ipcOk(await deps.backups.write(parsed.data.workspaceId, parsed.data.data));
      } catch (error) {
        return ipcError(describeFileError('write the automatic backup', error));
      }
    },

    async backupsList(sender, payload) {
      if (!trusted(sender)) return ipcError(UNTRUSTED_SENDER_ERROR);
      const parsed = backupListRequestSchema.safeParse(payload);
      if (!parsed.success) return ipcError(firstIssue('backup list', parsed.error));
      try {
        return ipcOk(await deps.backups.list(parsed.data.workspaceId));
      } catch (error) {
        return ipcError(describeFileError('list the automatic backups', error));
      }
    },

    async backupsRead(sender, payload) {
      if (!trusted(sender)) return ipcError(UNTRUSTED_SENDER_ERROR);
      const parsed = backupReadRequestSchema.safeParse(payload);
      if (!parsed.success) return ipcError(firstIssue('backup read', parsed.error));
      try {
        return ipcOk(await deps.backups.read(parsed.data.name));
      } catch (error) {
        if (error instanceof BackupNotFoundError) {
          return ipcError(
            'That automatic backup no longer exists: it was removed by the retention rule or by hand.',
          );
        }
        if (error instanceof FileTooLargeError) {
          return ipcError(
            `Could not read the backup: it is larger than the ${formatBytes(error.maxBytes)} limit.`,
          );
        }
        return ipcError(describeFileError('read the automatic backup', error));
      }
    },
  };
}

function trusted(sender: IpcSender): boolean {
  return isTrustedSender(sender.frameUrl, sender.isMainFrame);
}

function firstIssue(action: string, error: z.ZodError): string {
  const [issue] = error.issues;
  return issue === undefined ? `The ${action} request was rejected.` : describeIssue(action, issue);
}

function tooLarge(name: string, size: number, maxBytes: number): string {
  return `Could not open "${name}": it is ${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} limit.`;
}
