import { describe, expect, it } from 'vitest';
import { autoBackupName, parseAutoBackupName } from './backupNames';

const id = '6d2c1c7e-6a43-4c55-9f0e-7d3f3f1b2a10';

describe('automatic backup names', () => {
  it('records the workspace and the time, and reads them back', () => {
    const createdAt = new Date('2026-03-01T09:15:00.123Z');
    const name = autoBackupName(id, createdAt);
    expect(name).toBe(`${id}_20260301T091500123Z.csbackup`);
    expect(parseAutoBackupName(name)).toEqual({ workspaceId: id, createdAt });
  });

  it.each([
    'notes.txt',
    `${id}_20260301T091500123Z.csbackup.tmp`,
    `.${id}_20260301T091500123Z.csbackup.abc.tmp`,
    `${id}_20261301T091500123Z.csbackup`,
    `../${id}_20260301T091500123Z.csbackup`,
  ])('ignores %s', (name) => {
    expect(parseAutoBackupName(name)).toBeNull();
  });
});
