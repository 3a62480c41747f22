import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredChain } from '../../renderer/features/audit/verifyStoredChain';
import type { CountersignDb } from '../../renderer/db/database';
import { makeTestWorkspace, snapshot } from '../../renderer/test/testWorkspace';
import { importRows } from '../workload/generate';
import { importInitiatives } from './importInitiatives';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('importInitiatives (bench-side import)', () => {
  it('writes every row with its audit event on the existing chain', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    const before = await db.auditEvents.count();
    const rows = importRows(40, 'import-test', [ws.byRole['program-manager']]);
    const result = await importInitiatives(db, rows, {
      memberId: ws.byRole['program-manager'],
      source: 'test.json',
    });
    expect(result.initiatives).toHaveLength(40);
    expect(await db.initiatives.count()).toBe(40);
    expect(await db.auditEvents.count()).toBe(before + 40);
    expect(result.events[0]).toMatchObject({
      action: 'initiative.create',
      reason: 'Imported from test.json',
      before: null,
    });
    expect(await verifyStoredChain(db)).toMatchObject({ ok: true, count: before + 40 });
  });

  it('refuses the whole import for one bad row and changes nothing', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    const rows: unknown[] = importRows(10, 'import-test', [ws.byRole['program-manager']]);
    rows[6] = { ...(rows[6] as object), title: '   ' };
    const unchanged = await snapshot(db);
    await expect(
      importInitiatives(db, rows, { memberId: ws.byRole['program-manager'] }),
    ).rejects.toThrow(/Row 7 \(title\): Title is required/);
    expect(await snapshot(db)).toBe(unchanged);
  });

  it('refuses an actor without permission and changes nothing', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    const rows = importRows(5, 'import-test', [ws.byRole['program-manager']]);
    const unchanged = await snapshot(db);
    await expect(importInitiatives(db, rows, { memberId: ws.byRole.auditor })).rejects.toThrow(
      /permission/,
    );
    expect(await snapshot(db)).toBe(unchanged);
  });
});
