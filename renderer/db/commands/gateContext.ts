import { evaluateGate, type GateEvaluation } from '../../../shared/gates/evaluateGate';
import type { Gate } from '../../../shared/gates/gate';
import type { Initiative } from '../../../shared/domain/initiative';
import type { Workspace } from '../../../shared/domain/workspace';
import type { CountersignDb } from '../database';
import { CommandError } from './commandError';
import { requireInitiative } from './lookups';

export async function requireWorkspace(db: CountersignDb): Promise<Workspace> {
  const workspace = await db.workspace.toCollection().first();
  if (!workspace) throw new CommandError('not-found', 'This workspace has no settings row.');
  return workspace;
}

export async function requireGate(db: CountersignDb, gateId: string): Promise<Gate> {
  const gate = await db.gates.get(gateId);
  if (!gate)
    throw new CommandError('not-found', 'That gate review does not exist in this workspace.');
  return gate;
}

/**
 * Evaluates gates of one initiative from inside a command's transaction (it
 * must include gates, sign-offs, risks, members and the workspace).
 */
export async function evaluateInitiativeGates(
  db: CountersignDb,
  initiative: Initiative,
  now: Date,
  gates?: readonly Gate[],
): Promise<GateEvaluation[]> {
  const [workspace, stored, signoffs, risks, members] = await Promise.all([
    requireWorkspace(db),
    gates ?? db.gates.where('initiativeId').equals(initiative.id).toArray(),
    db.signoffs.where('initiativeId').equals(initiative.id).toArray(),
    db.risks.where('initiativeId').equals(initiative.id).toArray(),
    db.members.toArray(),
  ]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  return stored.map((gate) =>
    evaluateGate({
      gate,
      signoffs: signoffs.filter((s) => s.gateId === gate.id),
      initiative,
      risks,
      memberName: (id) => names.get(id) ?? 'Unknown member',
      now,
      approvalValidityMonths: workspace.settings.approvalValidityMonths,
    }),
  );
}

/** A gate with its initiative and evaluation, or a refusal a person can read. */
export async function loadGate(db: CountersignDb, gateId: string, now: Date) {
  const gate = await requireGate(db, gateId);
  const initiative = await requireInitiative(db, gate.initiativeId);
  const [evaluation] = await evaluateInitiativeGates(db, initiative, now, [gate]);
  if (!evaluation) throw new CommandError('failed', 'The gate could not be evaluated.');
  return { gate, initiative, evaluation };
}
