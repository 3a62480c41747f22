import { useWorkspace } from '../../app/WorkspaceContext';
import { useChainVerification } from './useChainVerification';

const REASON_TITLES = {
  'hash-mismatch': 'Contents changed',
  'prev-hash-mismatch': 'Link broken',
  gap: 'Events missing',
  reordered: 'Events out of order',
} as const;

/** The "Verify integrity" action: recomputes every hash of the chain and says exactly where it breaks. */
export function VerifyIntegrityPanel({ onShowEvent }: { onShowEvent: (seq: number) => void }) {
  const { db } = useWorkspace();
  const { state, start, cancel } = useChainVerification(db.name);
  const running = state.status === 'running';
  return (
    <section aria-labelledby="verify-heading" className="card verify-panel">
      <h2 id="verify-heading">Integrity</h2>
      <p className="muted">
        Every change is an event whose hash covers its contents and the event before it.
        Verification recomputes all of them on this computer.
      </p>
      <div className="verify-actions">
        <button type="button" onClick={start} disabled={running}>
          Verify integrity
        </button>
        {running && (
          <button type="button" className="button-secondary" onClick={cancel}>
            Cancel verification
          </button>
        )}
      </div>
      {running && (
        <div className="verify-progress">
          <progress
            aria-label="Verification progress"
            max={Math.max(state.total, 1)}
            value={state.checked}
          />
          <span>
            {state.checked.toLocaleString()} of {state.total ? state.total.toLocaleString() : '…'}{' '}
            events checked
          </span>
        </div>
      )}
      <div aria-live="polite">
        {state.status === 'done' && state.verdict.ok && (
          <p role="status" className="alert alert-ok">
            Integrity verified: all {state.verdict.count.toLocaleString()} events are intact and in
            order.
            {state.verdict.head &&
              ` Chain head #${String(state.verdict.head.seq)}, hash ${state.verdict.head.hash.slice(0, 16)}…`}{' '}
            Checked {state.finishedAt.toLocaleString()}.
          </p>
        )}
        {state.status === 'done' && !state.verdict.ok && (
          <div role="alert" className="alert alert-error">
            <p>
              <strong>
                Integrity check failed at event #{state.verdict.seq}:{' '}
                {REASON_TITLES[state.verdict.reason]}.
              </strong>{' '}
              {state.verdict.message} The {state.verdict.count.toLocaleString()} events before it
              verified.
            </p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => onShowEvent(state.verdict.ok ? 0 : state.verdict.seq)}
            >
              Show event #{state.verdict.seq}
            </button>
          </div>
        )}
        {state.status === 'cancelled' && (
          <p role="status">Verification cancelled; nothing was concluded.</p>
        )}
        {state.status === 'error' && (
          <p role="alert" className="alert alert-error">
            Verification could not run: {state.message}
          </p>
        )}
      </div>
    </section>
  );
}
