import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyChain } from '../../shared/audit/verifyChain';
import { verifySignature } from '../../shared/auth/signature';
import { signedContentOf, signoffContentHash } from '../../shared/gates/signoff';
import { CountersignDb } from '../../renderer/db/database';
import { addMember } from '../../renderer/db/commands/addMember';
import { addRisk } from '../../renderer/db/commands/addRisk';
import { certifySignature } from '../../renderer/db/commands/certifySignature';
import { changeStage } from '../../renderer/db/commands/changeStage';
import { closeCondition } from '../../renderer/db/commands/closeCondition';
import { createInitiative } from '../../renderer/db/commands/createInitiative';
import { createWorkspace } from '../../renderer/db/commands/createWorkspace';
import { execute } from '../../renderer/db/commands/defineCommand';
import { openGateReview } from '../../renderer/db/commands/openGateReview';
import { recordSignIn } from '../../renderer/db/commands/recordSignIn';
import { recordSignoff } from '../../renderer/db/commands/recordSignoff';
import { setOwnPassphrase } from '../../renderer/db/commands/setOwnPassphrase';
import { updateReadiness } from '../../renderer/db/commands/updateReadiness';
import { TEST_KDF_COST } from '../../renderer/test/credentials';
import { verifyStoredChain } from '../../renderer/features/audit/verifyStoredChain';
import { bulkWrite } from './bulkWrite';
import {
  certifiesSignature,
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

const COUNTS: WorkloadCounts = {
  members: 12,
  initiatives: 25,
  risks: 60,
  signoffs: 18,
  auditEvents: 300,
};

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
  ids.queue = [];
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
      case 'certifySignature':
        await execute(db, certifySignature, op.input, { memberId: op.actorId, now });
        break;
      case 'openGateReview':
        ids.queue.push(op.id);
        await execute(db, openGateReview, op.input, { memberId: op.actorId, now });
        break;
      case 'recordSignoff':
        await execute(db, recordSignoff, op.input, { memberId: op.actorId, now });
        break;
      case 'closeCondition':
        await execute(db, closeCondition, op.input, { memberId: op.actorId, now });
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
    const certifying = plan.members.filter(certifiesSignature).length;
    expect(count('createWorkspace')).toBe(1);
    expect(count('addMember')).toBe(COUNTS.members - 1);
    expect(count('setOwnPassphrase')).toBe(
      plan.setupEvents - 2 - (COUNTS.members - 1) - certifying,
    );
    expect(count('setOwnPassphrase')).toBeGreaterThan(0);
    expect(count('certifySignature')).toBe(certifying);
    expect(certifying).toBeGreaterThan(0);
    expect(count('createInitiative')).toBe(COUNTS.initiatives);
    expect(count('addRisk')).toBe(COUNTS.risks);
    expect(count('changeStage')).toBe(plan.stageChanges);
    expect(count('updateReadiness')).toBe(plan.readinessUpdates);
    expect(count('recordSignIn')).toBe(plan.signIns);
    expect(count('openGateReview')).toBe(plan.gates.enterPilot + plan.gates.goLive);
    expect(count('recordSignoff')).toBe(COUNTS.signoffs);
    expect(plan.gates.signoffs).toBe(COUNTS.signoffs);
    expect(count('closeCondition')).toBe(plan.gates.conditionCloses);
    expect(plan.gates.enterPilot).toBeGreaterThan(0);
    expect(plan.gates.goLive).toBeGreaterThan(0);
    expect(plan.gates.conditionCloses).toBeGreaterThan(0);
    expect(plan.readinessUpdates).toBeGreaterThan(0);
    expect(plan.stageChanges).toBeGreaterThan(plan.gates.enterPilot + plan.gates.goLive);
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
    // The Dashboard's summaries too: one per initiative, with stage histories, gates and risks.
    const summaries = await viaBulk.initiativeSummaries.toArray();
    expect(summaries).toHaveLength(COUNTS.initiatives);
    expect(summaries.some((s) => Object.keys(s.history.stays).length > 0)).toBe(true);
    expect(summaries.some((s) => s.gates.some((g) => g.signoffs.length > 0))).toBe(true);
    expect(summaries.some((s) => s.risks.length > 0)).toBe(true);

    // Every gate carried its initiative to its stage on approvals signed by the reviewers' own keys.
    const plan = planWorkload(COUNTS);
    const gates = await viaBulk.gates.toArray();
    const signoffs = await viaBulk.signoffs.toArray();
    expect(gates).toHaveLength(plan.gates.enterPilot + plan.gates.goLive);
    expect(gates.every((g) => g.usedAt !== null)).toBe(true);
    expect(signoffs).toHaveLength(COUNTS.signoffs);
    const keysOf = new Map((await viaBulk.members.toArray()).map((m) => [m.id, m.keys]));
    for (const signoff of signoffs) {
      expect(
        verifySignature(signoff.signature, keysOf.get(signoff.reviewerId) ?? [], {
          recordKind: 'gate-signoff',
          recordId: signoff.id,
          contentHash: signoffContentHash(signedContentOf(signoff)),
          signerId: signoff.reviewerId,
        }),
      ).toMatchObject({ ok: true });
      expect(Object.keys(signoff.closures)).toHaveLength(signoff.conditions.length);
    }
    expect(signoffs.filter((s) => s.conditions.length > 0)).toHaveLength(
      plan.gates.conditionCloses,
    );

    expect(result).toMatchObject({
      members: COUNTS.members,
      initiatives: COUNTS.initiatives,
      risks: COUNTS.risks,
      gates: gates.length,
      signoffs: COUNTS.signoffs,
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
        'member.certifySignature',
        'gate.open',
        'gate.signoff',
        'condition.close',
        'gate.use',
      ]),
    );
    // As `changeStage` writes them: the stage change, then the gate it used, at the same time.
    for (const use of events.filter((e) => e.action === 'gate.use')) {
      const change = events[use.seq - 2];
      expect(change).toMatchObject({ action: 'initiative.changeStage', at: use.at });
    }
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

describe('both paths refuse the same gate operations', () => {
  const bulkInto = (db: CountersignDb, ops: readonly WorkloadOp[]) =>
    bulkWrite(db, ops, {
      mintIds: (minted, run) => {
        ids.queue.push(...minted);
        return run();
      },
    });

  it('a sign-off whose signature was made for another record', async () => {
    const ops = [...workload()];
    const index = ops.findIndex((op) => op.kind === 'recordSignoff');
    const op = ops[index];
    if (op?.kind !== 'recordSignoff') throw new Error('no sign-off in the workload');
    ops[index] = { ...op, input: { ...op.input, signoffId: crypto.randomUUID() } };
    const refusal = /sign-off was not recorded: The signature was made for a different record/;
    await expect(replayThroughCommands(freshDb('tampered-commands'), ops)).rejects.toThrow(refusal);
    await expect(bulkInto(freshDb('tampered-bulk'), ops)).rejects.toThrow(refusal);
  });

  it('a stage change into pilot or production without a passed gate review', async () => {
    const ops = [...workload()];
    const open = ops.findIndex((op) => op.kind === 'openGateReview');
    const change = ops.findIndex((op, i) => i > open && op.kind === 'changeStage');
    // Everything of the review but its stage change: the initiative moves with no gate.
    const withoutReview = [...ops.slice(0, open), ...ops.slice(change)];
    const refusal = /needs a passed gate review/;
    await expect(replayThroughCommands(freshDb('ungated-commands'), withoutReview)).rejects.toThrow(
      refusal,
    );
    await expect(bulkInto(freshDb('ungated-bulk'), withoutReview)).rejects.toThrow(refusal);
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
