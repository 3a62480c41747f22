import type { Condition, ConditionClosure, Signoff } from './signoff';

export interface ConditionView extends Condition {
  signoffId: string;
  gateId: string;
  initiativeId: string;
  closure: ConditionClosure | null;
  overdue: boolean;
}

/** The conditions of current sign-offs, each with its closure and whether it is overdue. */
export function conditionsOf(signoffs: readonly Signoff[], today: string): ConditionView[] {
  return signoffs.flatMap((signoff) =>
    signoff.conditions.map((condition) => {
      const closure = signoff.closures[condition.id] ?? null;
      return {
        ...condition,
        signoffId: signoff.id,
        gateId: signoff.gateId,
        initiativeId: signoff.initiativeId,
        closure,
        overdue: closure === null && condition.dueOn < today,
      };
    }),
  );
}
