import { workingDaysBetween } from '../domain/calendar';
import type { Stage } from '../domain/initiative';
import type { Role } from '../domain/roles';
import type { GateEvaluation } from './evaluateGate';
import { FUNCTION_ROLES, type ReviewFunction } from './functions';
import { segregationProblem } from './segregation';

export type QueueReason = 'awaiting' | 'stale' | 'expired';

export const QUEUE_REASON_LABELS: Record<QueueReason, string> = {
  awaiting: 'Awaiting your review',
  stale: 'Changed since you signed',
  expired: 'Your approval expired',
};

export interface QueueItem {
  gateId: string;
  initiativeId: string;
  initiativeTitle: string;
  gateName: string;
  function: ReviewFunction;
  reason: QueueReason;
  /** When the wait started: the review opening, or the sign-off that went stale or expired. */
  since: string;
  ageWorkingDays: number;
  targetWorkingDays: number;
  overdue: boolean;
}

/**
 * A reviewer's queue, oldest first: gates still needing their function's
 * sign-off that they may give, and gates where their own sign-off went stale
 * or expired. A function whose quorum is already met by others is not asked.
 */
export function reviewQueue(input: {
  member: { id: string; name: string; roles: readonly Role[] };
  gates: readonly {
    evaluation: GateEvaluation;
    initiative: { id: string; title: string; ownerId: string; sponsor: string; stage: Stage };
  }[];
  now: Date;
  targetWorkingDays: number;
}): QueueItem[] {
  const { member, now, targetWorkingDays } = input;
  const nowIso = now.toISOString();
  const items: QueueItem[] = [];
  for (const { evaluation, initiative } of input.gates) {
    const { gate, outcome } = evaluation;
    if (gate.withdrawal !== null) continue;
    // A spent gate matters again only if it carried the initiative into the stage it is in:
    // in production, a change asks for Go live again, not for Enter pilot too.
    if (gate.usedAt !== null && gate.template.toStage !== initiative.stage) continue;
    const current = evaluation.signoffs.filter((view) => view.current);
    for (const requirement of evaluation.requirements) {
      const fn = requirement.function;
      if (!member.roles.includes(FUNCTION_ROLES[fn])) continue;
      const own = current.find(
        (v) => v.signoff.reviewerId === member.id && v.signoff.function === fn,
      );
      const asked = queueReason({
        own: own && { ...own.standing, recordedAt: own.signoff.recordedAt },
        openedAt: gate.openedAt,
        open: gate.usedAt === null && gate.override === null,
        functionMet: outcome.functions.find((f) => f.function === fn)?.met,
      });
      if (asked === null) continue;
      const { reason, since } = asked;
      const problem = segregationProblem({
        reviewer: member,
        fn,
        initiative,
        gate,
        signoffs: current.map((v) => v.signoff),
      });
      if (problem !== null) continue;
      const ageWorkingDays = workingDaysBetween(since, nowIso);
      items.push({
        gateId: gate.id,
        initiativeId: initiative.id,
        initiativeTitle: initiative.title,
        gateName: gate.template.name,
        function: fn,
        reason,
        since,
        ageWorkingDays,
        targetWorkingDays,
        overdue: ageWorkingDays > targetWorkingDays,
      });
    }
  }
  return items.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

/**
 * Why a reviewer is asked for a function's sign-off on a gate, and since when,
 * or null: their own current sign-off went stale or expired, or they have not
 * signed a gate still open whose function is not yet met. One rule for the
 * queue over whole records and the Dashboard's over summaries.
 */
export function queueReason(input: {
  /** The reviewer's own current sign-off for the function, if any. */
  own: { stale: boolean; expired: boolean; recordedAt: string } | undefined;
  openedAt: string;
  /** Neither used to change stage nor overridden. */
  open: boolean;
  /** Whether the function's requirement is met; undefined when the gate has no status for it. */
  functionMet: boolean | undefined;
}): { reason: QueueReason; since: string } | null {
  const { own } = input;
  if (own?.stale) return { reason: 'stale', since: own.recordedAt };
  if (own?.expired) return { reason: 'expired', since: own.recordedAt };
  if (!own && input.open && input.functionMet === false) {
    return { reason: 'awaiting', since: input.openedAt };
  }
  return null;
}
