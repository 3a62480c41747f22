import type { Initiative } from '../domain/initiative';
import { evaluateGate, type GateEvaluation } from '../gates/evaluateGate';
import type { Gate } from '../gates/gate';
import { reviewedState, reviewedStateHash, type ReviewedState } from '../gates/reviewedState';
import type { Signoff } from '../gates/signoff';
import type { Risk } from '../risk/record';

export interface EvaluatedGate {
  evaluation: GateEvaluation;
  initiative: Initiative;
}

/** Groups rows by a key in one pass. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * A gate evaluated by `evaluateGate` with the initiative's current state and
 * hash computed once and shared by all its gates, and without working out the
 * field-by-field changes of stale sign-offs (the dashboard counts them; the
 * Gates tab shows what changed).
 */
export function evaluateGateWithState(input: {
  gate: Gate;
  signoffs: readonly Signoff[];
  initiative: Initiative;
  currentState: ReviewedState;
  currentStateHash: string;
  memberName: (id: string) => string;
  now: Date;
  approvalValidityMonths: number;
}): GateEvaluation {
  const { currentState, currentStateHash, ...rest } = input;
  return evaluateGate({
    ...rest,
    risks: [],
    state: { currentState, currentStateHash },
    describeChanges: false,
  });
}

/**
 * Every gate review not withdrawn, evaluated (`evaluateGateWithState`), keyed
 * by initiative, newest first. Withdrawn reviews are left out: nothing waits
 * on them and they block nothing. Gates of an initiative that is not in the
 * list are skipped. Each initiative's state is hashed once, and only when one
 * of its gates has a sign-off to compare it with.
 */
export function evaluateGates(input: {
  gates: readonly Gate[];
  signoffs: readonly Signoff[];
  initiativeById: ReadonlyMap<string, Initiative>;
  risksByInitiative: ReadonlyMap<string, readonly Risk[]>;
  memberName: (id: string) => string;
  now: Date;
  approvalValidityMonths: number;
}): Map<string, EvaluatedGate[]> {
  const signoffsByGate = groupBy(input.signoffs, (s) => s.gateId);
  const gatesByInitiative = groupBy(
    input.gates.filter((g) => g.withdrawal === null && input.initiativeById.has(g.initiativeId)),
    (g) => g.initiativeId,
  );
  const result = new Map<string, EvaluatedGate[]>();
  for (const [initiativeId, gates] of gatesByInitiative) {
    const initiative = input.initiativeById.get(initiativeId);
    if (!initiative) continue;
    const currentState = reviewedState(initiative, input.risksByInitiative.get(initiativeId) ?? []);
    const signed = gates.some((g) => (signoffsByGate.get(g.id)?.length ?? 0) > 0);
    // With no sign-off to compare against, the hash would never be read.
    const currentStateHash = signed ? reviewedStateHash(currentState) : '';
    const evaluated = gates.map((gate): EvaluatedGate => ({
      initiative,
      evaluation: evaluateGateWithState({
        gate,
        signoffs: signoffsByGate.get(gate.id) ?? [],
        initiative,
        currentState,
        currentStateHash,
        memberName: input.memberName,
        now: input.now,
        approvalValidityMonths: input.approvalValidityMonths,
      }),
    }));
    evaluated.sort((a, b) =>
      a.evaluation.gate.openedAt < b.evaluation.gate.openedAt
        ? 1
        : a.evaluation.gate.openedAt > b.evaluation.gate.openedAt
          ? -1
          : 0,
    );
    result.set(initiativeId, evaluated);
  }
  return result;
}
