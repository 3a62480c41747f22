import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/verifyChain';
import { makeTestWorkspace, snapshot } from '../../test/testWorkspace';
import type { CountersignDb } from '../database';
import { newId } from '../ids';
import { CommandError } from './commandError';
import { execute } from './defineCommand';
import { importInitiatives } from './importInitiatives';
import { setMemberStatus } from './setMemberStatus';

let open: CountersignDb[] = [];
afterEach(async () => {
  await Promise.all(open.map((db) => db.delete()));
  open = [];
});

async function setup() {
  const ws = await makeTestWorkspace();
  open.push(ws.db);
  return { ...ws, pm: ws.byRole['program-manager'] };
}

const row = (ownerId: string, title: string, extra: Record<string, unknown> = {}) => ({
  title,
  businessUnit: 'Operations',
  ownerId,
  aiSystemType: 'classical-ml',
  ...extra,
});

async function refusal(db: CountersignDb, run: () => Promise<unknown>) {
  const before = await snapshot(db);
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CommandError);
  expect(await snapshot(db)).toBe(before);
  return error as CommandError;
}

describe('initiative.import', () => {
  it('creates every initiative with its own chained audit event naming the file', async () => {
    const { db, pm } = await setup();
    const eventsBefore = await db.auditEvents.count();
    const result = await execute(
      db,
      importInitiatives,
      {
        fileName: 'AI inventory 2025.csv',
        initiatives: [
          row(pm, 'Invoice matching', { stage: 'pilot', tags: ['finance'] }),
          row(pm, 'Churn model'),
          row(pm, 'Call summaries', { aiSystem: { model: 'Whisper', provider: 'OpenAI' } }),
        ],
      },
      { memberId: pm, now: () => new Date('2025-02-03T10:00:00.000Z') },
    );
    expect(result.imported).toBe(3);

    const initiatives = await db.initiatives.bulkGet(result.ids);
    expect(initiatives.map((i) => [i?.title, i?.stage])).toEqual([
      ['Invoice matching', 'pilot'],
      ['Churn model', 'idea'],
      ['Call summaries', 'idea'],
    ]);
    expect(initiatives[0]).toMatchObject({
      ownerId: pm,
      classification: null,
      stageEnteredAt: '2025-02-03T10:00:00.000Z',
      createdAt: '2025-02-03T10:00:00.000Z',
      tags: ['finance'],
      readiness: { evaluation: { status: 'not-started' } },
    });
    expect(initiatives[2]?.aiSystem).toEqual({
      model: 'Whisper',
      provider: 'OpenAI',
      version: '',
      hosting: null,
    });

    const events = await db.auditEvents.orderBy('seq').toArray();
    const imported = events.slice(eventsBefore);
    expect(imported).toHaveLength(3);
    expect(imported.map((e) => [e.action, e.entityId, e.actor, e.reason])).toEqual(
      result.ids.map((id) => ['initiative.create', id, pm, 'Imported from AI inventory 2025.csv']),
    );
    expect((imported[0]?.after as { title: string }).title).toBe('Invoice matching');
    expect(verifyChain(events)).toMatchObject({ ok: true, count: events.length });
  });

  it('imports nothing when one owner is not a member', async () => {
    const { db, pm } = await setup();
    const error = await refusal(db, () =>
      execute(
        db,
        importInitiatives,
        { fileName: 'inventory.csv', initiatives: [row(pm, 'Good'), row(newId(), 'Orphan')] },
        { memberId: pm },
      ),
    );
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(
      'The owner of “Orphan” is not a member of this workspace. Nothing was imported.',
    );
  });

  it('imports nothing when an owner is deactivated', async () => {
    const { db, pm, administrator, byRole } = await setup();
    await execute(
      db,
      setMemberStatus,
      { memberId: byRole['legal-reviewer'], status: 'deactivated', reason: 'Left' },
      { memberId: administrator.id },
    );
    const error = await refusal(db, () =>
      execute(
        db,
        importInitiatives,
        {
          fileName: 'inventory.csv',
          initiatives: [row(pm, 'Good'), row(byRole['legal-reviewer'], 'Stale owner')],
        },
        { memberId: pm },
      ),
    );
    expect(error.message).toMatch(/is deactivated and cannot be the owner of “Stale owner”/);
  });

  it('imports nothing when one row is invalid', async () => {
    const { db, pm } = await setup();
    const error = await refusal(db, () =>
      execute(
        db,
        importInitiatives,
        {
          fileName: 'inventory.csv',
          initiatives: [row(pm, 'Good'), row(pm, 'Bad stage', { stage: 'scaling' })],
        },
        { memberId: pm },
      ),
    );
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors['initiatives.1.stage']).toBe('Choose a lifecycle stage');
  });

  it('rolls everything back when a write fails midway', async () => {
    const { db, pm } = await setup();
    // The second audit event fails after every initiative was added in the transaction.
    let appended = 0;
    const failSecond = () => {
      appended += 1;
      if (appended === 2) throw new Error('disk trouble');
    };
    db.auditEvents.hook('creating', failSecond);
    const before = await snapshot(db);
    const initiativesBefore = await db.initiatives.count();
    const error = await execute(
      db,
      importInitiatives,
      { fileName: 'inventory.csv', initiatives: [row(pm, 'One'), row(pm, 'Two')] },
      { memberId: pm },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).message).toBe(
      'Could not import the initiatives. Nothing was saved. (disk trouble)',
    );
    db.auditEvents.hook('creating').unsubscribe(failSecond);
    expect(await db.initiatives.count()).toBe(initiativesBefore);
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses an empty import, an oversized one and a bad file name', async () => {
    const { db, pm } = await setup();
    for (const input of [
      { fileName: 'inventory.csv', initiatives: [] },
      { fileName: 'inventory.csv', initiatives: Array.from({ length: 5001 }, () => row(pm, 'x')) },
      { fileName: 'bad\u0000name.csv', initiatives: [row(pm, 'x')] },
    ]) {
      const error = await refusal(db, () =>
        execute(db, importInitiatives, input, { memberId: pm }),
      );
      expect(error.code).toBe('invalid');
    }
  });

  it('refuses an auditor and changes nothing', async () => {
    const { db, pm, byRole } = await setup();
    const error = await refusal(db, () =>
      execute(
        db,
        importInitiatives,
        { fileName: 'inventory.csv', initiatives: [row(pm, 'Sneaky')] },
        { memberId: byRole.auditor },
      ),
    );
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe('Member auditor does not have permission to register initiatives.');
  });
});
