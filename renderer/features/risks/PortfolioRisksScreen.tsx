import { FilterSelect, labelledOptions } from '../../ui/FilterSelect';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS } from '../../../shared/domain/risk';
import { heatMapCells } from '../../../shared/risk/heatMap';
import { BAND_LABELS, BANDS } from '../../../shared/risk/matrix';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useUi } from '../../state/uiStore';
import { VirtualTable, type Column } from '../../ui/VirtualTable';
import {
  ACCEPTANCE_FILTERS,
  ACCEPTANCE_FILTER_LABELS,
  BANDS_WORST_FIRST,
  EXPIRING_WITHIN_DAYS,
  filterPortfolio,
  portfolioCounts,
  portfolioMatches,
  portfolioRows,
  portfolioSortIndex,
  portfolioSortOrder,
  rowsInOrder,
  type PortfolioFilter,
  type PortfolioSortKey,
} from './portfolio';
import { RiskHeatMap } from './RiskHeatMap';
import {
  acceptanceText,
  cellFilterText,
  countText,
  riskRows,
  sameCell,
  scoreText,
  type CellFilter,
} from './riskRows';
import { useRiskUi } from './riskUiStore';
import { localToday } from './today';
import './risks.css';

const COLUMN_DEFS: { key: string; header: string; width: string; sortKey?: PortfolioSortKey }[] = [
  { key: 'title', header: 'Risk', width: 'minmax(12rem, 3fr)', sortKey: 'title' },
  { key: 'initiative', header: 'Initiative', width: 'minmax(9rem, 2fr)', sortKey: 'initiative' },
  { key: 'category', header: 'Category', width: 'minmax(8rem, 1.2fr)', sortKey: 'category' },
  { key: 'owner', header: 'Owner', width: 'minmax(8rem, 1.2fr)', sortKey: 'owner' },
  { key: 'inherent', header: 'Inherent', width: '8rem', sortKey: 'inherent' },
  { key: 'residual', header: 'Residual', width: '8rem', sortKey: 'residual' },
  { key: 'review', header: 'Next review', width: '11.5rem', sortKey: 'nextReview' },
  { key: 'acceptance', header: 'Acceptance', width: 'minmax(9rem, 1.5fr)', sortKey: 'acceptance' },
];

/**
 * Every risk across initiatives. Standings and sort keys are computed once per
 * change of the data; the filters run in memory once per change of the filter
 * (with the counts and the heat map), and a sort only reorders; only the rows in
 * view are rendered, so 50,000 risks stay smooth.
 */
