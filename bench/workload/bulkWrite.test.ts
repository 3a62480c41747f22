import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyChain } from '../../shared/audit/verifyChain';
import { CountersignDb } from '../../renderer/db/database';
import { addMember } from '../../renderer/db/commands/addMember';
import { addRisk } from '../../renderer/db/commands/addRisk';
import { changeStage } from '../../renderer/db/commands/changeStage';
import { createInitiative } from '../../renderer/db/commands/createInitiative';
import { createWorkspace } from '../../renderer/db/commands/createWorkspace';
import { execute } from '../../renderer/db/commands/defineCommand';
import { recordSignIn } from '../../renderer/db/commands/recordSignIn';
import { setOwnPassphrase } from '../../renderer/db/commands/setOwnPassphrase';
import { updateReadiness } from '../../renderer/db/commands/updateReadiness';
import { TEST_KDF_COST } from '../../renderer/test/credentials';
import { verifyStoredChain } from '../../renderer/features/audit/verifyStoredChain';
import { bulkWrite } from './bulkWrite';
import {
  generateWorkload,
  planWorkload,
  prepareWorkloadKeys,
  type WorkloadCounts,
  type WorkloadKeys,
  type WorkloadOp,
} from './generate';

// The commands mint identifiers with `newId()`; the workload says which one each
// command would have minted, so both paths use the same identifiers.
const ids = vi.hoisted(() => ({ queue: [] as string[] }));
vi.mock('../../renderer/db/ids', () => ({
  newId: () => {
    const id = ids.queue.shift();
    if (!id) throw new Error('The test queued no identifier for this command');
    return id;
  },
}));

const COUNTS: WorkloadCounts = { members: 12, initiatives: 25, risks: 60, auditEvents: 300 };

let keys: WorkloadKeys;
beforeAll(async () => {
  // The app's key derivation at a test cost; everything else is as in the benchmark.
  keys = await prepareWorkloadKeys(undefined, TEST_KDF_COST);
});
const workload = (seed?: string) =>
  generateWorkload({ counts: COUNTS, keys, ...(seed ? { seed } : {}) });

let dbs: CountersignDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
  dbs = [];
});

function freshDb(label: string): CountersignDb {
  const db = new CountersignDb(`bench-${label}-${String(Math.random()).slice(2)}`);
  dbs.push(db);
  return db;
}

/** The reference path: every op through the real command layer, one transaction each. */
async function replayThroughCommands(db: CountersignDb, ops: Iterable<WorkloadOp>) {
  for (const op of ops) {
    const now = () => new Date(op.at);
    switch (op.kind) {
      case 'createWorkspace':
        await createWorkspace(db, op.input, now);
        break;
      case 'addMember':
        ids.queue.push(op.id);
        await execute(db, addMember, op.input, { memberId: op.actorId, now });
        break;
      case 'createInitiative':
        ids.queue.push(op.id);
        await execute(db, createInitiative, op.input, { memberId: op.actorId, now });
        break;
      case 'addRisk':
        ids.queue.push(op.id);
        await execute(db, addRisk, op.input, { memberId: op.actorId, now });
        break;
      case 'setOwnPassphrase':
        await execute(db, setOwnPassphrase, op.input, { memberId: op.actorId, now });
        break;
      case 'changeStage':
        await execute(db, changeStage, op.input, { memberId: op.actorId, now });
        break;
      case 'updateReadiness':
        await execute(db, updateReadiness, op.input, { memberId: op.actorId, now });
        break;
      case 'recordSignIn':
        await execute(db, recordSignIn, op.input, { memberId: op.actorId, now });
        break;
    }
    expect(ids.queue).toEqual([]);
  }
}

