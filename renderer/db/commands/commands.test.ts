import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/verifyChain';
import { testCredential } from '../../test/credentials';
import { expectRefused } from '../../test/expectRefused';
import { makeTestWorkspace, snapshot } from '../../test/testWorkspace';
import type { CountersignDb } from '../database';
import { newId } from '../ids';
import { addMember } from './addMember';
import { addRisk } from './addRisk';
import { changeStage } from './changeStage';
import { CommandError } from './commandError';
import { createInitiative } from './createInitiative';
import { createWorkspace } from './createWorkspace';
import { execute } from './defineCommand';

let open: CountersignDb[] = [];
afterEach(async () => {
  await Promise.all(open.map((db) => db.delete()));
  open = [];
});

async function setup() {
  const ws = await makeTestWorkspace();
  open.push(ws.db);
  const pm = { memberId: ws.byRole['program-manager'] };
  const initiative = await execute(
    ws.db,
    createInitiative,
    {
      title: 'Ticket triage',
      businessUnit: 'Support',
      ownerId: pm.memberId,
      aiSystemType: 'generative-llm',
    },
    pm,
  );
  return { ...ws, pm, initiative };
}

describe('commands write the entity and its audit event together', () => {
  it('records each change as one chained audit event', async () => {
    const { db, pm, initiative } = await setup();
    await execute(
      db,
      changeStage,
      { initiativeId: initiative.id, stage: 'proof-of-concept', reason: 'Sponsor approved a POC' },
      pm,
    );
    const events = await db.auditEvents.orderBy('seq').toArray();
    const last = events.at(-1)!;
    expect(last).toMatchObject({
      action: 'initiative.changeStage',
      entity: 'initiative',
      entityId: initiative.id,
      actor: pm.memberId,
      reason: 'Sponsor approved a POC',
    });
    expect((last.before as { stage: string }).stage).toBe('idea');
    expect((last.after as { stage: string }).stage).toBe('proof-of-concept');
    expect(verifyChain(events)).toMatchObject({ ok: true, count: events.length });
    expect((await db.initiatives.get(initiative.id))?.stage).toBe('proof-of-concept');
  });

  it('creates a workspace only once, with its administrator as the first actor', async () => {
    const { db, administrator } = await setup();
    const credential = await testCredential(newId());
    const first = await db.auditEvents.get(1);
    expect(first).toMatchObject({ action: 'workspace.create', actor: administrator.id });
    await expectRefused(
      db,
      () =>
        createWorkspace(db, {
          workspaceId: newId(),
          name: 'Again',
          administrator: { memberId: newId(), name: 'Eve', email: 'eve@example.test', credential },
        }),
      /already been created/,
      'conflict',
    );
  });
});

