import { create } from 'zustand';
import { useSession } from '../../state/sessionStore';
import {
  DEFAULT_PORTFOLIO_SORT,
  EMPTY_PORTFOLIO_FILTER,
  nextSort,
  type PortfolioFilter,
  type PortfolioSort,
  type PortfolioSortKey,
} from './portfolio';

interface RiskUiState {
  /** Portfolio filters survive a visit to an initiative and back. */
  portfolioFilter: PortfolioFilter;
  portfolioSort: PortfolioSort;
  /** The risk to show when the register opens (set from the portfolio). */
  focusRiskId: string | null;
  setPortfolioFilter: (patch: Partial<PortfolioFilter>) => void;
  resetPortfolioFilter: () => void;
  sortPortfolioBy: (key: PortfolioSortKey) => void;
  setFocusRiskId: (id: string | null) => void;
  /** Back to the defaults: the next person starts with no filters of the last one. */
  reset: () => void;
}

/** UI state of the risk screens only; persisted data is read with live queries. */
export const useRiskUi = create<RiskUiState>()((set) => ({
  portfolioFilter: EMPTY_PORTFOLIO_FILTER,
  portfolioSort: DEFAULT_PORTFOLIO_SORT,
  focusRiskId: null,
  setPortfolioFilter: (patch) =>
    set((state) => ({ portfolioFilter: { ...state.portfolioFilter, ...patch } })),
  resetPortfolioFilter: () => set({ portfolioFilter: EMPTY_PORTFOLIO_FILTER }),
  sortPortfolioBy: (key) => set((state) => ({ portfolioSort: nextSort(state.portfolioSort, key) })),
  setFocusRiskId: (focusRiskId) => set({ focusRiskId }),
  reset: () =>
    set({
      portfolioFilter: EMPTY_PORTFOLIO_FILTER,
      portfolioSort: DEFAULT_PORTFOLIO_SORT,
      focusRiskId: null,
    }),
}));

// Signing out, switching member or workspace clears the risk screens' state, as the app's
// own UI store does for the initiative list.
useSession.subscribe((state, previous) => {
  if (state.memberId !== previous.memberId || state.dbName !== previous.dbName) {
    useRiskUi.getState().reset();
  }
});
