import type { StalledPanel } from '../../../shared/dashboard/buildDashboard';
import { STAGE_LABELS } from '../../../shared/domain/initiative';
import { formatDays, plural } from './format';
import { Panel, PanelLink, useRowLimit, type Navigation } from './Panel';

/** Initiatives past the stalled threshold, longest first, with their weakest gap and what blocks them. */
export function StalledSection({ stalled, nav }: { stalled: StalledPanel; nav: Navigation }) {
  const { shown, toggle } = useRowLimit(stalled.items);
  return (
    <Panel
      id="dash-stalled"
      title="Stalled"
      summary={`${String(stalled.items.length)} of ${plural(stalled.candidates, 'initiative')} in proof of concept or pilot ${stalled.items.length === 1 ? 'has' : 'have'} been in the stage more than ${String(stalled.stalledAfterDays)} days.`}
      links={
        <PanelLink onClick={() => nav.showList({ stalledOnly: true })}>
          Show stalled initiatives in the list
        </PanelLink>
      }
    >
      {stalled.items.length === 0 ? (
        <p className="muted">Nothing has stalled.</p>
      ) : (
        <>
          <table className="table dash-table">
            <caption>Stalled initiatives, longest in stage first</caption>
            <thead>
              <tr>
                <th scope="col">Initiative</th>
                <th scope="col">Stage and time in it</th>
                <th scope="col">Least-ready gap</th>
                <th scope="col">Next gate and what blocks it</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={item.initiativeId}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => nav.openInitiative(item.initiativeId, 'gates')}
                    >
                      {item.title}
                    </button>
                  </th>
                  <td>
                    {STAGE_LABELS[item.stage]}, {formatDays(item.daysInStage)}
                    <span className="muted"> ({plural(item.daysInStage, 'day')})</span>
                  </td>
                  <td>
                    {item.leastReadyGap
                      ? `${item.leastReadyGap.label}: ${item.leastReadyGap.statusLabel.toLowerCase()}`
                      : 'All six gaps ready'}
                    {item.gapsOpen > 1 && (
                      <span className="muted"> ({String(item.gapsOpen)} gaps open)</span>
                    )}
                  </td>
                  <td>
                    {item.gate.gateName && <>{item.gate.gateName}: </>}
                    <span className={`badge dash-status-${item.gate.status}`}>
                      {item.gate.statusLabel}
                    </span>
                    <div className="dash-blocking">{item.gate.blocking}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {toggle}
        </>
      )}
    </Panel>
  );
}
