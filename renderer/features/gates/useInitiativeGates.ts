import { useLiveQuery } from 'dexie-react-hooks';
import type { Initiative } from '../../../shared/domain/initiative';
import type { Member } from '../../../shared/domain/member';
import { evaluateGate, type GateEvaluation } from '../../../shared/gates/evaluateGate';
import { dateOnly } from '../../../shared/domain/calendar';
import type { Risk } from '../../../shared/risk/record';
import { riskStanding } from '../../../shared/risk/standing';
import { useWorkspace } from '../../app/WorkspaceContext';

export interface InitiativeGates {
  evaluations: GateEvaluation[];
  members: Map<string, Member>;
  /** Open high or critical residual risks with nothing treating them: they count against readiness. */
  untreatedRisks: Risk[];
}

/**
 * The initiative's gates, evaluated against its current state, newest first.
 * Re-evaluates whenever a gate, sign-off, risk, member or the initiative
 * itself changes, so staleness shows the moment a material field is saved.
 */
export function useInitiativeGates(initiative: Initiative): InitiativeGates | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const [workspace, gates, signoffs, risks, members] = await Promise.all([
      db.workspace.toCollection().first(),
      db.gates.where('initiativeId').equals(initiative.id).toArray(),
      db.signoffs.where('initiativeId').equals(initiative.id).toArray(),
      db.risks.where('initiativeId').equals(initiative.id).toArray(),
      db.members.toArray(),
    ]);
    const byId = new Map(members.map((m) => [m.id, m]));
    const now = new Date();
    const evaluations = gates
      .sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1))
      .map((gate) =>
        evaluateGate({
          gate,
          signoffs: signoffs.filter((s) => s.gateId === gate.id),
          initiative,
          risks,
          memberName: (id) => byId.get(id)?.name ?? 'Unknown member',
          now,
          approvalValidityMonths: workspace?.settings.approvalValidityMonths ?? 12,
        }),
      );
    const today = dateOnly(now);
    const untreatedRisks = workspace
      ? risks.filter((risk) => riskStanding(risk, workspace.settings, today).untreated)
      : [];
    return { evaluations, members: byId, untreatedRisks };
  }, [db, initiative]);
}