export function PortfolioRisksScreen() {
  const { db, workspace } = useWorkspace();
  const settings = workspace.settings;
  const matrix = settings.riskMatrix;
  const openInitiative = useUi((s) => s.openInitiative);
  const filter = useRiskUi((s) => s.portfolioFilter);
  const setFilter = useRiskUi((s) => s.setPortfolioFilter);
  const resetFilter = useRiskUi((s) => s.resetPortfolioFilter);
  const sort = useRiskUi((s) => s.portfolioSort);
  const sortBy = useRiskUi((s) => s.sortPortfolioBy);
  const setFocusRiskId = useRiskUi((s) => s.setFocusRiskId);
  const [today] = useState(() => localToday(new Date()));

  const risks = useLiveQuery(() => db.risks.toArray(), [db]);
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  const initiatives = useLiveQuery(async () => {
    // Titles only: the portfolio never needs the rest of an initiative.
    const titles = new Map<string, string>();
    await db.initiatives.each((i) => {
      titles.set(i.id, i.title);
    });
    return titles;
  }, [db]);

  // Standings depend on the risks, the settings and the date only: computed once per change of
  // those, and not again when a member's or an initiative's name arrives or changes.
  const standings = useMemo(
    () => (risks === undefined ? [] : riskRows(risks, settings, today)),
    [risks, settings, today],
  );
  const rows = useMemo(
    () =>
      initiatives === undefined || members === undefined
        ? []
        : portfolioRows(standings, {
            initiativeTitle: initiatives,
            memberName: new Map(members.map((m) => [m.id, m.name])),
          }),
    [standings, initiatives, members],
  );
  // Sort keys are ranked once per change of the rows; a sort then compares numbers only.
  const sortIndex = useMemo(() => portfolioSortIndex(rows), [rows]);
  const order = useMemo(() => portfolioSortOrder(sortIndex, sort), [sortIndex, sort]);
  // The filtered set, its counts and heat map depend on the filter only, not on the order:
  // a sort reorders the set without filtering or counting 50,000 risks again.
  const matches = useMemo(() => portfolioMatches(rows, filter), [rows, filter]);
  const matching = matches.rows;
  const visible = useMemo(() => rowsInOrder(rows, order, matches.mask), [rows, order, matches]);
  // The heat map shows the filtered set before a cell is chosen, so every cell stays reachable.
  const mapRows = useMemo(
    () => (filter.cell === null ? matching : filterPortfolio(rows, { ...filter, cell: null })),
    [rows, matching, filter],
  );
  const residualMap = useMemo(
    () =>
      heatMapCells(
        matrix,
        mapRows.map((row) => row.risk),
        'residual',
      ),
    [matrix, mapRows],
  );
  const counts = useMemo(() => portfolioCounts(matching), [matching]);
  const owners = useMemo(
    () => [...(members ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [members],
  );

  const columns: Column[] = COLUMN_DEFS.map((def) => {
    if (!def.sortKey) return def;
    const active = sort.key === def.sortKey;
    const sortKey = def.sortKey;
    return {
      ...def,
      ariaSort: active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none',
      header: (
        <button type="button" className="sort-button" onClick={() => sortBy(sortKey)}>
          {def.header}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      ),
    };
  });
  const set =
    <K extends keyof PortfolioFilter>(key: K) =>
    (value: PortfolioFilter[K]) =>
      setFilter({ [key]: value });
  const selectedCell = filter.cell;
  const selectCell = useCallback(
    (cell: CellFilter) => setFilter({ cell: sameCell(selectedCell, cell) ? null : cell }),
    [setFilter, selectedCell],
  );
  const loading = risks === undefined || members === undefined || initiatives === undefined;

  return (
    <section aria-labelledby="portfolio-risks-heading" className="screen">
      <div className="screen-header">
        <h1 id="portfolio-risks-heading">Risks</h1>
      </div>
      <form
        className="toolbar risk-toolbar"
        aria-label="Filter risks"
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          Search
          <input
            type="search"
            value={filter.search}
            onChange={(e) => set('search')(e.target.value)}
            placeholder="Initiative or risk title"
          />
        </label>
        <FilterSelect
          label="Residual band"
          value={filter.band}
          options={labelledOptions(BANDS, BAND_LABELS)}
          onChange={set('band')}
        />
        <FilterSelect
          label="Category"
          value={filter.category}
          options={labelledOptions(RISK_CATEGORIES, RISK_CATEGORY_LABELS)}
          onChange={set('category')}
        />
        <FilterSelect
          label="Owner"
          anyLabel="Anyone"
          value={filter.ownerId}
          options={owners.map((m) => ({ value: m.id, label: m.name }))}
          onChange={set('ownerId')}
        />
        <FilterSelect
          label="Acceptance"
          value={filter.acceptance}
          options={labelledOptions(ACCEPTANCE_FILTERS, ACCEPTANCE_FILTER_LABELS)}
          onChange={set('acceptance')}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filter.overdueOnly}
            onChange={(e) => set('overdueOnly')(e.target.checked)}
          />
          Overdue review only
        </label>
        <button type="button" className="button-quiet" onClick={resetFilter}>
          Clear filters
        </button>
      </form>

      <div className="portfolio-summary">
        <div className="portfolio-map">
          <RiskHeatMap
            matrix={matrix}
            heatMap={residualMap}
            selected={filter.cell}
            onSelect={selectCell}
          />
          {filter.cell && (
            <button type="button" className="button-secondary" onClick={() => set('cell')(null)}>
              Show all
            </button>
          )}
        </div>
        <div className="portfolio-counts">
          <p role="status" className="risk-count">
            {loading
              ? 'Loading…'
              : `${String(visible.length)} of ${countText(rows.length)} shown${
                  filter.cell ? ` (${cellFilterText(filter.cell)})` : ''
                }.`}
          </p>
          {!loading && (
            <ul className="risk-counts" aria-label="Counts of the risks shown">
              {BANDS_WORST_FIRST.map((band) => (
                <li key={band}>
                  {BAND_LABELS[band]}: {counts.byBand[band]}
                </li>
              ))}
              {counts.outside > 0 && <li>Outside the matrix: {counts.outside}</li>}
              <li>Review overdue: {counts.overdue}</li>
              <li>
                Acceptance expiring within {EXPIRING_WITHIN_DAYS} days: {counts.expiring}
              </li>
              <li>Acceptance expired: {counts.expired}</li>
              <li>Acceptance missing or out of date: {counts.missing}</li>
            </ul>
          )}
        </div>
      </div>
      <VirtualTable
        label="Risks across initiatives"
        columns={columns}
        rowCount={visible.length}
        getRowKey={(index) => visible[index]?.risk.id ?? index}
        emptyMessage={
          loading
            ? 'Loading…'
            : rows.length > 0
              ? 'No risk matches these filters.'
              : 'No risks recorded yet.'
        }
        renderRow={(index) => {
          const row = visible[index];
          if (!row) return [];
          const { risk, standing } = row;
          return [
            <button
              key="t"
              type="button"
              className="link-button cell-title"
              title={`${risk.title} (opens ${row.initiativeTitle})`}
              onClick={() => {
                setFocusRiskId(risk.id);
                openInitiative(risk.initiativeId, 'risks');
              }}
            >
              {risk.title}
            </button>,
            row.initiativeTitle,
            RISK_CATEGORY_LABELS[risk.category],
            row.ownerName,
            scoreText(standing.inherentScore, standing.inherentBand),
            scoreText(standing.residualScore, standing.residualBand),
            <span key="r">
              {standing.nextReviewOn ?? 'Not scheduled'}
              {standing.reviewOverdue && <span className="badge badge-warning">Overdue</span>}
            </span>,
            acceptanceText(row),
          ];
        }}
      />
    </section>
  );
}
