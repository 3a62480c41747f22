import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CountersignDb } from '../database';
import { newId } from '../ids';
import { openWorkspaceDb } from '../openWorkspaceDb';
import { V1_STORES } from './v1';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './versions';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});
function freshName() {
  const name = `upgrade-${newId()}`;
  names.push(name);
  return name;
}

/**
 * One case per schema version: data as the previous version wrote it, opened by
 * the current code. Adding a version without its case fails the first test.
 */
const UPGRADE_CASES: Record<number, (name: string) => Promise<void>> = {
  1: async (name) => {
    // Before version 1 there was no database: opening creates every table.
    const db = new CountersignDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(V1_STORES).sort());
    expect(db.auditEvents.schema.primKey.name).toBe('seq');
    expect(db.initiatives.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['stage', 'businessUnit', 'ownerId', 'updatedAt', 'tags']),
    );
    db.close();
  },
};

describe('schema versions', () => {
  it('has an upgrade case for every version, and versions are numbered 1..n', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    expect(Object.keys(UPGRADE_CASES).map(Number).sort()).toEqual(
      SCHEMA_VERSIONS.map((v) => v.version),
    );
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`upgrades to version ${String(version)}`, async () => {
      await UPGRADE_CASES[version]!(freshName());
    });
  }

  it('opens a version 1 database written by an earlier build without losing rows', async () => {
    const name = freshName();
    const legacy = new Dexie(name);
    legacy.version(1).stores(V1_STORES);
    await legacy.table('initiatives').add({ id: 'a', title: 'Kept', stage: 'pilot', tags: ['x'] });
    await legacy.table('auditEvents').add({ seq: 1, hash: 'h' });
    legacy.close();

    const db = new CountersignDb(name);
    expect(await db.initiatives.get('a')).toMatchObject({ title: 'Kept' });
    expect(await db.initiatives.where('tags').equals('x').count()).toBe(1);
    expect(await db.auditEvents.count()).toBe(1);
    db.close();
  });

  it('refuses to open a database written by a newer version of the app', async () => {
    const name = freshName();
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...V1_STORES, future: 'id' });
    await newer.open();
    newer.close();
    await expect(openWorkspaceDb(name)).rejects.toThrow(/newer version of Countersign/);
    // …and the newer data is still there, untouched.
    const check = new Dexie(name);
    await check.open();
    expect(check.tables.map((t) => t.name)).toContain('future');
    check.close();
  });
});
