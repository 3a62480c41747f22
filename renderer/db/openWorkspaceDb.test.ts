import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { newId } from './ids';
import { openWorkspaceDb } from './openWorkspaceDb';
import { V2_STORES } from './schema/v2';
import { CURRENT_SCHEMA_VERSION } from './schema/versions';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A workspace as version 2 of the app left it. */
async function versionTwoWorkspace(): Promise<string> {
  const name = `upgrade-${newId()}`;
  names.push(name);
  const legacy = new Dexie(name);
  legacy.version(2).stores(V2_STORES);
  await legacy.table('workspace').add({
    id: newId(),
    name: 'Old',
    createdAt: new Date().toISOString(),
    sample: false,
    settings: {},
  });
  await legacy.table('initiatives').add({ id: 'i1', title: 'Kept', stage: 'pilot', tags: [] });
  legacy.close();
  return name;
}

describe('backup before a schema upgrade', () => {
  it('hands over a backup of the old data before upgrading, once', async () => {
    const name = await versionTwoWorkspace();
    const beforeUpgrade = vi.fn(() => Promise.resolve());
    const db = await openWorkspaceDb(name, { beforeUpgrade, appVersion: '9.9.9' });
    expect(beforeUpgrade).toHaveBeenCalledTimes(1);
    const [backup, fromVersion] = beforeUpgrade.mock.calls[0] as unknown as [
      { bytes: Uint8Array },
      number,
    ];
    expect(fromVersion).toBe(2);
    const entries = unzipSync(backup.bytes);
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as {
      schemaVersion: number;
      appVersion: string;
    };
    expect(manifest).toMatchObject({ schemaVersion: 2, appVersion: '9.9.9' });
    expect(strFromU8(entries['tables/initiatives.json']!)).toContain('Kept');
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();

    (await openWorkspaceDb(name, { beforeUpgrade })).close();
    expect(beforeUpgrade).toHaveBeenCalledTimes(1);
  });

  it('does not upgrade when the backup cannot be saved', async () => {
    const name = await versionTwoWorkspace();
    await expect(
      openWorkspaceDb(name, { beforeUpgrade: () => Promise.reject(new Error('disk full')) }),
    ).rejects.toThrow(/backup taken first could not be saved \(disk full\)\. Nothing was changed/);
    const check = new Dexie(name);
    await check.open();
    expect(Math.floor(check.backendDB().version / 10)).toBe(2);
    check.close();
  });

  it('does nothing for a new or current database', async () => {
    const name = `fresh-${newId()}`;
    names.push(name);
    const beforeUpgrade = vi.fn(() => Promise.resolve());
    (await openWorkspaceDb(name, { beforeUpgrade })).close();
    (await openWorkspaceDb(name, { beforeUpgrade })).close();
    expect(beforeUpgrade).not.toHaveBeenCalled();
  });
});
