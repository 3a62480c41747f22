import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupNotFoundError, createBackupStore } from './backupStore';

const A = '6d2c1c7e-6a43-4c55-9f0e-7d3f3f1b2a10';
const B = '0b9a2f3e-1111-4c55-8f0e-7d3f3f1b2a10';

let root: string;
let folder: string;
let clock: Date;
const now = () => clock;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'countersign-backups-'));
  folder = path.join(root, 'backups');
  clock = new Date(2026, 2, 31, 9, 0);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('backup store', () => {
  it('lists nothing before the folder exists', async () => {
    expect(await createBackupStore(folder, 1024, now).list(A)).toEqual([]);
  });

  it('writes, lists newest first with size, and reads back', async () => {
    const store = createBackupStore(folder, 1024, now);
    const first = await store.write(A, new Uint8Array([1, 2, 3]));
    clock = new Date(clock.getTime() + 15 * 60_000);
    const second = await store.write(A, new Uint8Array([4, 5]));
    await store.write(B, new Uint8Array([9]));
    expect(await store.list(A)).toEqual([second, first]);
    expect(second.bytes).toBe(2);
    expect(await store.read(first.name)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('applies retention per workspace after each write', async () => {
    const store = createBackupStore(folder, 1024, now);
    for (let i = 0; i < 5; i += 1) {
      await store.write(A, new Uint8Array([i]));
      clock = new Date(clock.getTime() + 15 * 60_000);
    }
    await store.write(B, new Uint8Array([1]));
    expect(await store.list(A)).toHaveLength(3);
    expect(await store.list(B)).toHaveLength(1);
    // Nothing but backups: no temporary files left behind.
    expect((await readdir(folder)).every((name) => name.endsWith('.csbackup'))).toBe(true);
  });

  it('never overwrites a backup written in the same millisecond', async () => {
    const store = createBackupStore(folder, 1024, now);
    const a = await store.write(A, new Uint8Array([1]));
    const b = await store.write(A, new Uint8Array([2]));
    expect(a.name).not.toBe(b.name);
    expect(await store.read(a.name)).toEqual(new Uint8Array([1]));
  });

  it('ignores files it did not write and refuses to read them', async () => {
    const store = createBackupStore(folder, 1024, now);
    await store.write(A, new Uint8Array([1]));
    await writeFile(path.join(folder, 'notes.txt'), 'hello');
    expect(await store.list(A)).toHaveLength(1);
    await expect(store.read('notes.txt')).rejects.toBeInstanceOf(BackupNotFoundError);
    await expect(store.read(`${A}_20200101T000000000Z.csbackup`)).rejects.toBeInstanceOf(
      BackupNotFoundError,
    );
  });

  it('refuses to read a backup over the size limit', async () => {
    const store = createBackupStore(folder, 2, now);
    const written = await store.write(A, new Uint8Array([1, 2, 3]));
    await expect(store.read(written.name)).rejects.toThrow(/larger than/);
  });
});
