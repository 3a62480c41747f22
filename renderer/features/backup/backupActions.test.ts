import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../host/host';
import { makeTestWorkspace } from '../../test/testWorkspace';
import { validateBackupFile } from '../../db/backup/validateBackupFile';
import { autoBackupIfChanged, safetyBackup } from './backupActions';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}
vi.stubGlobal('localStorage', memoryStorage());

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const write = vi.fn<NonNullable<Host['backups']>['write']>();

function desktopHost(): Host {
  write.mockReset();
  write.mockImplementation((workspaceId, data) =>
    Promise.resolve({
      ok: true,
      value: {
        name: 'n',
        workspaceId,
        createdAt: new Date().toISOString(),
        bytes: data.byteLength,
      },
    }),
  );
  return {
    kind: 'electron',
    saveFile: vi.fn(),
    openFile: vi.fn(),
    info: () =>
      Promise.resolve({
        kind: 'electron',
        version: '9.9.9',
        platform: 'linux',
        backupsFolder: '/b',
      }),
    backups: { write, list: vi.fn(), read: vi.fn(), onQuit: vi.fn(() => () => undefined) },
  };
}

describe('automatic backups', () => {
  it('writes a valid backup when the audit head moved, and not again until it moves', async () => {
    const { db } = await makeTestWorkspace({ withKeys: false });
    const host = desktopHost();
    expect(await autoBackupIfChanged(db, host)).toBe(true);
    expect(await autoBackupIfChanged(db, host)).toBe(false);
    expect(write).toHaveBeenCalledTimes(1);
    const bytes = write.mock.calls[0]![1];
    expect(validateBackupFile(bytes)).toMatchObject({ ok: true });
  });

  it('does nothing in a host without automatic backups', async () => {
    const { db } = await makeTestWorkspace({ withKeys: false });
    expect(await autoBackupIfChanged(db, { ...desktopHost(), backups: null })).toBe(false);
  });

  it('refuses to go on when the safety backup cannot be kept', async () => {
    const { db } = await makeTestWorkspace({ withKeys: false });
    const host = desktopHost();
    write.mockResolvedValueOnce({ ok: false, error: 'disk full' });
    await expect(safetyBackup(db, host)).rejects.toThrow(
      /safety backup could not be written: disk full/,
    );
    const browser: Host = {
      ...desktopHost(),
      backups: null,
      saveFile: () => Promise.resolve({ ok: true, value: { saved: false } }),
    };
    await expect(safetyBackup(db, browser)).rejects.toThrow(/was not replaced/);
  });
});
