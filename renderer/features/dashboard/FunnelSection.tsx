import type { StageFunnel } from '../../../shared/dashboard/funnel';
import { FunnelChart } from './charts';
import { formatDays, formatPercent, plural } from './format';
import { Panel, PanelLink, type Navigation } from './Panel';

/** Initiatives per stage, the conversion between stages and the median time in each. */
export function FunnelSection({ funnel, nav }: { funnel: StageFunnel; nav: Navigation }) {
  const production = funnel.steps.find((s) => s.stage === 'production');
  return (
    <Panel
      id="dash-funnel"
      title="Stage funnel"
      summary={
        funnel.total === 0
          ? 'No initiatives match these filters.'
          : `${plural(funnel.total, 'initiative')}; ${String(production?.reached ?? 0)} reached production.`
      }
      links={
        <PanelLink onClick={() => nav.showList()}>Show these initiatives in the list</PanelLink>
      }
    >
      <div className="dash-figure">
        <FunnelChart funnel={funnel} />
        <table className="table dash-table">
          <caption>Initiatives by stage, with conversion and median time in stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Now</th>
              <th scope="col">Reached</th>
              <th scope="col">Went on to the next stage</th>
              <th scope="col">Median time spent</th>
              <th scope="col">Median time so far</th>
            </tr>
          </thead>
          <tbody>
            {funnel.steps.map((step) => (
              <tr key={step.stage}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => nav.showList({ stage: step.stage })}
                  >
                    {step.label}
                    <span className="visually-hidden">: show in the list</span>
                  </button>
                </th>
                <td>{step.current}</td>
                <td>{step.reached ?? '–'}</td>
                <td>
                  {step.conversion
                    ? `${formatPercent(step.conversion.rate)} (${String(step.conversion.reached)})`
                    : '–'}
                </td>
                <td>
                  {!funnel.historyLoaded
                    ? 'Loading…'
                    : step.completedStays === 0
                      ? '–'
                      : `${formatDays(step.medianDaysSpent)} (${plural(step.completedStays, 'stay')})`}
                </td>
                <td>{formatDays(step.medianDaysSoFar)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Reached counts every initiative that got at least that far, including those now further on
        or retired. Time spent is taken from completed stays in the stage-change history.
      </p>
    </Panel>
  );
}
