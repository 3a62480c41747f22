import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { StoredBackup } from '../../shared/ipc/contract';
import { readFileBounded, writeFileAtomic } from '../ipc/fileSystem';
import { autoBackupName, parseAutoBackupName } from './backupNames';
import { backupsToDelete } from './retention';

export interface BackupStore {
  write(workspaceId: string, data: Uint8Array): Promise<StoredBackup>;
  list(workspaceId: string): Promise<StoredBackup[]>;
  read(name: string): Promise<Uint8Array>;
}

/** A backup the renderer asked for is not in the folder (deleted by retention, or by hand). */
export class BackupNotFoundError extends Error {
  override name = 'BackupNotFoundError';
}

/**
 * Automatic backups in one folder: written atomically (a crash leaves the
 * previous backups and no partial file), pruned by the retention rule after
 * each write, listed newest first. Only names this module made are read.
 */
export function createBackupStore(
  folder: string,
  maxBytes: number,
  now: () => Date = () => new Date(),
): BackupStore {
  async function entries(workspaceId: string): Promise<StoredBackup[]> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return [];
      throw error;
    }
    const found: StoredBackup[] = [];
    for (const name of names) {
      const parsed = parseAutoBackupName(name);
      if (parsed?.workspaceId !== workspaceId) continue;
      const info = await stat(path.join(folder, name)).catch(() => null);
      if (!info?.isFile()) continue;
      found.push({
        name,
        workspaceId,
        createdAt: parsed.createdAt.toISOString(),
        bytes: info.size,
      });
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  return {
    async write(workspaceId, data) {
      await mkdir(folder, { recursive: true });
      let createdAt = now();
      const existing = await entries(workspaceId);
      // Two backups in the same millisecond must not overwrite each other.
      while (existing.some((e) => e.name === autoBackupName(workspaceId, createdAt))) {
        createdAt = new Date(createdAt.getTime() + 1);
      }
      const name = autoBackupName(workspaceId, createdAt);
      await writeFileAtomic(path.join(folder, name), data);
      const all = await entries(workspaceId);
      const remove = backupsToDelete(
        all.map((e) => ({ name: e.name, createdAt: new Date(e.createdAt) })),
        createdAt,
      ).filter((n) => n !== name);
      for (const old of remove) await rm(path.join(folder, old), { force: true });
      return { name, workspaceId, createdAt: createdAt.toISOString(), bytes: data.byteLength };
    },
    list: entries,
    async read(name) {
      if (!parseAutoBackupName(name)) throw new BackupNotFoundError(name);
      try {
        return await readFileBounded(path.join(folder, name), maxBytes);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') throw new BackupNotFoundError(name);
        throw error;
      }
    },
  };
}
