import type { ValidatedBackup } from '../../../shared/backup/readBackup';
import { CountersignDb, workspaceDbName } from '../database';
import { newId } from '../ids';
import { restoreBackup } from './restoreBackup';

/**
 * Restores into a database of its own, named afresh so it never collides with
 * the workspace the backup came from (the workspace keeps its id, which its
 * signatures are bound to). Nothing is left behind if the restore fails.
 */
export async function restoreIntoNewWorkspace(
  backup: ValidatedBackup,
  memberId: string,
  sourceName: string,
  now?: () => Date,
): Promise<string> {
  const dbName = workspaceDbName(newId());
  const db = new CountersignDb(dbName);
  try {
    await restoreBackup(db, {
      backup,
      memberId,
      mode: 'new-workspace',
      sourceName,
      ...(now ? { now } : {}),
    });
    return dbName;
  } catch (error) {
    await db.delete().catch(() => undefined);
    throw error;
  } finally {
    db.close();
  }
}
