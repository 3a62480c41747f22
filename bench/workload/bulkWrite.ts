import {
  GENESIS_HASH,
  sealEvent,
  type AuditEvent,
  type EntityKind,
  type JsonValue,
} from '../../shared/audit/auditEvent';
import { EMPTY_BUSINESS_CASE } from '../../shared/domain/businessCase';
import type { Initiative } from '../../shared/domain/initiative';
import { EMPTY_READINESS } from '../../shared/domain/readiness';
import type { Member } from '../../shared/domain/member';
import { rolesGrant, type Permission } from '../../shared/domain/permissions';
import { riskFieldsSchema, type Risk } from '../../shared/domain/risk';
import type { CountersignDb } from '../../renderer/db/database';
import { addMember } from '../../renderer/db/commands/addMember';
import { changeStageInput } from '../../renderer/db/commands/changeStage';
import { createInitiativeInput } from '../../renderer/db/commands/createInitiative';
import { createWorkspace } from '../../renderer/db/commands/createWorkspace';
import { execute } from '../../renderer/db/commands/defineCommand';
import { recordSignInInput } from '../../renderer/db/commands/recordSignIn';
import { setOwnPassphrase } from '../../renderer/db/commands/setOwnPassphrase';
import { updateReadinessInput } from '../../renderer/db/commands/updateReadiness';
import { GAPS } from '../../shared/domain/readiness';
import type { WorkloadOp } from './generate';

/**
 * The documented bulk path for benchmark setup.
 *
 * Writing 500,000 audit events through `execute()` one transaction at a time
 * takes far too long to set up a benchmark, so the high-volume operations are
 * written in large transactions instead. The result must be exactly what the
 * commands produce; `bulkWrite.test.ts` replays a workload through the real
 * commands and through this path and compares every row of every table, byte
 * for byte.
 *
 * - The workspace and its members are created by the real commands
 *   (`createWorkspace`, `addMember`, `setOwnPassphrase`), one transaction each:
 *   they are few, and they carry credentials this file should not imitate.
 *   Their identifiers come from the workload through `mintIds`.
 * - Initiatives, risks, stage changes, readiness updates and sign-in events
 *   (the volume) are built in memory: every input parsed with the commands'
 *   own zod schemas (`createInitiativeInput`, `riskFieldsSchema`,
 *   `changeStageInput`, `updateReadinessInput`, `recordSignInInput`), the actor authorised with `rolesGrant`, owners and
 *   initiatives checked as `lookups.ts` does, records shaped as the commands
 *   shape them, events sealed with `sealEvent` with `before`/`after` passed
 *   through JSON as `AuditWriter` does.
 * - They are written with `bulkAdd`, a chunk of events (and the risks created
 *   in that chunk) per transaction, one transaction in flight while the next
 *   chunk is hashed. Initiatives, which change after they are created, are
 *   written once at the end in their final state. The final database is
 *   identical; intermediate states are not, so a failed bulk write leaves a
 *   partial database that the caller must delete. Benchmark setup only.
 *
 * Keep this in step with `renderer/db/commands/*`: when a command changes what
 * it writes, the identity test fails until this file follows.
 */

export interface BulkWriteOptions {
  /** Audit events per transaction. */
  chunkSize?: number;
  onProgress?: (eventsWritten: number) => void;
  /**
   * Runs `run` so that the command layer's `newId()` returns `ids` in order.
   * Defaults to swapping `crypto.randomUUID` for the duration (what `newId`
   * calls). An injectable id generator in the command layer would make this
   * unnecessary.
   */
  mintIds?: <T>(ids: readonly string[], run: () => Promise<T>) => Promise<T>;
}

export interface BulkWriteResult {
  workspaceId: string;
  administratorId: string;
  members: number;
  initiatives: number;
  risks: number;
  auditEvents: number;
  head: { seq: number; hash: string };
  /** Time spent waiting for IndexedDB, out of the total. */
  waitMs: number;
  totalMs: number;
}

export class BulkWriteError extends Error {
  override name = 'BulkWriteError';
}

