import { describe, expect, it } from 'vitest';
import { useSession } from '../../state/sessionStore';
import { EMPTY_PORTFOLIO_FILTER } from './portfolio';
import { useRiskUi } from './riskUiStore';

describe('risk screens UI state', () => {
  it('reverses the sort on the active column and starts a new one worst first', () => {
    useRiskUi.getState().sortPortfolioBy('title');
    expect(useRiskUi.getState().portfolioSort).toEqual({ key: 'title', direction: 'asc' });
    useRiskUi.getState().sortPortfolioBy('title');
    expect(useRiskUi.getState().portfolioSort).toEqual({ key: 'title', direction: 'desc' });
  });

  it('forgets the filters when the person signs out, not when the screen locks', () => {
    useSession.getState().signIn('a');
    useRiskUi.getState().setPortfolioFilter({ band: 'high', search: 'claims' });
    useRiskUi.getState().setFocusRiskId('r');
    useSession.getState().lock();
    useSession.getState().unlock();
    expect(useRiskUi.getState().portfolioFilter.band).toBe('high');
    useSession.getState().signOut();
    expect(useRiskUi.getState().portfolioFilter).toEqual(EMPTY_PORTFOLIO_FILTER);
    expect(useRiskUi.getState().focusRiskId).toBeNull();
  });
});
