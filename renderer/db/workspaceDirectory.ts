import Dexie from 'dexie';
import { WORKSPACE_DB_PREFIX } from './database';
import { openWorkspaceDb } from './openWorkspaceDb';

export interface WorkspaceEntry {
  dbName: string;
  name: string;
  sample: boolean;
  createdAt: string;
}

/**
 * The workspaces on this machine are the IndexedDB databases with our prefix;
 * there is no separate directory to fall out of step with them.
 */
export async function listWorkspaces(): Promise<WorkspaceEntry[]> {
  const names = (await Dexie.getDatabaseNames()).filter((name) =>
    name.startsWith(WORKSPACE_DB_PREFIX),
  );
  const entries: WorkspaceEntry[] = [];
  for (const dbName of names) {
    try {
      const db = await openWorkspaceDb(dbName);
      try {
        const workspace = await db.workspace.toCollection().first();
        if (workspace) {
          entries.push({
            dbName,
            name: workspace.name,
            sample: workspace.sample,
            createdAt: workspace.createdAt,
          });
        }
      } finally {
        db.close();
      }
    } catch {
      // A workspace this build cannot open is not offered; opening it directly explains why.
    }
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}
