import Dexie from 'dexie';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_LIMITS, MANIFEST_PATH, tablePath } from '../../../shared/backup/format';
import { snapshot } from '../../test/testWorkspace';
import type { CountersignDb } from '../database';
import { restoreIntoNewWorkspace } from './restoreIntoNewWorkspace';
import { editBackup, editJson, makeBackedUpWorkspace, setText } from './testing/backupFixture';
import { validateBackupFile } from './validateBackupFile';

type Rows = Record<string, unknown>[];

let db: CountersignDb;
let good: Uint8Array;
let adminId: string;
let evidenceId: string;

beforeAll(async () => {
  const made = await makeBackedUpWorkspace();
  db = made.db;
  good = made.backup.bytes;
  adminId = made.administrator.id;
  evidenceId = made.evidence.id;
});
afterAll(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

/**
 * Runs the whole restore flow on the file and expects it refused with the
 * message, with every workspace on the machine byte-for-byte as before.
 */
async function expectRefused(bytes: Uint8Array, message: RegExp, limits = DEFAULT_BACKUP_LIMITS) {
  const names = await Dexie.getDatabaseNames();
  const before = await snapshot(db);
  const check = validateBackupFile(bytes, limits);
  if (check.ok) await restoreIntoNewWorkspace(check.backup, adminId, 'bad.csbackup');
  expect(check.ok).toBe(false);
  if (!check.ok) {
    expect(check.message).toMatch(message);
    expect(check.message).toMatch(/Nothing was restored or changed\.$/);
  }
  expect(await Dexie.getDatabaseNames()).toEqual(names);
  expect(await snapshot(db)).toBe(before);
}

const events = tablePath('auditEvents');

describe('a backup is refused, changing nothing, when it is', () => {
  it('accepted when good (the control case)', () => {
    expect(validateBackupFile(good).ok).toBe(true);
  });

  it('not a backup at all', async () => {
    await expectRefused(strToU8('name,email\nAda,ada@example.test\n'), /not a Countersign backup/);
    await expectRefused(new Uint8Array(), /not a Countersign backup/);
  });

  it('a zip file that is not a backup', async () => {
    await expectRefused(zipSync({ 'notes.txt': strToU8('hello') }), /without a backup manifest/);
  });

  it('truncated', async () => {
    await expectRefused(good.slice(0, Math.floor(good.length / 2)), /damaged or incomplete/);
    await expectRefused(good.slice(0, good.length - 10), /damaged or incomplete/);
  });

  it('altered without updating its hashes', async () => {
    const bytes = editBackup(good, (files) => editJson(files, events, (rows) => rows), {
      rehash: false,
    });
    // Same JSON, different bytes (no spacing change) would hash the same, so change a value.
    const altered = editBackup(
      good,
      (files) =>
        editJson(files, events, (rows) => {
          (rows as Rows)[2]!.reason = 'edited';
          return rows;
        }),
      { rehash: false },
    );
    expect(validateBackupFile(bytes).ok).toBe(true);
    await expectRefused(altered, /tables\/auditEvents\.json does not match the SHA-256/);
  });

  it('carrying an evidence file changed after the backup', async () => {
    const path = `evidence/${evidenceId}`;
    const flip = (files: Record<string, Uint8Array>) => {
      const data = files[path]!.slice();
      data[data.length - 2]! ^= 1;
      files[path] = data;
    };
    await expectRefused(
      editBackup(good, flip, { rehash: false }),
      /evidence file evidence\/[0-9a-f-]+ does not match the SHA-256/,
    );
    // Even with the manifest rehashed, the evidence row's own hash gives it away.
    await expectRefused(
      editBackup(good, flip),
      /evidence file “DPIA\.pdf” is not the file its record describes/,
    );
  });

  it('missing an evidence file, even with it struck from the manifest', async () => {
    const path = `evidence/${evidenceId}`;
    const bytes = editBackup(good, (files) => {
      Reflect.deleteProperty(files, path);
      editJson(files, MANIFEST_PATH, (manifest) => ({
        ...(manifest as Record<string, unknown>),
        files: [],
      }));
    });
    await expectRefused(bytes, /evidence file “DPIA\.pdf” is missing/);
  });

  it('carrying a file its manifest does not list', async () => {
    const bytes = editBackup(good, (files) => {
      files['tables/extra.json'] = strToU8('[]');
    });
    await expectRefused(bytes, /contains tables\/extra\.json, which its manifest does not list/);
  });

  it('an audit trail edited even with its hashes updated', async () => {
    const bytes = editBackup(good, (files) =>
      editJson(files, events, (rows) => {
        (rows as Rows)[2]!.actor = 'someone-else';
        return rows;
      }),
    );
    await expectRefused(
      bytes,
      /audit trail does not verify at event #3.*changed after it was recorded/,
    );
  });

  it('an audit trail with an event removed', async () => {
    const bytes = editBackup(good, (files) =>
      editJson(files, events, (rows) => (rows as Rows).filter((_, i) => i !== 1)),
    );
    await expectRefused(bytes, /does not have the number of rows|does not verify at event #3/);
  });

  it('a forged certification signature', async () => {
    const bytes = editBackup(good, (files) =>
      editJson(files, tablePath('members'), (rows) => {
        const admin = (rows as Rows).find((m) => m.id === adminId)!;
        const cert = admin.certification as { signature: string };
        cert.signature = (cert.signature.startsWith('0') ? '1' : '0') + cert.signature.slice(1);
        return rows;
      }),
    );
    await expectRefused(bytes, /signed certification of Ada Admin does not verify/);
  });

  it('holding duplicate ids', async () => {
    const bytes = editBackup(good, (files) =>
      editJson(files, tablePath('initiatives'), (rows) => [...(rows as Rows), (rows as Rows)[0]]),
    );
    await expectRefused(bytes, /initiatives has more than one row with the id/);
  });

  it('holding a value of the wrong type', async () => {
    const bytes = editBackup(good, (files) =>
      editJson(files, tablePath('risks'), (rows) => {
        (rows as Rows)[0]!.inherent = { likelihood: '4', impact: 4 };
        return rows;
      }),
    );
    await expectRefused(bytes, /row 1 of risks is not valid \(inherent\.likelihood\)/);
  });

  it('holding an unknown field', async () => {
    const bytes = editBackup(good, (files) =>
      editJson(files, tablePath('initiatives'), (rows) => {
        (rows as Rows)[0]!.approvedBy = 'nobody';
        return rows;
      }),
    );
    await expectRefused(bytes, /row 1 of initiatives is not valid: unexpected field "approvedBy"/);
  });

  it('holding a row Countersign would not have written (unnormalised email)', async () => {
    const bytes = editBackup(good, (files) =>
      editJson(files, tablePath('members'), (rows) => {
        (rows as Rows)[0]!.email = 'ADA@EXAMPLE.TEST';
        return rows;
      }),
    );
    await expectRefused(bytes, /row 1 of members is not in the form Countersign writes/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('holding a %s key', async (key) => {
    const bytes = editBackup(good, (files) =>
      setText(files, tablePath('risks'), `[{"${key}":{"isAdmin":true}}]`),
    );
    await expectRefused(
      bytes,
      new RegExp(`tables/risks\\.json it contains a forbidden "${key}" key`),
    );
  });

  it('holding a __proto__ key in the manifest', async () => {
    const bytes = editBackup(
      good,
      (files) => setText(files, MANIFEST_PATH, '{"__proto__":{"format":"countersign-backup"}}'),
      { rehash: false },
    );
    await expectRefused(bytes, /manifest\.json it contains a forbidden "__proto__" key/);
  });

  it('over the size limits', async () => {
    await expectRefused(good, /larger than the 100 bytes a backup may be/, {
      ...DEFAULT_BACKUP_LIMITS,
      maxFileBytes: 100,
    });
    await expectRefused(good, /unpacks to more than/, {
      ...DEFAULT_BACKUP_LIMITS,
      maxEntryBytes: 64,
    });
    await expectRefused(good, /members has 9 rows, more than the limit of 2/, {
      ...DEFAULT_BACKUP_LIMITS,
      maxRecordsPerTable: 2,
    });
  });

  it('from a newer backup format version, naming the version', async () => {
    const bytes = editBackup(good, (files) =>
      editJson(files, MANIFEST_PATH, (manifest) => ({ ...(manifest as object), formatVersion: 3 })),
    );
    await expectRefused(bytes, /backup format version 3 by a newer version of Countersign/);
  });

  it('from a newer data format (schema version)', async () => {
    const bytes = editBackup(good, (files) =>
      editJson(files, MANIFEST_PATH, (manifest) => ({
        ...(manifest as object),
        schemaVersion: 99,
      })),
    );
    await expectRefused(bytes, /holds data format 99, written by a newer version/);
  });
});
