import { useLiveQuery } from 'dexie-react-hooks';
import { dateOnly } from '../../../shared/domain/calendar';
import { conditionsOf } from '../../../shared/gates/conditions';
import { currentSignoffs } from '../../../shared/gates/outcome';
import { useWorkspace } from '../../app/WorkspaceContext';

/** Flags an initiative whose approvals carry conditions past their due date. */
export function OverdueConditionsBadge({ initiativeId }: { initiativeId: string }) {
  const { db } = useWorkspace();
  const overdue = useLiveQuery(async () => {
    const signoffs = await db.signoffs.where('initiativeId').equals(initiativeId).toArray();
    return conditionsOf(currentSignoffs(signoffs), dateOnly(new Date())).filter((c) => c.overdue)
      .length;
  }, [db, initiativeId]);
  if (!overdue) return null;
  return (
    <span className="badge badge-error">
      {overdue === 1 ? '1 overdue condition' : `${String(overdue)} overdue conditions`}
    </span>
  );
}
