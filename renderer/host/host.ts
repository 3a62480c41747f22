import type { FileFilter, StoredBackup } from '../../shared/ipc/contract';

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface SaveFileOptions {
  suggestedName: string;
  /** Bytes, or a Blob for large files assembled in parts (an audit bundle). */
  data: Uint8Array<ArrayBuffer> | Blob;
  mediaType: string;
  filters?: FileFilter[];
}

export interface OpenFileOptions {
  filters?: FileFilter[];
  maxBytes: number;
}

export interface HostInfo {
  kind: 'electron' | 'browser';
  version: string;
  platform: string;
  /** Where automatic backups go; null where the host cannot write files itself. */
  backupsFolder: string | null;
}

/** Automatic backups kept by the desktop app in its data folder. */
export interface HostBackups {
  write(workspaceId: string, data: Uint8Array<ArrayBuffer>): Promise<HostResult<StoredBackup>>;
  /** Newest first. */
  list(workspaceId: string): Promise<HostResult<StoredBackup[]>>;
  read(name: string): Promise<HostResult<Uint8Array>>;
  /** Registers the last backup to write when the app quits; returns an unsubscribe function. */
  onQuit(listener: () => Promise<void>): () => void;
}

/**
 * What the renderer needs from the machine. The Electron host goes through
 * the preload bridge; the browser host uses downloads and file inputs, which
 * is how the e2e suite and `npm run start:web` run the same renderer.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  saveFile(options: SaveFileOptions): Promise<HostResult<{ saved: boolean; location?: string }>>;
  openFile(
    options: OpenFileOptions,
  ): Promise<HostResult<{ name: string; data: Uint8Array } | null>>;
  info(): Promise<HostInfo>;
  /** Null where the host cannot keep files of its own (the browser). */
  readonly backups: HostBackups | null;
}
