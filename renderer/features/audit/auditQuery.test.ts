import { afterEach, describe, expect, it } from 'vitest';
import type { CountersignDb } from '../../db/database';
import { createInitiative } from '../../db/commands/createInitiative';
import { execute } from '../../db/commands/defineCommand';
import { makeTestWorkspace } from '../../test/testWorkspace';
import { EMPTY_AUDIT_FILTER } from '../../state/uiStore';
import { findAuditSeqs } from './auditQuery';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  const ws = await makeTestWorkspace();
  db = ws.db;
  const pm = ws.byRole['program-manager'];
  // One initiative "yesterday" and one "today", local time.
  const yesterday = new Date();
  yesterday.setDate(yesterday.getDate() - 1);
  for (const [title, when] of [
    ['Old', yesterday],
    ['New', new Date()],
  ] as const) {
    await execute(
      ws.db,
      createInitiative,
      { title, businessUnit: 'Ops', ownerId: pm, aiSystemType: 'other' },
      { memberId: pm, now: () => when },
    );
  }
  return { ...ws, pm, yesterday };
}

const localDay = (d: Date) =>
  `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('findAuditSeqs', () => {
  it('lists every event newest first without a filter', async () => {
    const { db } = await setup();
    const total = await db.auditEvents.count();
    const seqs = await findAuditSeqs(db, EMPTY_AUDIT_FILTER);
    expect(seqs).toHaveLength(total);
    expect(seqs[0]).toBe(total);
  });

  it('filters by entity, actor and both', async () => {
    const { db, pm, administrator } = await setup();
    const initiatives = await findAuditSeqs(db, { ...EMPTY_AUDIT_FILTER, entity: 'initiative' });
    expect(initiatives).toHaveLength(2);
    const byPm = await findAuditSeqs(db, { ...EMPTY_AUDIT_FILTER, actor: pm });
    // The program manager set their passphrase, then registered both initiatives.
    expect(byPm).toEqual([...initiatives, expect.any(Number) as number]);
    expect(
      await findAuditSeqs(db, { ...EMPTY_AUDIT_FILTER, entity: 'initiative', actor: pm }),
    ).toEqual(initiatives);
    expect(
      await findAuditSeqs(db, {
        ...EMPTY_AUDIT_FILTER,
        entity: 'initiative',
        actor: administrator.id,
      }),
    ).toEqual([]);
  });

  it('filters by local calendar day, inclusive', async () => {
    const { db, yesterday } = await setup();
    const onlyYesterday = await findAuditSeqs(db, {
      ...EMPTY_AUDIT_FILTER,
      entity: 'initiative',
      from: localDay(yesterday),
      to: localDay(yesterday),
    });
    expect(onlyYesterday).toHaveLength(1);
    const fromToday = await findAuditSeqs(db, {
      ...EMPTY_AUDIT_FILTER,
      from: localDay(new Date()),
    });
    const events = await db.auditEvents.bulkGet(fromToday);
    expect(events.map((e) => e?.action)).toContain('initiative.create');
    expect(
      events.every((e) => e && e.at >= new Date(new Date().setHours(0, 0, 0, 0)).toISOString()),
    ).toBe(true);
  });
});
