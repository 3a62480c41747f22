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
export async function openWorkspaceDb(name: string): Promise<CountersignDb> {
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
