import {
  ACCEPTANCE_EXPIRY_WINDOW_DAYS,
  type RiskPanel,
} from '../../../shared/dashboard/riskSummary';
import { BAND_COLOURS, type RiskMatrix } from '../../../shared/risk/matrix';
import { HeatMapChart, InlineBar } from './charts';
import { plural } from './format';
import { Panel, PanelLink, useRowLimit, type Navigation } from './Panel';

/** Portfolio residual risk: heat map, counts by band and category, overdue reviews, expiring acceptances. */
export function RiskSection({
  risk,
  matrix,
  nav,
}: {
  risk: RiskPanel;
  matrix: RiskMatrix;
  nav: Navigation;
}) {
  const expiring = useRowLimit(risk.expiringAcceptances);
  const table = risk.heatMapTable;
  const maxCategory = Math.max(0, ...risk.byCategory.map((c) => c.count));
  return (
    <Panel
      id="dash-risk"
      title="Risk"
      summary={`${plural(risk.total, 'risk')} in the register; ${plural(risk.reviewsOverdue, 'review')} overdue; ${plural(risk.expiringAcceptances.length, 'acceptance')} expiring in the next ${String(ACCEPTANCE_EXPIRY_WINDOW_DAYS)} days; ${String(risk.untreated)} high or critical with nothing treating ${risk.untreated === 1 ? 'it' : 'them'}.`}
      links={
        <>
          <PanelLink onClick={nav.openRisks}>Open the risk register</PanelLink>
          <PanelLink
            onClick={() => nav.showList({ only: { ids: risk.initiativeIds, label: 'Risk' } })}
          >
            Show these initiatives in the list
          </PanelLink>
        </>
      }
    >
      <div className="dash-figure">
        <HeatMapChart heatMap={risk.heatMap} matrix={matrix} description={table.caption} />
        <table className="table dash-table dash-heat-table">
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{table.cornerHeader}</th>
              {table.columnHeaders.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.likelihood}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={index}>
                    {cell.count}
                    <span className="visually-hidden">
                      {' '}
                      ({cell.text}; {cell.description})
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dash-columns">
        <table className="table dash-table">
          <caption>Risks by residual band</caption>
          <thead>
            <tr>
              <th scope="col">Band</th>
              <th scope="col">Risks</th>
            </tr>
          </thead>
          <tbody>
            {risk.byBand.map((row) => (
              <tr key={row.band}>
                <th scope="row">
                  <span
                    className="dash-band"
                    style={{
                      background: BAND_COLOURS[row.band].background,
                      color: BAND_COLOURS[row.band].text,
                    }}
                  >
                    {row.label}
                  </span>
                </th>
                <td>{row.count}</td>
              </tr>
            ))}
            {risk.unrated > 0 && (
              <tr>
                <th scope="row">Outside the matrix</th>
                <td>{risk.unrated}</td>
              </tr>
            )}
          </tbody>
        </table>
        <table className="table dash-table">
          <caption>Risks by category, most first</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Risks</th>
            </tr>
          </thead>
          <tbody>
            {risk.byCategory.length === 0 && (
              <tr>
                <td colSpan={2} className="muted">
                  No risks.
                </td>
              </tr>
            )}
            {risk.byCategory.map((row) => (
              <tr key={row.category}>
                <th scope="row">{row.label}</th>
                <td>
                  <span className="dash-count">{row.count}</span>
                  <InlineBar value={row.count} max={maxCategory} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Acceptances expiring in the next {ACCEPTANCE_EXPIRY_WINDOW_DAYS} days</h3>
      {risk.expiringAcceptances.length === 0 ? (
        <p className="muted">
          No acceptance expires in the next {ACCEPTANCE_EXPIRY_WINDOW_DAYS} days.
        </p>
      ) : (
        <>
          <table className="table dash-table">
            <caption>Expiring acceptances, soonest first</caption>
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col">Initiative</th>
                <th scope="col">Expires on</th>
                <th scope="col">Days left</th>
              </tr>
            </thead>
            <tbody>
              {expiring.shown.map((row) => (
                <tr key={row.riskId}>
                  <th scope="row">{row.title}</th>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => nav.openInitiative(row.initiativeId, 'risks')}
                    >
                      {row.initiativeTitle}
                    </button>
                  </td>
                  <td>{row.expiresOn}</td>
                  <td>{row.inDays}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {expiring.toggle}
        </>
      )}
    </Panel>
  );
}