async function tables(db: CountersignDb) {
  const entries = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

describe('reference workload', () => {
  it('is deterministic for a seed and different for another', () => {
    const a = JSON.stringify([...workload()]);
    const b = JSON.stringify([...workload()]);
    const c = JSON.stringify([...workload('other')]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('has the requested number of each operation, in time order', () => {
    const ops = [...workload()];
    const plan = planWorkload(COUNTS);
    const count = (kind: WorkloadOp['kind']) => ops.filter((op) => op.kind === kind).length;
    expect(count('createWorkspace')).toBe(1);
    expect(count('addMember')).toBe(COUNTS.members - 1);
    expect(count('setOwnPassphrase')).toBe(plan.setupEvents - 2 - (COUNTS.members - 1));
    expect(count('setOwnPassphrase')).toBeGreaterThan(0);
    expect(count('createInitiative')).toBe(COUNTS.initiatives);
    expect(count('addRisk')).toBe(COUNTS.risks);
    expect(count('changeStage')).toBe(plan.stageChanges);
    expect(count('updateReadiness')).toBe(plan.readinessUpdates);
    expect(count('recordSignIn')).toBe(plan.signIns);
    expect(plan.readinessUpdates).toBeGreaterThan(0);
    expect(plan.stageChanges).toBeGreaterThan(0);
    expect(plan.signIns).toBeGreaterThan(0);
    const times = ops.map((op) => op.at);
    expect([...times].sort()).toEqual(times);
  });
});

describe('bulkWrite', () => {
  it('writes exactly what the real commands write, with a chain that verifies', async () => {
    const viaCommands = freshDb('commands');
    const viaBulk = freshDb('bulk');
    await replayThroughCommands(viaCommands, workload());
    // A small chunk size so several transactions (and the pipelining between them) are exercised.
    const result = await bulkWrite(viaBulk, workload(), {
      chunkSize: 17,
      mintIds: (minted, run) => {
        ids.queue.push(...minted);
        return run();
      },
    });
    expect(ids.queue).toEqual([]);

    const expected = await tables(viaCommands);
    const actual = await tables(viaBulk);
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const name of Object.keys(expected)) {
      expect(actual[name], `table ${name}`).toEqual(expected[name]);
    }
    // Key order is part of "identical" too: the stored JSON text matches byte for byte.
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    expect(actual.credentials).toHaveLength(COUNTS.members);

    expect(result).toMatchObject({
      members: COUNTS.members,
      initiatives: COUNTS.initiatives,
      risks: COUNTS.risks,
      auditEvents: COUNTS.auditEvents,
    });
    const events = await viaBulk.auditEvents.orderBy('seq').toArray();
    expect(events).toHaveLength(COUNTS.auditEvents);
    expect(verifyChain(events)).toMatchObject({
      ok: true,
      count: COUNTS.auditEvents,
      head: result.head,
    });
    expect(await verifyStoredChain(viaBulk, { batchSize: 50 })).toMatchObject({ ok: true });
    expect(new Set(events.map((e) => e.action))).toEqual(
      new Set([
        'workspace.create',
        'member.create',
        'initiative.create',
        'risk.create',
        'initiative.changeStage',
        'member.setPassphrase',
        'initiative.updateReadiness',
        'session.signed-in',
        'session.unlocked',
        'session.failed',
      ]),
    );
  });

  it('refuses an operation the command would refuse', async () => {
    const ops = [...workload()];
    const index = ops.findIndex((op) => op.kind === 'changeStage');
    const op = ops[index]!;
    if (op.kind !== 'changeStage') throw new Error('no stage change in the workload');
    const auditor = ops.find(
      (o) => o.kind === 'addMember' && o.input.roles.length === 1 && o.input.roles[0] === 'auditor',
    );
    ops[index] = { ...op, actorId: auditor && auditor.kind === 'addMember' ? auditor.id : 'x' };
    await expect(
      bulkWrite(freshDb('refused'), ops, {
        mintIds: (minted, run) => {
          ids.queue.push(...minted);
          return run();
        },
      }),
    ).rejects.toThrow(/may not/);
  });
});

describe('mintIdsBySwappingRandomUuid', () => {
  it('answers crypto.randomUUID from the list while the work runs, then restores it', async () => {
    const { mintIdsBySwappingRandomUuid } = await import('./bulkWrite');
    const minted = await mintIdsBySwappingRandomUuid(['a', 'b'], () =>
      Promise.resolve([crypto.randomUUID(), crypto.randomUUID()]),
    );
    expect(minted).toEqual(['a', 'b']);
    expect(crypto.randomUUID()).toMatch(/^[0-9a-f-]{36}$/);
  });
});
