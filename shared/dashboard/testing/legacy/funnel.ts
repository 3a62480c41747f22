/**
 * The stage funnel from whole initiatives and the audit trail's stage changes,
 * as it was before summaries (commit d2f04f9): the oracle of
 * `summaryEquivalence.test.ts`. Test support only.
 */
import { STAGE_LABELS, STAGES, type Initiative, type Stage } from '../../../domain/initiative';
import {
  completedStays,
  daysBetween,
  FUNNEL_STAGES,
  funnelRank,
  median,
  type FunnelStage,
  type StageChange,
} from '../../durations';
import type { FunnelStep, StageFunnel } from '../../funnel';

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
