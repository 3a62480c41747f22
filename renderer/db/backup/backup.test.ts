import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/verifyChain';
import { BACKUP_TABLES } from '../../../shared/backup/format';
import { snapshot } from '../../test/testWorkspace';
import { CountersignDb } from '../database';
import { CommandError } from '../commands/commandError';
import { openWorkspaceDb } from '../openWorkspaceDb';
import { DERIVED_TABLES } from '../summaries/derivedTables';
import { createBackup } from './createBackup';
import { restoreBackup } from './restoreBackup';
import { restoreIntoNewWorkspace } from './restoreIntoNewWorkspace';
import { makeBackedUpWorkspace } from './testing/backupFixture';
import { validateBackupFile } from './validateBackupFile';

const opened: CountersignDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

async function setup() {
  const made = await makeBackedUpWorkspace();
  opened.push(made.db);
  return made;
}

function validated(bytes: Uint8Array) {
  const check = validateBackupFile(bytes);
  if (!check.ok) throw new Error(check.message);
  return check.backup;
}

describe('backup', () => {
  it('covers every table of the workspace database', () => {
    const db = new CountersignDb('tables-check');
    // Derived tables are rebuilt from the others (`rebuildSummaries`), never backed up.
    const derived: readonly string[] = DERIVED_TABLES;
    const stored = db.tables.map((t) => t.name).filter((name) => !derived.includes(name));
    // Evidence bytes travel as files of their own, listed in the manifest.
    expect(stored.sort()).toEqual([...BACKUP_TABLES, 'evidenceFiles'].sort());
  });

  it('summarises what it holds: counts, chain head, versions, verified signatures', async () => {
    const { backup, db, workspace } = await setup();
    const { summary } = validated(backup.bytes);
    const last = await db.auditEvents.orderBy('seq').last();
    expect(summary).toMatchObject({
      workspaceId: workspace.id,
      workspaceName: 'Test workspace',
      appVersion: '1.2.3',
      formatVersion: 2,
      auditHead: { seq: last!.seq, hash: last!.hash },
      chainLength: last!.seq,
      certificationsVerified: 1,
    });
    expect(summary.counts).toMatchObject({
      workspace: 1,
      initiatives: 1,
      risks: 1,
      evidence: 1,
      members: 9,
    });
    expect(summary.counts.credentials).toBe(9);
  });

  it('restores into a new workspace: same rows, sealed keys included, plus a verifying restore event', async () => {
    const { backup, db, administrator } = await setup();
    const dbName = await restoreIntoNewWorkspace(
      validated(backup.bytes),
      administrator.id,
      backup.fileName,
    );
    const restored = await openWorkspaceDb(dbName);
    opened.push(restored);
    for (const table of BACKUP_TABLES) {
      if (table === 'auditEvents') continue;
      expect(await restored.table(table).toArray()).toEqual(await db.table(table).toArray());
    }
    // The dashboard's summaries are rebuilt, equal to the original's.
    const summaries = await restored.initiativeSummaries.toArray();
    expect(summaries).toHaveLength(1);
    expect(summaries).toEqual(await db.initiativeSummaries.toArray());
    // Evidence comes back byte for byte.
    const files = await restored.evidenceFiles.toArray();
    expect(files).toHaveLength(1);
    expect(files).toEqual(await db.evidenceFiles.toArray());
    const events = await restored.auditEvents.toArray();
    const original = await db.auditEvents.toArray();
    expect(events.slice(0, -1)).toEqual(original);
    expect(events.at(-1)).toMatchObject({
      action: 'workspace.restore',
      actor: administrator.id,
      prevHash: original.at(-1)!.hash,
      reason: `Restored from backup ${backup.fileName}`,
    });
    expect(verifyChain(events)).toMatchObject({ ok: true, count: original.length + 1 });
  });

  it('backs up a restored workspace again and reads it back', async () => {
    const { backup, administrator } = await setup();
    const dbName = await restoreIntoNewWorkspace(validated(backup.bytes), administrator.id, 'x');
    const restored = await openWorkspaceDb(dbName);
    opened.push(restored);
    expect(validateBackupFile((await createBackup(restored, '1.2.3')).bytes).ok).toBe(true);
  });

  it('refuses a restorer who is not an administrator in the backup, and leaves nothing behind', async () => {
    const { backup, byRole } = await setup();
    const before = await Dexie.getDatabaseNames();
    await expect(
      restoreIntoNewWorkspace(validated(backup.bytes), byRole['legal-reviewer'], 'x'),
    ).rejects.toThrow(/Only an active administrator/);
    expect(await Dexie.getDatabaseNames()).toEqual(before);
  });

  it('replaces the current workspace in one transaction, keeping the chain verifiable', async () => {
    const { backup, db, administrator } = await setup();
    const older = validated(backup.bytes);
    await db.initiatives.clear(); // a later, unwanted state (bypassing commands on purpose)
    await restoreBackup(db, {
      backup: older,
      memberId: administrator.id,
      mode: 'replace',
      sourceName: 'safety.csbackup',
    });
    expect(await db.initiatives.count()).toBe(1);
    const events = await db.auditEvents.toArray();
    expect(events.at(-1)).toMatchObject({ action: 'workspace.restore' });
    expect(verifyChain(events).ok).toBe(true);
  });

  it('refuses to restore over a workspace that is not empty unless replacing', async () => {
    const { backup, db, administrator } = await setup();
    const before = await snapshot(db);
    const error = await restoreBackup(db, {
      backup: validated(backup.bytes),
      memberId: administrator.id,
      mode: 'new-workspace',
      sourceName: 'x',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(await snapshot(db)).toBe(before);
  });
});
