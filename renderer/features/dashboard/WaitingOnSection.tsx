import type { WaitingOnPanel } from '../../../shared/dashboard/buildDashboard';
import type { Group } from '../../../shared/dashboard/waitingOn';
import { InlineBar } from './charts';
import { PENDING_REASON_LABELS, plural } from './format';
import { Panel, PanelLink, useRowLimit, type Navigation } from './Panel';

function GroupTable<T>({
  caption,
  header,
  countHeader = 'Pending',
  oldestHeader,
  showOverdue = true,
  groups,
}: {
  caption: string;
  header: string;
  countHeader?: string;
  oldestHeader: string;
  /** A "past target" column: not for conditions, which are all overdue. */
  showOverdue?: boolean;
  groups: Group<T>[];
}) {
  const { shown, toggle } = useRowLimit(groups);
  const max = Math.max(0, ...groups.map((g) => g.count));
  return (
    <>
      <table className="table dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col">{countHeader}</th>
            {showOverdue && <th scope="col">Past target</th>}
            <th scope="col">{oldestHeader}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((group) => (
            <tr key={group.key}>
              <th scope="row">{group.label}</th>
              <td>
                <span className="dash-count">{group.count}</span>
                <InlineBar value={group.count} max={max} />
              </td>
              {showOverdue && <td>{group.overdue}</td>}
              <td>{group.oldest}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {toggle}
    </>
  );
}

/** Open reviews by function and by reviewer, with age against the response target; overdue conditions by owner. */
export function WaitingOnSection({ waiting, nav }: { waiting: WaitingOnPanel; nav: Navigation }) {
  const reviews = useRowLimit(waiting.reviews);
  const conditions = useRowLimit(waiting.overdueConditions);
  const target = waiting.targetWorkingDays;
  return (
    <Panel
      id="dash-waiting"
      title="Waiting on"
      summary={`${plural(waiting.reviews.length, 'review')} pending, ${String(waiting.overdueReviews)} past the ${String(target)}-working-day response target; ${plural(waiting.overdueConditions.length, 'overdue condition')}.`}
      links={
        <PanelLink
          onClick={() =>
            nav.showList({
              only: {
                ids: [
                  ...waiting.reviews.map((r) => r.initiativeId),
                  ...waiting.overdueConditions.map((c) => c.initiativeId),
                ],
                label: 'Waiting on',
              },
            })
          }
        >
          Show these initiatives in the list
        </PanelLink>
      }
    >
      {waiting.reviews.length === 0 ? (
        <p className="muted">No review is waiting.</p>
      ) : (
        <>
          <div className="dash-columns">
            <div>
              <h3>By function</h3>
              <GroupTable
                caption="Pending reviews by function"
                header="Function"
                oldestHeader="Oldest (working days)"
                groups={waiting.byFunction}
              />
            </div>
            <div>
              <h3>By reviewer</h3>
              {waiting.byReviewer.length === 0 ? (
                <p className="muted">No active member may give these reviews.</p>
              ) : (
                <GroupTable
                  caption="Pending reviews by reviewer"
                  header="Reviewer"
                  oldestHeader="Oldest (working days)"
                  groups={waiting.byReviewer}
                />
              )}
            </div>
          </div>
          {waiting.unassigned.length > 0 && (
            <p className="alert alert-warning">
              {plural(waiting.unassigned.length, 'review')} cannot be given by anyone: no active
              member holds the role, or segregation of duties rules them all out.
            </p>
          )}
          <h3>Open reviews</h3>
          <table className="table dash-table">
            <caption>Pending reviews, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Initiative</th>
                <th scope="col">Gate</th>
                <th scope="col">Function</th>
                <th scope="col">Why</th>
                <th scope="col">Waiting on</th>
                <th scope="col">Age (working days)</th>
              </tr>
            </thead>
            <tbody>
              {reviews.shown.map((review) => (
                <tr
                  key={`${review.gateId}|${review.function}|${review.reason}|${review.reviewers[0]?.id ?? ''}`}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => nav.openInitiative(review.initiativeId, 'gates')}
                    >
                      {review.initiativeTitle}
                    </button>
                  </th>
                  <td>{review.gateName}</td>
                  <td>
                    {review.functionLabel}
                    {review.outstanding > 1 && (
                      <span className="muted"> ({String(review.outstanding)} approvals)</span>
                    )}
                  </td>
                  <td>{PENDING_REASON_LABELS[review.reason]}</td>
                  <td>
                    {review.reviewers.length === 0
                      ? 'Nobody eligible'
                      : review.reviewers.map((r) => r.name).join(', ')}
                  </td>
                  <td>
                    {review.ageWorkingDays} of {review.targetWorkingDays}
                    {review.overdue && <span className="badge badge-error">Overdue</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {reviews.toggle}
        </>
      )}
      <h3>Overdue conditions</h3>
      {waiting.overdueConditions.length === 0 ? (
        <p className="muted">No condition is overdue.</p>
      ) : (
        <>
          <GroupTable
            caption="Overdue conditions by owner"
            header="Owner"
            countHeader="Overdue"
            showOverdue={false}
            oldestHeader="Most days overdue"
            groups={waiting.conditionsByOwner}
          />
          <table className="table dash-table">
            <caption>Overdue conditions, most overdue first</caption>
            <thead>
              <tr>
                <th scope="col">Initiative</th>
                <th scope="col">Condition</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Days overdue</th>
              </tr>
            </thead>
            <tbody>
              {conditions.shown.map((condition) => (
                <tr key={`${condition.gateId}|${condition.conditionId}`}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => nav.openInitiative(condition.initiativeId, 'gates')}
                    >
                      {condition.initiativeTitle}
                    </button>
                  </th>
                  <td>{condition.text}</td>
                  <td>{condition.ownerName}</td>
                  <td>{condition.dueOn}</td>
                  <td>{condition.daysOverdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {conditions.toggle}
        </>
      )}
    </Panel>
  );
}
