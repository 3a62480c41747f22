import { useLiveQuery } from 'dexie-react-hooks';
import type { Initiative } from '../../../shared/domain/initiative';
import { materialChanges } from '../../../shared/domain/materialFields';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useUi } from '../../state/uiStore';
import { describeValue } from '../../../shared/domain/describeValue';

/** Every recorded change to this initiative, newest first, with material changes spelled out. */
export function InitiativeHistory({ initiative }: { initiative: Initiative }) {
  const { db } = useWorkspace();
  const setView = useUi((s) => s.setView);
  const setAuditFilter = useUi((s) => s.setAuditFilter);
  const events = useLiveQuery(
    () => db.auditEvents.where('entityId').equals(initiative.id).reverse().toArray(),
    [db, initiative.id],
  );
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  const name = (id: string) => members?.find((m) => m.id === id)?.name ?? id;
  if (events === undefined) return <p role="status">Loading…</p>;
  return (
    <div>
      <ol className="history" aria-label={`History of ${initiative.title}`}>
        {events.map((event) => {
          const before = event.before as Initiative | null;
          const after = event.after as Initiative | null;
          const changes =
            before && after && event.action === 'initiative.update'
              ? materialChanges(before, after)
              : [];
          return (
            <li key={event.seq}>
              <p>
                <strong>{event.action}</strong> by {name(event.actor)} on{' '}
                {new Date(event.at).toLocaleString()} (event #{event.seq})
              </p>
              {event.reason && <p>Reason: {event.reason}</p>}
              {changes.length > 0 && (
                <ul>
                  {changes.map((c) => (
                    <li key={c.field}>
                      {c.label}: {describeValue(c.before)} → {describeValue(c.after)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          setAuditFilter({ entityId: initiative.id, entity: '', actor: '', from: '', to: '' });
          setView('audit');
        }}
      >
        Open in the audit trail
      </button>
    </div>
  );
}
