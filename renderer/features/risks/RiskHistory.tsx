import { useLiveQuery } from 'dexie-react-hooks';
import type { Risk } from '../../../shared/risk/record';
import { useWorkspace } from '../../app/WorkspaceContext';
import { riskActionLabel, riskChanges, type StoredRisk } from './riskHistory';

/** Every recorded change to one risk, newest first: who, when, what changed and why. */
export function RiskHistory(props: { risk: Risk; memberName: (id: string) => string }) {
  const { risk, memberName } = props;
  const { db } = useWorkspace();
  const events = useLiveQuery(
    () => db.auditEvents.where('entityId').equals(risk.id).reverse().toArray(),
    [db, risk.id],
  );
  if (events === undefined) return <p role="status">Loading history…</p>;
  if (events.length === 0) return <p className="muted">No recorded changes.</p>;
  return (
    <ol className="history" aria-label={`History of ${risk.title}`}>
      {events.map((event) => {
        const changes =
          event.action === 'risk.create'
            ? []
            : riskChanges(
                event.before as StoredRisk | null,
                event.after as StoredRisk | null,
                memberName,
              );
        return (
          <li key={event.seq}>
            <p>
              <strong>{riskActionLabel(event.action)}</strong> by {memberName(event.actor)} on{' '}
              <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>
            </p>
            {event.reason && <p>Reason: {event.reason}</p>}
            {changes.length > 0 && (
              <ul className="change-list">
                {changes.map((change) => (
                  <li key={change.key}>
                    {change.label}: {change.before} → {change.after}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
