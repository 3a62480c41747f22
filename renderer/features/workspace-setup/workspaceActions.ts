import sampleContent from '../../../assets/sample-workspace.json';
import { CountersignDb, workspaceDbName } from '../../db/database';
import { CommandError } from '../../db/commands/commandError';
import { createWorkspace } from '../../db/commands/createWorkspace';
import { newId } from '../../db/ids';
import { listWorkspaces } from '../../db/workspaceDirectory';
import { passphraseProblem, sealNewCredential } from '../session/signInActions';
import { replaySample } from './replaySample';

export interface NewWorkspaceForm {
  name: string;
  marking: string;
  adminName: string;
  adminEmail: string;
  adminTitle: string;
  passphrase: string;
  passphraseConfirmation: string;
}

/** Creates a workspace in its own new database; returns it and its administrator. */
export async function createNewWorkspace(
  form: NewWorkspaceForm,
): Promise<{ dbName: string; memberId: string }> {
  const problem = passphraseProblem(form.passphrase, form.passphraseConfirmation);
  if (problem) throw new CommandError('invalid', problem, { passphrase: problem });
  const workspaceId = newId();
  const memberId = newId();
  const credential = await sealNewCredential(form.passphrase, memberId);
  const dbName = workspaceDbName(workspaceId);
  const db = new CountersignDb(dbName);
  try {
    await createWorkspace(db, {
      workspaceId,
      name: form.name,
      marking: form.marking,
      administrator: {
        memberId,
        credential,
        name: form.adminName,
        email: form.adminEmail,
        title: form.adminTitle,
        otherRoles: ['program-manager'],
      },
    });
    return { dbName, memberId };
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
