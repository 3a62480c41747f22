import { STAGE_LABELS, type Stage } from '../domain/initiative';
import {
  GAP_LABELS,
  GAPS,
  READINESS_LABELS,
  type Gap,
  type ReadinessStatus,
} from '../domain/readiness';
import { daysInStage, isStalled } from '../domain/stalled';
import { GATE_STATUS_LABELS, type GateStatus } from '../gates/outcome';
import { REVIEW_FUNCTION_LABELS } from '../gates/functions';
import type { GateStanding } from './gateStanding';
import type { InitiativeSummary } from './summary/record';

/** Where a stalled initiative's way forward stands. */
export interface StalledGate {
  gateId: string | null;
  gateName: string | null;
  /** `none` when no review toward the next stage is open. */
  status: GateStatus | 'none';
  statusLabel: string;
  /** In words: the checklist item or the functions it waits on. */
  blocking: string;
}

export interface StalledItem {
  initiativeId: string;
  title: string;
  stage: Stage;
  businessUnit: string;
  ownerId: string;
  daysInStage: number;
  /** The least-ready of the six gaps (not started before in progress), or null when all are ready. */
  leastReadyGap: { gap: Gap; label: string; status: ReadinessStatus; statusLabel: string } | null;
  gapsNotStarted: number;
  gapsOpen: number;
  gate: StalledGate;
}

const NEXT_STAGE: Partial<Record<Stage, Stage>> = {
  'proof-of-concept': 'pilot',
  pilot: 'production',
};

/**
 * The review that would move the initiative on: the newest one not withdrawn,
 * not yet used, that starts from its current stage.
 */
export function gateTowardNextStage(
  initiative: Pick<InitiativeSummary, 'stage'>,
  gates: readonly GateStanding[],
): GateStanding | null {
  let best: GateStanding | null = null;
  for (const entry of gates) {
    const { gate } = entry;
    if (gate.usedAt !== null) continue;
    if (!gate.fromStages.includes(initiative.stage)) continue;
    if (!best || gate.openedAt > best.gate.openedAt) best = entry;
  }
  return best;
}

/**
 * What blocks a gate, in one sentence: for a rejection or a request for
 * changes, the first checklist item the reviewer marked "not met" (or the
 * decision itself when none was); otherwise the outcome's own explanation.
 */
export function blockingReason(entry: GateStanding): string {
  const { outcome } = entry;
  if (outcome.status === 'blocked' || outcome.status === 'changes-requested') {
    const decision = outcome.status === 'blocked' ? 'reject' : 'request-changes';
    const required = new Set(entry.gate.requirements.map((r) => r.function));
    const view = entry.signoffs.find(
      (v) =>
        !v.standing.stale &&
        !v.standing.expired &&
        v.facts.decision === decision &&
        required.has(v.facts.function),
    );
    if (view) {
      const who = `${REVIEW_FUNCTION_LABELS[view.facts.function]} (${view.standing.reviewerName})`;
      if (view.facts.notMet !== null) return `${who}: not met — ${view.facts.notMet}`;
      return decision === 'reject' ? `Rejected by ${who}.` : `${who} asked for changes.`;
    }
  }
  if (outcome.status === 'passed' || outcome.status === 'overridden') {
    return `${outcome.status === 'passed' ? 'Passed' : 'Overridden'}: the stage can be changed.`;
  }
  return outcome.explanation.join(' ');
}

function gateSummary(
  initiative: Pick<InitiativeSummary, 'stage'>,
  gates: readonly GateStanding[],
): StalledGate {
  const entry = gateTowardNextStage(initiative, gates);
  if (!entry) {
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
    gateId: entry.gate.id,
    gateName: entry.gate.name,
    status: entry.outcome.status,
    statusLabel: GATE_STATUS_LABELS[entry.outcome.status],
    blocking: blockingReason(entry),
  };
}

/**
 * Initiatives past the workspace's stalled threshold in proof of concept or
 * pilot (`isStalled`), longest in stage first, each with its least-ready gap
 * and what its next gate waits on.
 */
export function stalledInitiatives(
  initiatives: readonly InitiativeSummary[],
  gatesByInitiative: ReadonlyMap<string, readonly GateStanding[]>,
  now: Date,
  stalledAfterDays: number,
): StalledItem[] {
  const items: StalledItem[] = [];
  for (const initiative of initiatives) {
    if (!isStalled(initiative, now, stalledAfterDays)) continue;
    const least = initiative.openGaps[0];
    items.push({
      initiativeId: initiative.initiativeId,
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
              status: initiative.readiness[least],
              statusLabel: READINESS_LABELS[initiative.readiness[least]],
            },
      gapsNotStarted: GAPS.filter((g) => initiative.readiness[g] === 'not-started').length,
      gapsOpen: initiative.openGaps.length,
      gate: gateSummary(initiative, gatesByInitiative.get(initiative.initiativeId) ?? []),
    });
  }
  return items.sort((a, b) => b.daysInStage - a.daysInStage || a.title.localeCompare(b.title));
}
