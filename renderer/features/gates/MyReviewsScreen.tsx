import { REVIEW_FUNCTION_LABELS } from '../../../shared/gates/functions';
import { QUEUE_REASON_LABELS } from '../../../shared/gates/reviewQueue';
import { useMember } from '../../app/WorkspaceContext';
import { useUi } from '../../state/uiStore';
import { ConditionsTable } from './ConditionsList';
import { useMyWork } from './useReviewQueue';

/** A reviewer's queue, oldest first, with each review's age against the response target. */
export function MyReviewsScreen() {
  const member = useMember();
  const work = useMyWork(member);
  const openInitiative = useUi((s) => s.openInitiative);
  if (work === undefined) return <p role="status">Loading…</p>;
  return (
    <section aria-labelledby="reviews-heading" className="screen">
      <h1 id="reviews-heading">My reviews</h1>
      {work.queue.length === 0 ? (
        <p className="muted">Nothing waits for your review.</p>
      ) : (
        <table className="table">
          <caption>Reviews waiting for you, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Initiative</th>
              <th scope="col">Gate</th>
              <th scope="col">Function</th>
              <th scope="col">Why</th>
              <th scope="col">Age (working days)</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {work.queue.map((item) => (
              <tr key={`${item.gateId}|${item.function}`}>
                <th scope="row">{item.initiativeTitle}</th>
                <td>{item.gateName}</td>
                <td>{REVIEW_FUNCTION_LABELS[item.function]}</td>
                <td>{QUEUE_REASON_LABELS[item.reason]}</td>
                <td>
                  {item.ageWorkingDays} of {item.targetWorkingDays}
                  {item.overdue && <span className="badge badge-error">Overdue</span>}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Open ${item.initiativeTitle}: ${item.gateName}, ${REVIEW_FUNCTION_LABELS[item.function]}`}
                    onClick={() => openInitiative(item.initiativeId, 'gates')}
                  >
                    Open {item.initiativeTitle}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Conditions you own</h2>
      {work.conditions.length === 0 ? (
        <p className="muted">You own no open conditions.</p>
      ) : (
        <ConditionsTable
          caption="Open conditions you own"
          hideCaption
          conditions={work.conditions}
          members={work.members}
        />
      )}
    </section>
  );
}
