import { workingDaysBetween } from '../domain/calendar';
import type { Role } from '../domain/roles';
import { FUNCTION_ROLES } from '../gates/functions';
import { queueReason, type QueueItem } from '../gates/reviewQueue';
import { segregationProblem } from '../gates/segregation';
import type { GateStanding } from './gateStanding';

/**
 * A reviewer's "My reviews" queue over gate summaries: the rules of
 * `reviewQueue` (shared/gates/reviewQueue.ts), which takes whole gate
 * evaluations, applied to what the summary keeps. `summaryEquivalence.test.ts`
 * holds the two to the same answers.
 */
export function reviewerQueue(input: {
  member: { id: string; name: string; roles: readonly Role[] };
  gates: readonly GateStanding[];
  now: Date;
  targetWorkingDays: number;
}): QueueItem[] {
  const { member, now, targetWorkingDays } = input;
  const nowIso = now.toISOString();
  const items: QueueItem[] = [];
  for (const { gate, initiative, outcome, signoffs } of input.gates) {
    // A spent gate matters again only if it carried the initiative into the stage it is in.
    if (gate.usedAt !== null && gate.toStage !== initiative.stage) continue;
    for (const requirement of gate.requirements) {
      const fn = requirement.function;
      if (!member.roles.includes(FUNCTION_ROLES[fn])) continue;
      const own = signoffs.find((v) => v.facts.reviewerId === member.id && v.facts.function === fn);
      const asked = queueReason({
        own: own && { ...own.standing, recordedAt: own.facts.recordedAt },
        openedAt: gate.openedAt,
        open: gate.usedAt === null && !gate.overridden,
        functionMet: outcome.functions.find((f) => f.function === fn)?.met,
      });
      if (asked === null) continue;
      const { reason, since } = asked;
      const problem = segregationProblem({
        reviewer: member,
        fn,
        initiative,
        gate: {
          openedBy: gate.openedBy,
          template: { allowOneSignerForSeveralFunctions: gate.allowOneSignerForSeveralFunctions },
        },
        signoffs: signoffs.map((v) => v.facts),
      });
      if (problem !== null) continue;
      const ageWorkingDays = workingDaysBetween(since, nowIso);
      items.push({
        gateId: gate.id,
        initiativeId: initiative.initiativeId,
        initiativeTitle: initiative.title,
        gateName: gate.name,
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
