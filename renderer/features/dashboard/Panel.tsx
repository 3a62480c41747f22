import { useState, type ReactNode } from 'react';
import type { DashboardFilter } from '../../../shared/dashboard/filter';
import {
  EMPTY_INITIATIVE_FILTER,
  useUi,
  type InitiativeFilter,
  type InitiativeTab,
} from '../../state/uiStore';

/** One panel of the dashboard: a labelled region with its summary and its links. */
export function Panel({
  id,
  title,
  summary,
  links,
  children,
}: {
  id: string;
  title: string;
  /** One or two sentences that say what the panel shows, in numbers. */
  summary: ReactNode;
  links?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="card dash-panel">
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="dash-summary">{summary}</p>
      {children}
      {links && <div className="dash-links">{links}</div>}
    </section>
  );
}

export interface Navigation {
  /** The initiative list with the dashboard's filters, plus the panel's own. */
  showList: (patch?: Partial<InitiativeFilter>) => void;
  openInitiative: (id: string, tab: InitiativeTab) => void;
  openRisks: () => void;
}

/** Where panels lead: the list behind them, narrowed the same way, or one initiative. */
export function useNavigation(filter: DashboardFilter): Navigation {
  const setInitiativeFilter = useUi((s) => s.setInitiativeFilter);
  const openInitiative = useUi((s) => s.openInitiative);
  const setView = useUi((s) => s.setView);
  return {
    showList: (patch = {}) => {
      setInitiativeFilter({
        ...EMPTY_INITIATIVE_FILTER,
        businessUnit: filter.businessUnit,
        ownerId: filter.ownerId,
        tier: filter.tier,
        ...patch,
      });
      openInitiative(null);
    },
    openInitiative: (id, tab) => openInitiative(id, tab),
    openRisks: () => setView('risks'),
  };
}

/** A link-styled button that goes to the list or screen behind a panel. */
export function PanelLink({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {children}
    </button>
  );
}

const COLLAPSED_ROWS = 10;
/** Even expanded, a panel lists at most this many rows; the list behind it has them all. */
export const EXPANDED_ROWS = 200;

/** The first rows of a long list, with a button to show more (up to `EXPANDED_ROWS`). */
export function useRowLimit<T>(rows: readonly T[]) {
  const [expanded, setExpanded] = useState(false);
  const limit = expanded ? EXPANDED_ROWS : COLLAPSED_ROWS;
  const shown = rows.slice(0, limit);
  const toggle =
    rows.length > COLLAPSED_ROWS ? (
      <button type="button" className="button-quiet" onClick={() => setExpanded(!expanded)}>
        {expanded
          ? `Show the first ${String(COLLAPSED_ROWS)}`
          : `Show ${rows.length > EXPANDED_ROWS ? `the first ${String(EXPANDED_ROWS)} of` : 'all'} ${String(rows.length)}`}
      </button>
    ) : null;
  return { shown, toggle };
}
