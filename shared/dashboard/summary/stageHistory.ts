import type { Stage } from '../../domain/initiative';
import { daysBetween, funnelRank, type StageChange } from '../durations';
import type { StageHistory } from './record';

export const EMPTY_STAGE_HISTORY: StageHistory = { stays: {}, furthestRank: -1 };

type Change = Pick<StageChange, 'from' | 'to' | 'fromEnteredAt' | 'at'>;

/** The history with one more stage change: its stay in `from`, and how far it got. */
export function withStageChange(history: StageHistory, change: Change): StageHistory {
  const stays: Partial<Record<Stage, number[]>> = { ...history.stays };
  stays[change.from] = [
    ...(stays[change.from] ?? []),
    daysBetween(change.fromEnteredAt, change.at),
  ];
  return {
    stays,
    furthestRank: Math.max(history.furthestRank, funnelRank(change.from), funnelRank(change.to)),
  };
}

/** The history of one initiative's stage changes, in the order they happened. */
export function stageHistoryOf(changes: Iterable<Change>): StageHistory {
  let history = EMPTY_STAGE_HISTORY;
  for (const change of changes) history = withStageChange(history, change);
  return history;
}

/** Each initiative's history from a list of stage changes of many (the audit trail's). */
export function stageHistories(changes: readonly StageChange[]): Map<string, StageHistory> {
  const byInitiative = new Map<string, StageChange[]>();
  for (const change of changes) {
    const list = byInitiative.get(change.initiativeId);
    if (list) list.push(change);
    else byInitiative.set(change.initiativeId, [change]);
  }
  return new Map([...byInitiative].map(([id, list]) => [id, stageHistoryOf(list)]));
}
