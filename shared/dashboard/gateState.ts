import type { Initiative } from '../domain/initiative';
import type { GateEvaluation, SignoffView } from '../gates/evaluateGate';
import type { Gate } from '../gates/gate';
import { currentSignoffs, gateOutcome, isApprovalExpired } from '../gates/outcome';
import { resolveRequirements } from '../gates/requirements';
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

const newestFirst = (a: Signoff, b: Signoff) =>
  a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0;

/**
 * A gate evaluated as `evaluateGate` does it (same requirements, standings,
 * current sign-offs and outcome; a test holds the two together), with two
 * differences that matter at portfolio scale: the initiative's current state
 * and its hash are computed once and shared by all its gates, and the
 * field-by-field `changes` of a stale sign-off are not worked out (the
 * dashboard counts stale sign-offs; the Gates tab shows what changed), so
 * they are always empty here.
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
  const { gate, initiative, now, currentStateHash } = input;
  const requirements = resolveRequirements(gate.template, initiative.classification?.tier ?? null);
  const current = new Set(currentSignoffs(input.signoffs).map((s) => s.id));
  const views = [...input.signoffs].sort(newestFirst).map((signoff): SignoffView => ({
    signoff,
    current: current.has(signoff.id),
    changes: [],
    standing: {
      id: signoff.id,
      function: signoff.function,
      reviewerId: signoff.reviewerId,
      reviewerName: input.memberName(signoff.reviewerId),
      decision: signoff.decision,
      stale: signoff.reviewedStateHash !== currentStateHash,
      expired: isApprovalExpired(signoff, initiative.stage, input.approvalValidityMonths, now),
      openConditions: signoff.conditions.filter((c) => signoff.closures[c.id] === undefined).length,
    },
  }));
  const outcome = gateOutcome({
    requirements,
    signoffs: views.filter((v) => v.current).map((v) => v.standing),
    overridden: gate.override !== null,
    withdrawn: gate.withdrawal !== null,
  });
  return {
    gate,
    requirements,
    outcome,
    signoffs: views,
    currentState: input.currentState,
    currentStateHash,
  };
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
