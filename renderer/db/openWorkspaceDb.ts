import Dexie from 'dexie';
import { createBackupAt, type CreatedBackup } from './backup/createBackup';
import { CountersignDb } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema/versions';

export class WorkspaceOpenError extends Error {
  override name = 'WorkspaceOpenError';
}

/**
 * Opens a workspace database for use. Dexie will happily open a database that a
 * newer build of Countersign has upgraded; this build would then write records
 * in an older shape, so it refuses instead and says why.
 */
export interface OpenOptions {
  /**
   * Called with a backup of the workspace as it is, before an older schema is
   * upgraded; if it throws, the workspace is not upgraded or opened.
   */
  beforeUpgrade?: (backup: CreatedBackup, fromVersion: number) => Promise<void>;
  appVersion?: string;
}

export async function openWorkspaceDb(
  name: string,
  options: OpenOptions = {},
): Promise<CountersignDb> {
  if (options.beforeUpgrade)
    await backUpBeforeUpgrade(name, options.beforeUpgrade, options.appVersion ?? 'unknown');
  const db = new CountersignDb(name);
  try {
    await db.open();
  } catch (error) {
    db.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkspaceOpenError(`This workspace could not be opened: ${detail}`);
  }
  // Dexie stores version n as IndexedDB version n × 10 (plus small bumps of its own).
  const stored = Math.floor(db.backendDB().version / 10);
  if (stored > CURRENT_SCHEMA_VERSION) {
    db.close();
    throw new WorkspaceOpenError(
      `This workspace was last opened by a newer version of Countersign (data format ${String(stored)}; this version reads up to ${String(CURRENT_SCHEMA_VERSION)}). Update Countersign to open it. Nothing was changed.`,
    );
  }
  return db;
}

/** Reads the stored schema version without upgrading, and backs up first when it is older. */
async function backUpBeforeUpgrade(
  name: string,
  beforeUpgrade: NonNullable<OpenOptions['beforeUpgrade']>,
  appVersion: string,
): Promise<void> {
  if (!(await Dexie.exists(name))) return;
  // No versions declared: Dexie opens the database as it is, without upgrading it.
  const current = new Dexie(name);
  try {
    await current.open();
    const stored = Math.floor(current.backendDB().version / 10);
    if (stored <= 0 || stored >= CURRENT_SCHEMA_VERSION) return;
    if (
      !current.tables.some((t) => t.name === 'workspace') ||
      (await current.table('workspace').count()) === 0
    )
      return;
    const backup = await createBackupAt(current, stored, appVersion);
    try {
      await beforeUpgrade(backup, stored);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new WorkspaceOpenError(
        `This workspace needs an upgrade to a newer data format, and the backup taken first could not be saved (${detail}). Nothing was changed; free some disk space and open it again.`,
      );
    }
  } finally {
    current.close();
  }
}
