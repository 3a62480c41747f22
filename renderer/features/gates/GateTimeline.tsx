import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../shared/domain/member';
import type { GateEvaluation } from '../../../shared/gates/evaluateGate';
import { useWorkspace } from '../../app/WorkspaceContext';

const ACTION_LABELS: Record<string, string> = {
  'gate.open': 'Review opened',
  'gate.signoff': 'Sign-off recorded',
  'condition.close': 'Condition closed',
  'gate.override': 'Overridden by an administrator',
  'gate.withdraw': 'Review withdrawn',
  'gate.use': 'Stage changed through this gate',
};

/** The gate's events from the audit trail, oldest first: what happened, who, when. */
export function GateTimeline({
  evaluation,
  members,
}: {
  evaluation: GateEvaluation;
  members: Map<string, Member>;
}) {
  const { db } = useWorkspace();
  const ids = [evaluation.gate.id, ...evaluation.signoffs.map((v) => v.signoff.id)];
  const events = useLiveQuery(
    () => db.auditEvents.where('entityId').anyOf(ids).sortBy('seq'),
    [db, ids.join('|')],
  );
  if (!events) return <p role="status">Loading…</p>;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.seq}>
          <time dateTime={event.at}>
            {new Date(event.at).toLocaleString(undefined, { timeZoneName: 'short' })}
          </time>{' '}
          {ACTION_LABELS[event.action] ?? event.action} by{' '}
          {members.get(event.actor)?.name ?? event.actor}
          {event.reason && <span className="muted"> — {event.reason}</span>}
          <span className="muted"> (event {event.seq})</span>
        </li>
      ))}
    </ol>
  );
}
