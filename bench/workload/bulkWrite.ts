import type { Table } from 'dexie';
import {
  GENESIS_HASH,
  sealEvent,
  type AuditEvent,
  type EntityKind,
  type JsonValue,
} from '../../shared/audit/auditEvent';
import { EMPTY_BUSINESS_CASE } from '../../shared/domain/businessCase';
import { dateOnly } from '../../shared/domain/calendar';
import { STAGE_LABELS, type Initiative } from '../../shared/domain/initiative';
import { EMPTY_READINESS } from '../../shared/domain/readiness';
import type { Member } from '../../shared/domain/member';
import { rolesGrant, type Permission } from '../../shared/domain/permissions';
import type { Risk } from '../../shared/risk/record';
import { ratingProblem } from '../../shared/risk/scoring';
import type { Workspace } from '../../shared/domain/workspace';
import { decisionProblem } from '../../shared/gates/decisionRules';
import { evaluateGate } from '../../shared/gates/evaluateGate';
import { gateEventSnapshot, type Gate } from '../../shared/gates/gate';
import { segregationProblem } from '../../shared/gates/segregation';
import {
  SIGNOFF_RECORD_KIND,
  meaningOf,
  signoffContentHash,
  type Signoff,
} from '../../shared/gates/signoff';
import { GATED_STAGES, gateForStageChange } from '../../shared/gates/stageRule';
import type { CountersignDb } from '../../renderer/db/database';
import { addMember } from '../../renderer/db/commands/addMember';
import { addRiskInput } from '../../renderer/db/commands/addRisk';
import { certifySignature } from '../../renderer/db/commands/certifySignature';
import { changeStageInput } from '../../renderer/db/commands/changeStage';
import { closeConditionInput } from '../../renderer/db/commands/closeCondition';
import { createInitiativeInput } from '../../renderer/db/commands/createInitiative';
import { createWorkspace } from '../../renderer/db/commands/createWorkspace';
import { execute } from '../../renderer/db/commands/defineCommand';
import { openGateReviewInput } from '../../renderer/db/commands/openGateReview';
import { recordSignInInput } from '../../renderer/db/commands/recordSignIn';
import { recordSignoffInput } from '../../renderer/db/commands/recordSignoff';
import { requireCertified, requireOwnSignature } from '../../renderer/db/commands/requireSignature';
import { setOwnPassphrase } from '../../renderer/db/commands/setOwnPassphrase';
import { updateReadinessInput } from '../../renderer/db/commands/updateReadiness';
import { GAPS } from '../../shared/domain/readiness';
import { stageChangeOf, type StageChange } from '../../shared/dashboard/durations';
import { stageHistoryOf } from '../../shared/dashboard/summary/stageHistory';
import { summarizeWithHistories } from '../../shared/dashboard/summary/summarize';
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
 *   (`createWorkspace`, `addMember`, `setOwnPassphrase`, `certifySignature`),
 *   one transaction each: they are few, and they carry credentials this file
 *   should not imitate. Their identifiers come from the workload through
 *   `mintIds`.
 * - Initiatives, risks, stage changes, readiness updates, sign-in events and
 *   gate reviews (the volume) are built in memory: every input parsed with
 *   the commands' own zod schemas (`createInitiativeInput`, `addRiskInput`,
 *   `changeStageInput`, `updateReadinessInput`, `recordSignInInput`,
 *   `openGateReviewInput`, `recordSignoffInput`, `closeConditionInput`), the
 *   actor authorised with `rolesGrant`, owners and initiatives checked as
 *   `lookups.ts` does, records shaped as the commands shape them, events
 *   sealed with `sealEvent` with `before`/`after` passed through JSON as
 *   `AuditWriter` does.
 * - Gate reviews follow `openGateReview`, `recordSignoff`, `closeCondition`
 *   and `changeStage` check for check: the gate keeps a copy of the
 *   workspace's template; a sign-off is evaluated with `evaluateGate` over
 *   the gate's sign-offs and the initiative's risks as they stand, refused on
 *   `segregationProblem`, `decisionProblem` or a stale reviewed state, and
 *   its signature verified with the command's own `requireOwnSignature`; a
 *   stage change into pilot or production needs `gateForStageChange` to find
 *   a passed gate, and appends `initiative.changeStage` then `gate.use`.
 * - They are written with `bulkAdd`, a chunk of events (and the risks created
 *   in that chunk) per transaction, one transaction in flight while the next
 *   chunk is hashed. Initiatives, gates and sign-offs, which change after
 *   they are created (stage, `usedAt`, condition closures), are written once
 *   at the end in their final state, and so are the Dashboard's summaries
 *   (`summarizeWithHistories`, which `execute()` runs after every command,
 *   over the final records and each initiative's stage changes as sealed).
 *   The final database is identical;
 *   intermediate states are not, so a failed bulk write leaves a partial
 *   database that the caller must delete. Benchmark setup only.
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
  gates: number;
  signoffs: number;
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
  const risksOf = new Map<string, Risk[]>();
  const gates = new Map<string, Gate>();
  const gatesOf = new Map<string, string[]>();
  const signoffs = new Map<string, Signoff>();
  const signoffsOf = new Map<string, string[]>();
  const stageChangesOf = new Map<string, StageChange[]>();
  let workspace: Workspace | null = null;
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
  const existingGate = (id: string): Gate => {
    const gate = gates.get(id);
    if (!gate) throw new BulkWriteError(`Gate review ${id} does not exist.`);
    return gate;
  };
  const listed = <T>(map: Map<string, T[]>, key: string): T[] => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };
  /** As `evaluateInitiativeGates` inside the command's transaction. */
  const evaluate = (gate: Gate, initiative: Initiative, at: string) => {
    if (!workspace) throw new BulkWriteError('A workspace is created first.');
    return evaluateGate({
      gate,
      signoffs: (signoffsOf.get(gate.id) ?? []).flatMap((id) => signoffs.get(id) ?? []),
      initiative,
      risks: risksOf.get(initiative.id) ?? [],
      memberName: (id) => members.get(id)?.name ?? 'Unknown member',
      now: new Date(at),
      approvalValidityMonths: workspace.settings.approvalValidityMonths,
    });
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
        workspace = created.workspace;
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
      case 'certifySignature': {
        const member = await viaCommand([], () =>
          execute(db, certifySignature, op.input, { memberId: op.actorId, now }),
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
        const input = addRiskInput.parse(op.input);
        const actor = authorise(op.actorId, 'risk.manage');
        existingInitiative(input.initiativeId);
        // As `requireValidRisk`: ratings on the workspace matrix, active owners, distinct controls.
        for (const rating of [input.inherent, input.residual]) {
          const problem = workspace && ratingProblem(workspace.settings.riskMatrix, rating);
          if (problem) throw new BulkWriteError(`Inherent or residual rating: ${problem}`);
        }
        activeMember(input.ownerId, 'owner');
        if (new Set(input.controls.map((c) => c.id)).size !== input.controls.length) {
          throw new BulkWriteError('Two controls share an identifier.');
        }
        for (const control of input.controls) activeMember(control.ownerId, 'control owner');
        const risk: Risk = {
          ...input,
          id: op.id,
          lastReviewedAt: at,
          acceptance: null,
          createdAt: at,
          updatedAt: at,
        };
        newRisks.push(risk);
        listed(risksOf, risk.initiativeId).push(risk);
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
        // Only a gated stage needs the gates evaluated: for any other the rule passes without one.
        const evaluations = GATED_STAGES.includes(input.stage)
          ? (gatesOf.get(before.id) ?? []).map((id) => evaluate(existingGate(id), before, at))
          : [];
        const passage = gateForStageChange(
          before.stage,
          input.stage,
          evaluations.map((e) => ({ gate: e.gate, status: e.outcome.status })),
        );
        if (!passage.ok) throw new BulkWriteError(passage.message);
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
        // As the command layer does: the summary's history comes from the sealed event.
        const sealed = events.at(-1);
        const stageChange = sealed && stageChangeOf(sealed);
        if (stageChange) listed(stageChangesOf, after.id).push(stageChange);
        if (passage.gate) {
          const used: Gate = { ...passage.gate, usedAt: at };
          gates.set(used.id, used);
          append(at, actor.id, {
            action: 'gate.use',
            entity: 'gate',
            entityId: used.id,
            before: gateEventSnapshot(passage.gate),
            after: gateEventSnapshot(used),
          });
        }
        break;
      }
      case 'openGateReview': {
        const input = openGateReviewInput.parse(op.input);
        const actor = authorise(op.actorId, 'gate.open');
        const template = workspace?.gateTemplates.find((t) => t.id === input.templateId);
        if (!template) throw new BulkWriteError('That gate template does not exist.');
        const initiative = existingInitiative(input.initiativeId);
        if (!template.fromStages.includes(initiative.stage)) {
          throw new BulkWriteError(
            `“${template.name}” is not opened from ${STAGE_LABELS[initiative.stage]}.`,
          );
        }
        const active = (gatesOf.get(initiative.id) ?? []).some((id) => {
          const g = existingGate(id);
          return g.template.id === template.id && g.withdrawal === null && g.usedAt === null;
        });
        if (active) {
          throw new BulkWriteError(
            `A “${template.name}” review is already open on ${initiative.title}.`,
          );
        }
        const gate: Gate = {
          id: op.id,
          initiativeId: initiative.id,
          // The command stores a copy; nothing here changes a template, so the
          // gates share one object in memory and are copied when written.
          template,
          openedBy: actor.id,
          openedAt: at,
          note: input.note,
          withdrawal: null,
          override: null,
          usedAt: null,
        };
        gates.set(gate.id, gate);
        listed(gatesOf, initiative.id).push(gate.id);
        append(at, actor.id, {
          action: 'gate.open',
          entity: 'gate',
          entityId: gate.id,
          before: null,
          after: gate,
        });
        break;
      }
      case 'recordSignoff': {
        const input = recordSignoffInput.parse(op.input);
        const actor = authorise(op.actorId, 'gate.signoff');
        requireCertified(actor);
        const gate = existingGate(input.gateId);
        const initiative = existingInitiative(gate.initiativeId);
        const evaluation = evaluate(gate, initiative, at);
        const fn = input.decision.function;
        if (gate.withdrawal !== null) throw new BulkWriteError('This review was withdrawn.');
        const requirement = evaluation.requirements.find((r) => r.function === fn);
        if (!requirement) {
          throw new BulkWriteError(`“${gate.template.name}” does not need a ${fn} sign-off.`);
        }
        const current = evaluation.signoffs.filter((v) => v.current);
        const own = current.find(
          (v) => v.signoff.reviewerId === actor.id && v.signoff.function === fn,
        );
        if (
          gate.usedAt !== null &&
          !(own?.standing.stale === true || own?.standing.expired === true)
        ) {
          throw new BulkWriteError('This gate already carried the initiative to its stage.');
        }
        const problem = segregationProblem({
          reviewer: actor,
          fn,
          initiative,
          gate,
          signoffs: current.map((v) => v.signoff),
        });
        if (problem) throw new BulkWriteError(problem);
        if (input.reviewedStateHash !== evaluation.currentStateHash) {
          throw new BulkWriteError(`${initiative.title} changed while it was being reviewed.`);
        }
        const invalid = decisionProblem(input.decision, requirement, dateOnly(new Date(at)));
        if (invalid) throw new BulkWriteError(invalid);
        const conditionIds = new Set(input.decision.conditions.map((c) => c.id));
        if (conditionIds.size !== input.decision.conditions.length) {
          throw new BulkWriteError('Two conditions share an identifier.');
        }
        for (const condition of input.decision.conditions) {
          activeMember(condition.ownerId, 'condition owner');
        }
        if (signoffs.has(input.signoffId)) {
          throw new BulkWriteError('This sign-off was already recorded.');
        }
        const content = {
          ...input.decision,
          gateId: gate.id,
          initiativeId: initiative.id,
          templateId: gate.template.id,
          templateVersion: gate.template.version,
          reviewedStateHash: evaluation.currentStateHash,
        };
        requireOwnSignature(
          actor,
          input.signature,
          {
            recordKind: SIGNOFF_RECORD_KIND,
            recordId: input.signoffId,
            contentHash: signoffContentHash(content),
            meaning: meaningOf(input.decision.decision),
          },
          'sign-off',
        );
        const signoff: Signoff = {
          ...content,
          id: input.signoffId,
          reviewerId: actor.id,
          reviewedState: evaluation.currentState,
          signature: input.signature,
          recordedAt: at,
          closures: {},
        };
        signoffs.set(signoff.id, signoff);
        listed(signoffsOf, gate.id).push(signoff.id);
        append(at, actor.id, {
          action: 'gate.signoff',
          entity: 'signoff',
          entityId: signoff.id,
          before: own?.signoff ?? null,
          after: signoff,
        });
        break;
      }
      case 'closeCondition': {
        const input = closeConditionInput.parse(op.input);
        const actor = authorise(op.actorId, 'condition.close');
        const before = signoffs.get(input.signoffId);
        const condition = before?.conditions.find((c) => c.id === input.conditionId);
        if (!before || !condition) throw new BulkWriteError('That condition does not exist.');
        if (before.closures[condition.id]) {
          throw new BulkWriteError(`“${condition.text}” is already closed.`);
        }
        if (condition.ownerId !== actor.id && !actor.roles.includes('administrator')) {
          throw new BulkWriteError(`Only the owner of “${condition.text}” can close it.`);
        }
        const after: Signoff = {
          ...before,
          closures: {
            ...before.closures,
            [condition.id]: { closedBy: actor.id, closedAt: at, note: input.note },
          },
        };
        signoffs.set(after.id, after);
        append(at, actor.id, {
          action: 'condition.close',
          entity: 'signoff',
          entityId: after.id,
          before,
          after,
          reason: input.note === '' ? null : input.note,
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

  // Initiatives, gates and sign-offs in their final state, written once.
  const writeFinal = async <T>(table: Table<T>, rows: readonly T[]) => {
    for (let i = 0; i < rows.length; i += chunkSize) {
      const slice = rows.slice(i, i + chunkSize);
      await wait(db.transaction('rw', table, () => table.bulkAdd(slice)).then(() => undefined));
    }
  };
  await writeFinal(db.initiatives, [...initiatives.values()]);
  await writeFinal(db.gates, [...gates.values()]);
  await writeFinal(db.signoffs, [...signoffs.values()]);
  // The Dashboard's summaries, computed from the final records by the function the command
  // layer uses after every command, with each initiative's stage history.
  await writeFinal(
    db.initiativeSummaries,
    summarizeWithHistories(
      {
        initiatives: [...initiatives.values()],
        risks: [...risksOf.values()].flat(),
        gates: [...gates.values()],
        signoffs: [...signoffs.values()],
      },
      (id) => stageHistoryOf(stageChangesOf.get(id) ?? []),
    ),
  );

  return {
    workspaceId,
    administratorId,
    members: members.size,
    initiatives: initiatives.size,
    risks: riskTotal,
    gates: gates.size,
    signoffs: signoffs.size,
    auditEvents: head.seq,
    head,
    waitMs,
    totalMs: performance.now() - started,
  };
}
