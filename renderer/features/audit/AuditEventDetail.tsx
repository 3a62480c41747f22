import { useLiveQuery } from 'dexie-react-hooks';
import { ENTITY_LABELS } from '../../../shared/audit/auditEvent';
import { useWorkspace } from '../../app/WorkspaceContext';

interface Props {
  seq: number;
  memberName: ReadonlyMap<string, string>;
  /** Changes when the stored event must be read again. */
  refresh: number;
  onClose: () => void;
}

/** Everything recorded about one event, including the before and after snapshots. */
export function AuditEventDetail({ seq, memberName, refresh, onClose }: Props) {
  const { db } = useWorkspace();
  const event = useLiveQuery(
    async () => (await db.auditEvents.get(seq)) ?? null,
    [db, seq, refresh],
  );
  return (
    <aside aria-labelledby="event-detail-heading" className="card event-detail">
      <div className="dialog-header">
        <h2 id="event-detail-heading">Event #{seq}</h2>
        <button
          type="button"
          className="button-quiet"
          aria-label="Close event details"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {event === undefined ? (
        <p role="status">Loading…</p>
      ) : event === null ? (
        <p>This event is not in the stored trail.</p>
      ) : (
        <dl className="detail-list">
          <dt>When</dt>
          <dd>
            {new Date(event.at).toLocaleString()} ({event.at})
          </dd>
          <dt>Who</dt>
          <dd>{memberName.get(event.actor) ?? event.actor}</dd>
          <dt>Action</dt>
          <dd>{event.action}</dd>
          <dt>Record</dt>
          <dd>
            {ENTITY_LABELS[event.entity]} {event.entityId}
          </dd>
          <dt>Reason</dt>
          <dd>{event.reason ?? 'None given'}</dd>
          <dt>Hash</dt>
          <dd className="mono">{event.hash}</dd>
          <dt>Previous hash</dt>
          <dd className="mono">{event.prevHash}</dd>
          <dt>Before</dt>
          <dd>
            <pre>
              {event.before === null
                ? 'Nothing (new record)'
                : JSON.stringify(event.before, null, 2)}
            </pre>
          </dd>
          <dt>After</dt>
          <dd>
            <pre>
              {event.after === null ? 'Nothing (removed)' : JSON.stringify(event.after, null, 2)}
            </pre>
          </dd>
        </dl>
      )}
    </aside>
  );
}
