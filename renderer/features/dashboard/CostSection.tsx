import type { CostPanel } from '../../../shared/dashboard/costAtScale';
import { STAGE_LABELS } from '../../../shared/domain/initiative';
import { formatMoney, formatMultiple, plural } from './format';
import { Panel, PanelLink, useRowLimit, type Navigation } from './Panel';

const REASON_LABELS = { threshold: 'Above the threshold', multiple: 'Multiple of POC cost' };

/** Initiatives whose projected production cost is above the threshold or a multiple of the POC's. */
export function CostSection({ cost, nav }: { cost: CostPanel; nav: Navigation }) {
  const { shown, toggle } = useRowLimit(cost.flagged);
  const threshold = cost.rules.monthlyThreshold.toLocaleString('en-GB');
  return (
    <Panel
      id="dash-cost"
      title="Cost at scale"
      summary={`${String(cost.flagged.length)} of ${plural(cost.projected, 'initiative')} with a cost projection ${cost.flagged.length === 1 ? 'is' : 'are'} flagged: more than ${threshold} a month at production volume, or ${String(cost.rules.pocMultiple)}× the proof-of-concept cost or more.${cost.withoutProjection > 0 ? ` ${plural(cost.withoutProjection, 'initiative')} ${cost.withoutProjection === 1 ? 'has' : 'have'} no projection yet.` : ''}`}
      links={
        <PanelLink
          onClick={() =>
            nav.showList({
              only: { ids: cost.flagged.map((f) => f.initiativeId), label: 'Cost at scale' },
            })
          }
        >
          Show these initiatives in the list
        </PanelLink>
      }
    >
      {cost.flagged.length === 0 ? (
        <p className="muted">No projected cost is flagged.</p>
      ) : (
        <>
          <table className="table dash-table">
            <caption>Flagged projected costs, highest multiple first</caption>
            <thead>
              <tr>
                <th scope="col">Initiative</th>
                <th scope="col">Stage</th>
                <th scope="col">POC a month</th>
                <th scope="col">Production a month</th>
                <th scope="col">Multiple</th>
                <th scope="col">Flagged for</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.initiativeId}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => nav.openInitiative(row.initiativeId, 'business-case')}
                    >
                      {row.title}
                    </button>
                  </th>
                  <td>{STAGE_LABELS[row.stage]}</td>
                  <td>{formatMoney(row.pocMonthly, row.currency)}</td>
                  <td>{formatMoney(row.productionMonthly, row.currency)}</td>
                  <td>{formatMultiple(row.ratio)}</td>
                  <td>{row.reasons.map((r) => REASON_LABELS[r]).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {toggle}
        </>
      )}
      <p className="muted small">
        The threshold and multiple are dashboard defaults, not yet workspace settings; amounts are
        compared in each initiative’s own currency.
      </p>
    </Panel>
  );
}
