import { STAGE_LABELS, type Stage } from '../domain/initiative';
import type { Gate } from './gate';
import type { GateStatus } from './outcome';

/** Stages an initiative enters only through a passed (or overridden) gate. */
export const GATED_STAGES: readonly Stage[] = ['pilot', 'production'];

/**
 * The gate that lets an initiative from `fromStage` into `toStage`, or why
 * there is none. A gate serves one stage change from one of its starting
 * stages: once used it cannot carry the initiative in again after it moved back.
 */
export function gateForStageChange(
  fromStage: Stage,
  toStage: Stage,
  gates: readonly { gate: Gate; status: GateStatus }[],
): { ok: true; gate: Gate | null } | { ok: false; message: string } {
  if (!GATED_STAGES.includes(toStage)) return { ok: true, gate: null };
  // A gate opens the way from its own starting stages only: no skipping pilot.
  const candidates = gates.filter(
    ({ gate }) =>
      gate.template.toStage === toStage &&
      gate.template.fromStages.includes(fromStage) &&
      gate.usedAt === null,
  );
  const passed = candidates.find(({ status }) => status === 'passed' || status === 'overridden');
  if (passed) return { ok: true, gate: passed.gate };
  const open = candidates.find(({ status }) => status !== 'withdrawn');
  const target = STAGE_LABELS[toStage];
  if (open) {
    return {
      ok: false,
      message: `Moving to ${target} needs the “${open.gate.template.name}” gate to pass first; it is ${open.status.replace('-', ' ')}.`,
    };
  }
  return {
    ok: false,
    message: `Moving to ${target} needs a passed gate review. Open one from the Gates tab.`,
  };
}
