import { useLiveQuery } from 'dexie-react-hooks';
import { dateOnly } from '../../../shared/domain/calendar';
import type { Member } from '../../../shared/domain/member';
import { conditionsOf, type ConditionView } from '../../../shared/gates/conditions';
import { evaluateGate } from '../../../shared/gates/evaluateGate';
import { currentSignoffs } from '../../../shared/gates/outcome';
import { reviewQueue, type QueueItem } from '../../../shared/gates/reviewQueue';
import { useWorkspace } from '../../app/WorkspaceContext';

export interface MyWork {
  queue: QueueItem[];
  /** Open conditions the member owns, overdue first, with the initiative's title. */
  conditions: (ConditionView & { initiativeTitle: string })[];
  members: Map<string, Member>;
}

/**
 * The signed-in member's review queue and open conditions, live. Only gates
 * not withdrawn are read, with the sign-offs, initiatives and risks they need.
 */
export function useMyWork(member: Member): MyWork | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const [workspace, gates, members] = await Promise.all([
      db.workspace.toCollection().first(),
      db.gates.filter((g) => g.withdrawal === null).toArray(),
      db.members.toArray(),
    ]);
    const initiativeIds = [...new Set(gates.map((g) => g.initiativeId))];
    const [initiatives, signoffs, risks] = await Promise.all([
      db.initiatives.bulkGet(initiativeIds),
      db.signoffs.where('initiativeId').anyOf(initiativeIds).toArray(),
      db.risks.where('initiativeId').anyOf(initiativeIds).toArray(),
    ]);
    const byId = new Map(members.map((m) => [m.id, m]));
    const initiativeById = new Map(initiatives.flatMap((i) => (i ? [[i.id, i] as const] : [])));
    const now = new Date();
    const evaluated = gates.flatMap((gate) => {
      const initiative = initiativeById.get(gate.initiativeId);
      if (!initiative) return [];
      const evaluation = evaluateGate({
        gate,
        signoffs: signoffs.filter((s) => s.gateId === gate.id),
        initiative,
        risks: risks.filter((r) => r.initiativeId === initiative.id),
        memberName: (id) => byId.get(id)?.name ?? 'Unknown member',
        now,
        approvalValidityMonths: workspace?.settings.approvalValidityMonths ?? 12,
      });
      return [{ evaluation, initiative }];
    });
    const queue = reviewQueue({
      member,
      gates: evaluated,
      now,
      targetWorkingDays: workspace?.settings.reviewResponseDays ?? 10,
    });
    const today = dateOnly(now);
    const conditions = conditionsOf(currentSignoffs(signoffs), today)
      .filter((c) => c.ownerId === member.id && c.closure === null)
      .map((c) => ({ ...c, initiativeTitle: initiativeById.get(c.initiativeId)?.title ?? '' }))
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
    return { queue, conditions, members: byId };
  }, [db, member]);
}
