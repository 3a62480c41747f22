import { z } from 'zod';
import type { IpcResult } from './result';

/** Largest file the app writes or reads through the bridge (512 MiB). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** A bare file name: no folders, no control characters, nothing Windows refuses. */
export const fileNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'A file name is required' })
  .max(200, { message: 'File names must be at most 200 characters' })
  .refine((name) => !/[/\\:*?"<>|]/.test(name) && !hasControlCharacter(name), {
    message: 'File names cannot contain / \\ : * ? " < > | or control characters',
  })
  .refine((name) => name !== '.' && name !== '..', { message: 'Not a valid file name' });

function hasControlCharacter(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export const fileFilterSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  extensions: z
    .array(
      z.string().regex(/^[a-z0-9]{1,10}$/i, { message: 'Extensions are letters and digits only' }),
    )
    .min(1)
    // Enough for one "every accepted evidence type" filter.
    .max(30),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  data: z
    .instanceof(Uint8Array, { message: 'File contents must be bytes' })
    .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
      message: 'The file is larger than 512 MB',
    }),
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
export type SaveFileResponse = { saved: false } | { saved: true; path: string };

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10).default([]),
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES).default(MAX_FILE_BYTES),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
export type OpenFileResponse = { opened: false } | { opened: true; name: string; data: Uint8Array };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  paths: {
    /** Folder holding the app's data (IndexedDB lives under it). */
    userData: string;
    /** Folder automatic backups are written to. */
    backups: string;
    documents: string;
  };
}

/**
 * Automatic backups kept by the main process in `<userData>/backups`, named
 * `<workspace id>_<UTC time, compact ISO 8601>.csbackup`. The renderer never
 * names a path: it names a workspace, or a backup from the list.
 */
export const AUTO_BACKUP_NAME_PATTERN =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_(\d{8}T\d{9}Z)\.csbackup$/;

export const backupWriteRequestSchema = z.strictObject({
  workspaceId: z.uuid({ message: 'Not a valid workspace id' }),
  data: z
    .instanceof(Uint8Array, { message: 'Backup contents must be bytes' })
    .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_FILE_BYTES, {
      message: 'The backup is empty or larger than 512 MB',
    }),
});
export type BackupWriteRequest = z.input<typeof backupWriteRequestSchema>;

export const backupListRequestSchema = z.strictObject({
  workspaceId: z.uuid({ message: 'Not a valid workspace id' }),
});
export type BackupListRequest = z.input<typeof backupListRequestSchema>;

export const backupReadRequestSchema = z.strictObject({
  name: z.string().max(120).regex(AUTO_BACKUP_NAME_PATTERN, { message: 'Not an automatic backup' }),
});
export type BackupReadRequest = z.input<typeof backupReadRequestSchema>;

export interface StoredBackup {
  name: string;
  workspaceId: string;
  /** ISO 8601 UTC, from the name. */
  createdAt: string;
  bytes: number;
}

/**
 * The one object the preload exposes on `window.countersign`. Task-shaped:
 * no raw ipcRenderer, no generic invoke.
 */
export interface CountersignBridge {
  readonly files: {
    save(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
    open(request: OpenFileRequest): Promise<IpcResult<OpenFileResponse>>;
  };
  readonly app: {
    info(): Promise<IpcResult<AppInfo>>;
  };
  readonly backups: {
    /** Stores an automatic backup and applies the retention rule; returns what was stored. */
    write(request: BackupWriteRequest): Promise<IpcResult<StoredBackup>>;
    /** The workspace's automatic backups, newest first. */
    list(request: BackupListRequest): Promise<IpcResult<StoredBackup[]>>;
    read(request: BackupReadRequest): Promise<IpcResult<Uint8Array>>;
    /**
     * Registers what to do when the app quits (write a last backup); the main
     * process waits for it, up to a time limit. Returns an unsubscribe function.
     */
    onQuitRequest(listener: () => Promise<void>): () => void;
  };
}

/** Name of the global the preload defines in the renderer's main world. */
export const BRIDGE_GLOBAL = 'countersign';
