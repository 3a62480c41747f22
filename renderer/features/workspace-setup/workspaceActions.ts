import sampleContent from '../../../assets/sample-workspace.json';
import { CountersignDb, workspaceDbName } from '../../db/database';
import { CommandError } from '../../db/commands/commandError';
import { createWorkspace } from '../../db/commands/createWorkspace';
import { newId } from '../../db/ids';
import { listWorkspaces } from '../../db/workspaceDirectory';
import { replaySample } from './replaySample';

export interface NewWorkspaceForm {
  name: string;
  marking: string;
  adminName: string;
  adminEmail: string;
  adminTitle: string;
}

/** Creates a workspace in its own new database; returns the database name. */
export async function createNewWorkspace(form: NewWorkspaceForm): Promise<string> {
  const workspaceId = newId();
  const dbName = workspaceDbName(workspaceId);
  const db = new CountersignDb(dbName);
  try {
    await createWorkspace(db, {
      workspaceId,
      name: form.name,
      marking: form.marking,
      administrator: {
        memberId: newId(),
        name: form.adminName,
        email: form.adminEmail,
        title: form.adminTitle,
        otherRoles: ['program-manager'],
      },
    });
    return dbName;
  } catch (error) {
    // Nothing of a workspace that failed to be created is left behind.
    await db.delete().catch(() => undefined);
    throw error;
  } finally {
    db.close();
  }
}

/** Opens the sample workspace, building it on first use. */
export async function openSampleWorkspace(): Promise<string> {
  const existing = (await listWorkspaces()).find((entry) => entry.sample);
  if (existing) return existing.dbName;
  const dbName = workspaceDbName(newId());
  const db = new CountersignDb(dbName);
  try {
    await replaySample(db, sampleContent);
    return dbName;
  } catch (error) {
    await db.delete().catch(() => undefined);
    if (error instanceof CommandError) throw error;
    throw new Error(
      `The sample workspace could not be built: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    db.close();
  }
}
