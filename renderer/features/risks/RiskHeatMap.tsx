import { memo } from 'react';
import { heatMapTable, type HeatMap } from '../../../shared/risk/heatMap';
import { BAND_COLOURS, BAND_LABELS, type RiskMatrix } from '../../../shared/risk/matrix';
import { cellLabel, sameCell, type CellFilter } from './riskRows';

interface Props {
  matrix: RiskMatrix;
  heatMap: HeatMap;
  /** The cell the list is filtered to, if any. */
  selected: CellFilter | null;
  onSelect: (cell: CellFilter) => void;
}

/**
 * A heat map drawn as a table: likelihood levels as row headers (highest
 * first), impact levels as column headers, and in each cell a button with the
 * band in words and the number of risks, so the chart is its own table
 * alternative and colour is never the only signal. A button filters the list.
 * Memoised: a re-sort of 50,000 rows leaves the map alone.
 */
export const RiskHeatMap = memo(function RiskHeatMap({
  matrix,
  heatMap,
  selected,
  onSelect,
}: Props) {
  const table = heatMapTable(matrix, heatMap);
  const byLevel = new Map(
    heatMap.cells.flat().map((c) => [`${String(c.likelihood)}:${String(c.impact)}`, c]),
  );
  return (
    <div className="heat-map">
      <table className="heat-map-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={table.columnHeaders.length} className="heat-map-axis">
              Impact →
            </th>
          </tr>
          <tr>
            <th scope="col" className="heat-map-corner">
              {table.cornerHeader} ↓
            </th>
            {table.columnHeaders.map((name, index) => (
              <th scope="col" key={name} className="heat-map-level">
                <span className="heat-map-number">{String(index + 1)}</span> {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.likelihood}>
              <th scope="row" className="heat-map-level">
                <span className="heat-map-number">{String(row.likelihood)}</span> {row.label}
              </th>
              {row.cells.map((tableCell, index) => {
                const impact = index + 1;
                const cell = byLevel.get(`${String(row.likelihood)}:${String(impact)}`);
                if (!cell) return <td key={impact} />;
                const target: CellFilter = {
                  which: heatMap.which,
                  likelihood: row.likelihood,
                  impact,
                };
                const pressed = sameCell(selected, target);
                const colours = BAND_COLOURS[tableCell.band];
                return (
                  <td key={impact} className="heat-map-cell">
                    <button
                      type="button"
                      className="heat-map-button"
                      aria-label={cellLabel(heatMap.which, cell)}
                      aria-pressed={pressed}
                      title={`${tableCell.description}: ${tableCell.text}`}
                      style={{ background: colours.background, color: colours.text }}
                      onClick={() => onSelect(target)}
                    >
                      <span className="heat-map-band">{BAND_LABELS[tableCell.band]}</span>
                      <span className="heat-map-count">{String(tableCell.count)}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