/** As `AuditWriter`: snapshots go through JSON so what is stored is exactly what was hashed. */
function toJson(value: unknown): JsonValue | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/** `newId()` is `crypto.randomUUID()`: answer it from the list while `run` runs. */
export async function mintIdsBySwappingRandomUuid<T>(
  ids: readonly string[],
  run: () => Promise<T>,
): Promise<T> {
  const queue = [...ids];
  const original = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
  Object.defineProperty(crypto, 'randomUUID', {
    configurable: true,
    writable: true,
    value: () => {
      const id = queue.shift();
      if (!id)
        throw new BulkWriteError('The command minted more identifiers than the workload has');
      return id;
    },
  });
  try {
    return await run();
  } finally {
    if (original) Object.defineProperty(crypto, 'randomUUID', original);
    else Reflect.deleteProperty(crypto, 'randomUUID');
  }
}

export async function bulkWrite(
  db: CountersignDb,
  ops: Iterable<WorkloadOp>,
  options: BulkWriteOptions = {},
): Promise<BulkWriteResult> {
  const started = performance.now();
  const chunkSize = options.chunkSize ?? 5000;
  const mintIds = options.mintIds ?? mintIdsBySwappingRandomUuid;

  const members = new Map<string, Member>();
  const initiatives = new Map<string, Initiative>();
  let workspaceId: string | null = null;
  let administratorId: string | null = null;
  let head = { seq: 0, hash: GENESIS_HASH };
  let riskTotal = 0;

  let events: AuditEvent[] = [];
  let newRisks: Risk[] = [];
  let inflight: Promise<void> | null = null;
  let waitMs = 0;
  let written = 0;

  const wait = async (promise: Promise<void> | null) => {
    if (!promise) return;
    const t = performance.now();
    await promise;
    waitMs += performance.now() - t;
  };

  // One transaction in flight while the next chunk is built and hashed.
  const flush = async () => {
    await wait(inflight);
    inflight = null;
    if (events.length === 0 && newRisks.length === 0) return;
    const chunk = { events, risks: newRisks };
    events = [];
    newRisks = [];
    inflight = db
      .transaction('rw', [db.auditEvents, db.risks], async () => {
        if (chunk.risks.length > 0) await db.risks.bulkAdd(chunk.risks);
        await db.auditEvents.bulkAdd(chunk.events);
      })
      .then(() => {
        written += chunk.events.length;
        options.onProgress?.(written);
      });
  };

  /** A real command: everything bulk-built so far is committed first, and the head re-read after. */
  const viaCommand = async <T>(ids: readonly string[], run: () => Promise<T>): Promise<T> => {
    await flush();
    await wait(inflight);
    inflight = null;
    const result = await mintIds(ids, run);
    const last = await db.auditEvents.orderBy('seq').last();
    head = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
    written = head.seq;
    return result;
  };

  const append = (
    at: string,
    actor: string,
    draft: {
      action: string;
      entity: EntityKind;
      entityId: string;
      before: unknown;
      after: unknown;
      reason?: string | null;
    },
  ) => {
    const event = sealEvent({
      seq: head.seq + 1,
      at,
      actor,
      action: draft.action,
      entity: draft.entity,
      entityId: draft.entityId,
      before: toJson(draft.before),
      after: toJson(draft.after),
      reason: draft.reason ?? null,
      prevHash: head.hash,
    });
    events.push(event);
    head = { seq: event.seq, hash: event.hash };
  };

  const authorise = (memberId: string, permission: Permission): Member => {
    const actor = members.get(memberId);
    if (!actor || actor.status !== 'active' || !rolesGrant(actor.roles, permission)) {
      throw new BulkWriteError(`Member ${memberId} may not ${permission}.`);
    }
    return actor;
  };
  const activeMember = (memberId: string, field: string): Member => {
    const member = members.get(memberId);
    if (!member || member.status !== 'active') {
      throw new BulkWriteError(`The ${field} ${memberId} is not an active member.`);
    }
    return member;
  };
  const existingInitiative = (id: string): Initiative => {
    const initiative = initiatives.get(id);
    if (!initiative) throw new BulkWriteError(`Initiative ${id} does not exist.`);
    return initiative;
  };

  for (const op of ops) {
    if (workspaceId === null && op.kind !== 'createWorkspace') {
      throw new BulkWriteError('A workload starts by creating its workspace.');
    }
    const now = () => new Date(op.at);
    // As `execute()`: the commit time is the clock's ISO string.
    const at = now().toISOString();
    switch (op.kind) {
      case 'createWorkspace': {
        if (workspaceId !== null) throw new BulkWriteError('A workspace is created once.');
        const created = await viaCommand([], () => createWorkspace(db, op.input, now));
        workspaceId = created.workspace.id;
        administratorId = created.administrator.id;
        members.set(created.administrator.id, created.administrator);
        break;
      }
      case 'addMember': {
        const member = await viaCommand([op.id], () =>
          execute(db, addMember, op.input, { memberId: op.actorId, now }),
        );
        members.set(member.id, member);
        break;
      }
      case 'setOwnPassphrase': {
        const member = await viaCommand([], () =>
          execute(db, setOwnPassphrase, op.input, { memberId: op.actorId, now }),
        );
        members.set(member.id, member);
        break;
      }
      case 'createInitiative': {
        const input = createInitiativeInput.parse(op.input);
        const actor = authorise(op.actorId, 'initiative.create');
        activeMember(input.ownerId, 'owner');
        const initiative: Initiative = {
          ...input,
          classification: null,
          businessCase: EMPTY_BUSINESS_CASE,
          readiness: EMPTY_READINESS,
          id: op.id,
          stageEnteredAt: at,
          createdAt: at,
          updatedAt: at,
        };
        initiatives.set(initiative.id, initiative);
        append(at, actor.id, {
          action: 'initiative.create',
          entity: 'initiative',
          entityId: initiative.id,
          before: null,
          after: initiative,
        });
        break;
      }
      case 'addRisk': {
        const input = riskFieldsSchema.parse(op.input);
        const actor = authorise(op.actorId, 'risk.manage');
        existingInitiative(input.initiativeId);
        activeMember(input.ownerId, 'owner');
        const risk: Risk = { ...input, id: op.id, createdAt: at, updatedAt: at };
        newRisks.push(risk);
        riskTotal += 1;
        append(at, actor.id, {
          action: 'risk.create',
          entity: 'risk',
          entityId: risk.id,
          before: null,
          after: risk,
        });
        break;
      }
      case 'changeStage': {
        const input = changeStageInput.parse(op.input);
        const actor = authorise(op.actorId, 'initiative.changeStage');
        const before = existingInitiative(input.initiativeId);
        if (before.stage === input.stage) {
          throw new BulkWriteError(`${before.title} is already at stage ${input.stage}.`);
        }
        const after: Initiative = {
          ...before,
          stage: input.stage,
          stageEnteredAt: at,
          updatedAt: at,
        };
        initiatives.set(after.id, after);
        append(at, actor.id, {
          action: 'initiative.changeStage',
          entity: 'initiative',
          entityId: after.id,
          before,
          after,
          reason: input.reason,
        });
        break;
      }
      case 'updateReadiness': {
        const input = updateReadinessInput.parse(op.input);
        const actor = authorise(op.actorId, 'initiative.edit');
        const before = existingInitiative(input.initiativeId);
        for (const gap of GAPS) {
          const ownerId = input.readiness[gap].ownerId;
          if (ownerId !== null && ownerId !== before.readiness[gap].ownerId) {
            activeMember(ownerId, 'owner');
          }
        }
        if (JSON.stringify(before.readiness) === JSON.stringify(input.readiness)) {
          throw new BulkWriteError('Nothing was changed.');
        }
        const after: Initiative = { ...before, readiness: input.readiness, updatedAt: at };
        initiatives.set(after.id, after);
        append(at, actor.id, {
          action: 'initiative.updateReadiness',
          entity: 'initiative',
          entityId: after.id,
          before,
          after,
        });
        break;
      }
      case 'recordSignIn': {
        const input = recordSignInInput.parse(op.input);
        const actor = authorise(op.actorId, 'account.self');
        append(at, actor.id, {
          action: `session.${input.outcome}`,
          entity: 'session',
          entityId: actor.id,
          before: null,
          after: { outcome: input.outcome },
        });
        break;
      }
    }
    if (events.length >= chunkSize) await flush();
  }
  await flush();
  await wait(inflight);
  if (workspaceId === null || administratorId === null) {
    throw new BulkWriteError('The workload created no workspace.');
  }

  // Initiatives in their final state, written once.
  const finals = [...initiatives.values()];
  for (let i = 0; i < finals.length; i += chunkSize) {
    const slice = finals.slice(i, i + chunkSize);
    await wait(
      db
        .transaction('rw', db.initiatives, () => db.initiatives.bulkAdd(slice))
        .then(() => undefined),
    );
  }

  return {
    workspaceId,
    administratorId,
    members: members.size,
    initiatives: initiatives.size,
    risks: riskTotal,
    auditEvents: head.seq,
    head,
    waitMs,
    totalMs: performance.now() - started,
  };
}