describe('validation failures change nothing', () => {
  const cases: [string, (ctx: Awaited<ReturnType<typeof setup>>) => Promise<unknown>, RegExp][] = [
    [
      'initiative without a title',
      ({ db, pm }) =>
        execute(
          db,
          createInitiative,
          { title: '  ', businessUnit: 'X', ownerId: pm.memberId, aiSystemType: 'other' },
          pm,
        ),
      /Title is required/,
    ],
    [
      'initiative with an unknown field',
      ({ db, pm }) =>
        execute(
          db,
          createInitiative,
          {
            title: 'T',
            businessUnit: 'X',
            ownerId: pm.memberId,
            aiSystemType: 'other',
            isAdmin: true,
          },
          pm,
        ),
      /Unrecognized key/i,
    ],
    [
      'initiative with a prototype key',
      ({ db, pm }) =>
        execute(
          db,
          createInitiative,
          JSON.parse(
            '{"title":"T","businessUnit":"X","ownerId":"' +
              pm.memberId +
              '","aiSystemType":"other","__proto__":{"x":1}}',
          ),
          pm,
        ),
      /Unrecognized key/i,
    ],
    [
      'initiative owned by a stranger',
      ({ db, pm }) =>
        execute(
          db,
          createInitiative,
          { title: 'T', businessUnit: 'X', ownerId: newId(), aiSystemType: 'other' },
          pm,
        ),
      /owner is not a member/,
    ],
    [
      'initiative of an unknown stage',
      ({ db, pm }) =>
        execute(
          db,
          createInitiative,
          {
            title: 'T',
            businessUnit: 'X',
            ownerId: pm.memberId,
            aiSystemType: 'other',
            stage: 'launched',
          },
          pm,
        ),
      /lifecycle stage/,
    ],
    [
      'stage change without a reason',
      ({ db, pm, initiative }) =>
        execute(db, changeStage, { initiativeId: initiative.id, stage: 'pilot', reason: '' }, pm),
      /Reason is required/,
    ],
    [
      'stage change to the same stage',
      ({ db, pm, initiative }) =>
        execute(db, changeStage, { initiativeId: initiative.id, stage: 'idea', reason: 'x' }, pm),
      /already in Idea/,
    ],
    [
      'stage change of a missing initiative',
      ({ db, pm }) =>
        execute(db, changeStage, { initiativeId: newId(), stage: 'pilot', reason: 'x' }, pm),
      /does not exist/,
    ],
    [
      'member with a bad email',
      ({ db, administrator, temporaryPassphrase }) =>
        execute(
          db,
          addMember,
          { name: 'X', email: 'not-an-email', roles: ['auditor'], temporaryPassphrase },
          { memberId: administrator.id },
        ),
      /valid email/,
    ],
    [
      'member with no role',
      ({ db, administrator, temporaryPassphrase }) =>
        execute(
          db,
          addMember,
          { name: 'X', email: 'x@example.test', roles: [], temporaryPassphrase },
          { memberId: administrator.id },
        ),
      /at least one role/,
    ],
    [
      'member with a taken email',
      ({ db, administrator, temporaryPassphrase }) =>
        execute(
          db,
          addMember,
          { name: 'X', email: 'ADA@example.test', roles: ['auditor'], temporaryPassphrase },
          { memberId: administrator.id },
        ),
      /already belongs to Ada Admin/,
    ],
    [
      'risk with a rating off the matrix',
      ({ db, pm, initiative }) =>
        execute(
          db,
          addRisk,
          {
            initiativeId: initiative.id,
            title: 'R',
            category: 'privacy',
            ownerId: pm.memberId,
            inherent: { likelihood: 9, impact: 1 },
            residual: { likelihood: 1, impact: 1 },
            treatment: 'mitigate',
          },
          pm,
        ),
      /Levels stop at 6/,
    ],
    [
      'risk on a missing initiative',
      ({ db, pm }) =>
        execute(
          db,
          addRisk,
          {
            initiativeId: newId(),
            title: 'R',
            category: 'privacy',
            ownerId: pm.memberId,
            inherent: { likelihood: 2, impact: 2 },
            residual: { likelihood: 1, impact: 1 },
            treatment: 'mitigate',
          },
          pm,
        ),
      /does not exist/,
    ],
    [
      'workspace without a name',
      ({ db }) =>
        createWorkspace(db, {
          workspaceId: newId(),
          name: '',
          administrator: {
            memberId: newId(),
            name: 'A',
            email: 'a@example.test',
            credential: null,
          },
        }),
      /Workspace name is required/,
    ],
  ];
  it.each(cases)('refuses %s', async (_label, run, message) => {
    const ctx = await setup();
    const code = /already|does not exist|not a member/.test(message.source) ? undefined : 'invalid';
    const before = await snapshot(ctx.db);
    const error = await run(ctx).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CommandError);
    if (code) expect((error as CommandError).code).toBe(code);
    expect((error as CommandError).message).toMatch(message);
    expect(await snapshot(ctx.db)).toBe(before);
  });
});

describe('authorisation', () => {
  it('refuses an actor who is not a member', async () => {
    const ctx = await setup();
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          addMember,
          {
            name: 'X',
            email: 'x@example.test',
            roles: ['auditor'],
            temporaryPassphrase: ctx.temporaryPassphrase,
          },
          { memberId: newId() },
        ),
      /not signed in/,
      'forbidden',
    );
  });
});

describe('storage failures', () => {
  it('a full disk aborts the whole command with a clear message', async () => {
    const { db, pm } = await setup();
    const before = await snapshot(db);
    // Simulate the browser refusing the write for lack of space, after the entity row was written.
    const original = db.auditEvents.bulkAdd.bind(db.auditEvents);
    db.auditEvents.bulkAdd = () =>
      Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    try {
      await expect(
        execute(
          db,
          createInitiative,
          { title: 'Big', businessUnit: 'X', ownerId: pm.memberId, aiSystemType: 'other' },
          pm,
        ),
      ).rejects.toMatchObject({
        code: 'storage-full',
        message: expect.stringMatching(/out of storage space\. Nothing was saved/) as unknown,
      });
    } finally {
      db.auditEvents.bulkAdd = original;
    }
    expect(await snapshot(db)).toBe(before);
  });
});
