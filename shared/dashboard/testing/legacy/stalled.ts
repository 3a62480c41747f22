/**
 * Stalled detection over whole initiatives and gate evaluations, as it was
 * before summaries (commit d2f04f9): the oracle of `summaryEquivalence.test.ts`.
 * Test support only.
 */
import { STAGE_LABELS, type Initiative, type Stage } from '../../../domain/initiative';
import { GAP_LABELS, GAPS, READINESS_LABELS, openGaps } from '../../../domain/readiness';
import { daysInStage, isStalled } from '../../../domain/stalled';
import type { GateEvaluation } from '../../../gates/evaluateGate';
import { REVIEW_FUNCTION_LABELS } from '../../../gates/functions';
import { GATE_STATUS_LABELS } from '../../../gates/outcome';
import type { EvaluatedGate } from '../../gateState';
import type { StalledGate, StalledItem } from '../../stalled';

const NEXT_STAGE: Partial<Record<Stage, Stage>> = {
  'proof-of-concept': 'pilot',
  pilot: 'production',
};

/**
 * The review that would move the initiative on: the newest one not withdrawn,
 * not yet used, that starts from its current stage.
 */
export function gateTowardNextStage(
  initiative: Pick<Initiative, 'stage'>,
  gates: readonly EvaluatedGate[],
): GateEvaluation | null {
  let best: GateEvaluation | null = null;
  for (const { evaluation } of gates) {
    const { gate } = evaluation;
    if (gate.withdrawal !== null || gate.usedAt !== null) continue;
    if (!gate.template.fromStages.includes(initiative.stage)) continue;
    if (!best || gate.openedAt > best.gate.openedAt) best = evaluation;
  }
  return best;
}

/**
 * What blocks a gate, in one sentence: for a rejection or a request for
 * changes, the first checklist item the reviewer marked "not met" (or the
 * decision itself when none was); otherwise the outcome's own explanation.
 */
export function blockingReason(evaluation: GateEvaluation): string {
  const { outcome } = evaluation;
  if (outcome.status === 'blocked' || outcome.status === 'changes-requested') {
    const decision = outcome.status === 'blocked' ? 'reject' : 'request-changes';
    const required = new Set(evaluation.requirements.map((r) => r.function));
    const view = evaluation.signoffs.find(
      (v) =>
        v.current &&
        !v.standing.stale &&
        !v.standing.expired &&
        v.signoff.decision === decision &&
        required.has(v.signoff.function),
    );
    if (view) {
      const { signoff } = view;
      const who = `${REVIEW_FUNCTION_LABELS[signoff.function]} (${view.standing.reviewerName})`;
      const items =
        evaluation.requirements.find((r) => r.function === signoff.function)?.items ?? [];
      for (const answer of signoff.answers) {
        if (answer.answer !== 'not-met') continue;
        const item = items.find((i) => i.id === answer.itemId);
        if (item) return `${who}: not met — ${item.text}`;
      }
      return decision === 'reject' ? `Rejected by ${who}.` : `${who} asked for changes.`;
    }
  }
  if (outcome.status === 'passed' || outcome.status === 'overridden') {
    return `${outcome.status === 'passed' ? 'Passed' : 'Overridden'}: the stage can be changed.`;
  }
  return outcome.explanation.join(' ');
}

function gateSummary(initiative: Initiative, gates: readonly EvaluatedGate[]): StalledGate {
  const evaluation = gateTowardNextStage(initiative, gates);
  if (!evaluation) {
    const next = NEXT_STAGE[initiative.stage];
    return {
      gateId: null,
      gateName: null,
      status: 'none',
      statusLabel: 'No review open',
      blocking: next
        ? `No gate review opened to move to ${STAGE_LABELS[next]}.`
        : 'No gate review opened.',
    };
  }
  return {
    gateId: evaluation.gate.id,
    gateName: evaluation.gate.template.name,
    status: evaluation.outcome.status,
    statusLabel: GATE_STATUS_LABELS[evaluation.outcome.status],
    blocking: blockingReason(evaluation),
  };
}

/**
 * Initiatives past the workspace's stalled threshold in proof of concept or
 * pilot (`isStalled`), longest in stage first, each with its least-ready gap
 * and what its next gate waits on.
 */
export function stalledInitiatives(
  initiatives: readonly Initiative[],
  gatesByInitiative: ReadonlyMap<string, readonly EvaluatedGate[]>,
  now: Date,
  stalledAfterDays: number,
): StalledItem[] {
  const items: StalledItem[] = [];
  for (const initiative of initiatives) {
    if (!isStalled(initiative, now, stalledAfterDays)) continue;
    const open = openGaps(initiative.readiness);
    const least = open[0];
    items.push({
      initiativeId: initiative.id,
      title: initiative.title,
      stage: initiative.stage,
      businessUnit: initiative.businessUnit,
      ownerId: initiative.ownerId,
      daysInStage: daysInStage(initiative.stageEnteredAt, now),
      leastReadyGap:
        least === undefined
          ? null
          : {
              gap: least,
              label: GAP_LABELS[least],
              status: initiative.readiness[least].status,
              statusLabel: READINESS_LABELS[initiative.readiness[least].status],
            },
      gapsNotStarted: GAPS.filter((g) => initiative.readiness[g].status === 'not-started').length,
      gapsOpen: open.length,
      gate: gateSummary(initiative, gatesByInitiative.get(initiative.id) ?? []),
    });
  }
  return items.sort((a, b) => b.daysInStage - a.daysInStage || a.title.localeCompare(b.title));
}
