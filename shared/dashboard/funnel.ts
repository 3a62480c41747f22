import { STAGE_LABELS, STAGES, type Initiative, type Stage } from '../domain/initiative';
import {
  daysBetween,
  FUNNEL_STAGES,
  funnelRank,
  medianOfSorted,
  type FunnelStage,
  type StageChange,
} from './durations';
import type { StageHistory } from './summary/record';
import { EMPTY_STAGE_HISTORY, stageHistories } from './summary/stageHistory';

export interface FunnelStep {
  stage: Stage;
  label: string;
  /** Initiatives in this stage now. */
  current: number;
  /**
   * Initiatives that got at least this far: in this stage or a later one now,
   * or retired (or moved back) after getting here. Null for retired.
   */
  reached: number | null;
  /** Of those that reached this stage, the share that reached the next one. */
  conversion: { toStage: Stage; reached: number; rate: number | null } | null;
  /** Median days of completed stays in this stage, from the stage-change history. */
  medianDaysSpent: number | null;
  /** How many completed stays the median is taken over. */
  completedStays: number;
  /** Median days so far of the initiatives in this stage now. */
  medianDaysSoFar: number | null;
}

export interface StageFunnel {
  steps: FunnelStep[];
  /** Initiatives counted, retired included. */
  total: number;
  /** False while the stage-change history is still loading: the spent medians are then null. */
  historyLoaded: boolean;
}

/** What the funnel reads of one initiative. */
export interface FunnelEntry {
  stage: Stage;
  stageEnteredAt: string;
  history: StageHistory;
}

/**
 * What the funnel needs of every initiative, worked out once per change of
 * the records, in a fixed order (a filter then names them by position).
 */
export interface FunnelIndex {
  historyLoaded: boolean;
  entries: readonly FunnelEntry[];
  /** Furthest funnel stage reached, by position. */
  furthest: number[];
  /** Days in the current stage so far, by position. */
  soFar: number[];
}

/**
 * The funnel's index. Conversion is cumulative, as funnels are read: the
 * furthest stage comes from the current stage and every stage the history
 * mentions, so moving back does not undo a conversion, and an initiative
 * registered (or imported) straight into pilot has passed proof of concept.
 */
export function funnelIndex(
  entries: readonly FunnelEntry[],
  now: Date,
  historyLoaded: boolean,
): FunnelIndex {
  const nowIso = now.toISOString();
  return {
    historyLoaded,
    entries,
    furthest: entries.map((e) =>
      Math.max(0, funnelRank(e.stage), historyLoaded ? e.history.furthestRank : -1),
    ),
    soFar: entries.map((e) => daysBetween(e.stageEnteredAt, nowIso)),
  };
}

/** The median of some days, sorted natively: far faster than a compare function, and never NaN. */
function medianDays(days: readonly number[]): number | null {
  return medianOfSorted(Float64Array.from(days).sort());
}

/** The stage funnel of the initiatives whose position is marked 1 in `inScope`. */
export function countFunnel(index: FunnelIndex, inScope: Uint8Array): StageFunnel {
  const current = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  const spent = new Map<Stage, number[]>(STAGES.map((stage) => [stage, []]));
  const soFar = new Map<Stage, number[]>(STAGES.map((stage) => [stage, []]));
  const reached = FUNNEL_STAGES.map(() => 0);
  let total = 0;
  index.entries.forEach((entry, position) => {
    if (inScope[position] !== 1) return;
    total += 1;
    current.set(entry.stage, (current.get(entry.stage) ?? 0) + 1);
    soFar.get(entry.stage)?.push(index.soFar[position] ?? 0);
    const rank = index.furthest[position] ?? 0;
    for (let step = 0; step <= rank; step++) reached[step] = (reached[step] ?? 0) + 1;
    if (!index.historyLoaded) return;
    for (const stage of STAGES) {
      const days = entry.history.stays[stage];
      if (days) spent.get(stage)?.push(...days);
    }
  });
  const steps = STAGES.map((stage): FunnelStep => {
    const rank = funnelRank(stage);
    const here = rank >= 0 ? (reached[rank] ?? 0) : null;
    const next: FunnelStage | undefined = rank >= 0 ? FUNNEL_STAGES[rank + 1] : undefined;
    const nextReached = reached[rank + 1] ?? 0;
    const stays = spent.get(stage) ?? [];
    return {
      stage,
      label: STAGE_LABELS[stage],
      current: current.get(stage) ?? 0,
      reached: here,
      conversion:
        next === undefined || here === null
          ? null
          : { toStage: next, reached: nextReached, rate: here === 0 ? null : nextReached / here },
      medianDaysSpent: index.historyLoaded ? medianDays(stays) : null,
      completedStays: stays.length,
      medianDaysSoFar: medianDays(soFar.get(stage) ?? []),
    };
  });
  return { steps, total, historyLoaded: index.historyLoaded };
}

/**
 * The stage funnel of a set of initiatives. `changes` may hold changes of
 * other initiatives too: only those of `initiatives` count, so callers can
 * pass the whole history with a filtered list. Pass null while it is loading.
 */
export function stageFunnel(
  initiatives: readonly Pick<Initiative, 'id' | 'stage' | 'stageEnteredAt'>[],
  changes: readonly StageChange[] | null,
  now: Date,
): StageFunnel {
  const histories = stageHistories(changes ?? []);
  const index = funnelIndex(
    initiatives.map((i) => ({ ...i, history: histories.get(i.id) ?? EMPTY_STAGE_HISTORY })),
    now,
    changes !== null,
  );
  return countFunnel(index, new Uint8Array(initiatives.length).fill(1));
}
