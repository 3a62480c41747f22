import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBackup } from '../../../shared/backup/encode';
import { BACKUP_TABLES, type BackupTables } from '../../../shared/backup/format';
import { createInitiative } from '../commands/createInitiative';
import { execute } from '../commands/defineCommand';
import type { CountersignDb } from '../database';
import { makeTestWorkspace } from '../../test/testWorkspace';
import { createBackup } from './createBackup';
import { validateBackupFile } from './validateBackupFile';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('backups written at an older schema version', () => {
  it('are upgraded and restorable: initiatives from version 2 get the version 3 fields', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    const pm = ws.byRole['program-manager'];
    await execute(
      db,
      createInitiative,
      { title: 'From v2', businessUnit: 'Ops', ownerId: pm, aiSystemType: 'other' },
      { memberId: pm },
    );
    const current = await createBackup(db, '1.0.0');

    // The same workspace as version 2 stored it: initiatives without the profile fields.
    const entries = unzipSync(current.bytes);
    const tables = {} as BackupTables;
    for (const table of BACKUP_TABLES)
      tables[table] = JSON.parse(strFromU8(entries[`tables/${table}.json`]!)) as never[];
    tables.initiatives = tables.initiatives.map((row) => {
      const {
        aiSystem: _a,
        dataCategories: _d,
        peopleAffected: _p,
        humanOversight: _h,
        integrationPoints: _i,
        classification: _c,
        businessCase: _b,
        readiness: _r,
        ...v2
      } = row as Record<string, unknown>;
      return v2;
    });
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as {
      appVersion: string;
      createdAt: string;
      workspace: { id: string; name: string };
      auditHead: { seq: number; hash: string } | null;
    };
    const older = encodeBackup(tables, {
      schemaVersion: 2,
      appVersion: '0.9.0',
      createdAt: manifest.createdAt,
      workspace: manifest.workspace,
      auditHead: manifest.auditHead,
    });

    const check = validateBackupFile(older);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.backup.summary.schemaVersion).toBe(2);
    expect(check.backup.rows.initiatives[0]).toMatchObject({
      title: 'From v2',
      dataCategories: [],
      classification: null,
    });
  });
});
