import { STAGE_LABELS, STAGES, type Initiative, type Stage } from '../domain/initiative';
import { completedStays, daysBetween, median, type StageChange } from './durations';

/** The stages an initiative moves forward through; retired sits beside the funnel, not in it. */
export const FUNNEL_STAGES = ['idea', 'proof-of-concept', 'pilot', 'production'] as const;
type FunnelStage = (typeof FUNNEL_STAGES)[number];

function funnelRank(stage: Stage): number {
  return (FUNNEL_STAGES as readonly string[]).indexOf(stage);
}

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

/**
 * The stage funnel of a set of initiatives. `changes` may hold changes of
 * other initiatives too: only those of `initiatives` count, so callers can
 * pass the whole history with a filtered list. Pass null while it is loading.
 *
 * Conversion is cumulative, as funnels are read: an initiative registered (or
 * imported) straight into pilot has passed proof of concept; one retired from
 * pilot reached pilot. The furthest stage comes from the current stage and
 * every stage its history mentions, so moving back does not undo a conversion.
 */
export function stageFunnel(
  initiatives: readonly Pick<Initiative, 'id' | 'stage' | 'stageEnteredAt'>[],
  changes: readonly StageChange[] | null,
  now: Date,
): StageFunnel {
  const nowIso = now.toISOString();
  const ids = new Set<string>();
  const furthest = new Map<string, number>();
  const current = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  const soFar = new Map<Stage, number[]>(STAGES.map((stage) => [stage, []]));
  for (const initiative of initiatives) {
    ids.add(initiative.id);
    current.set(initiative.stage, (current.get(initiative.stage) ?? 0) + 1);
    soFar.get(initiative.stage)?.push(daysBetween(initiative.stageEnteredAt, nowIso));
    furthest.set(initiative.id, Math.max(0, funnelRank(initiative.stage)));
  }
  const relevant = (changes ?? []).filter((change) => ids.has(change.initiativeId));
  for (const change of relevant) {
    const seen = furthest.get(change.initiativeId) ?? 0;
    furthest.set(
      change.initiativeId,
      Math.max(seen, funnelRank(change.from), funnelRank(change.to)),
    );
  }
  const reached = FUNNEL_STAGES.map(() => 0);
  for (const rank of furthest.values()) {
    for (let step = 0; step <= rank; step++) reached[step] = (reached[step] ?? 0) + 1;
  }
  const stays = completedStays(relevant);
  const steps = STAGES.map((stage): FunnelStep => {
    const rank = funnelRank(stage);
    const here = rank >= 0 ? (reached[rank] ?? 0) : null;
    const next: FunnelStage | undefined = rank >= 0 ? FUNNEL_STAGES[rank + 1] : undefined;
    const nextReached = reached[rank + 1] ?? 0;
    const spent = stays.get(stage) ?? [];
    return {
      stage,
      label: STAGE_LABELS[stage],
      current: current.get(stage) ?? 0,
      reached: here,
      conversion:
        next === undefined || here === null
          ? null
          : { toStage: next, reached: nextReached, rate: here === 0 ? null : nextReached / here },
      medianDaysSpent: changes === null ? null : median(spent),
      completedStays: changes === null ? 0 : spent.length,
      medianDaysSoFar: median(soFar.get(stage) ?? []),
    };
  });
  return { steps, total: initiatives.length, historyLoaded: changes !== null };
}
