import { STAGES, type Stage } from '../domain/initiative';

export const DAY_MS = 86_400_000;

/** The stages an initiative moves forward through; retired sits beside the funnel, not in it. */
export const FUNNEL_STAGES = ['idea', 'proof-of-concept', 'pilot', 'production'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** A stage's place in the funnel (idea 0 … production 3); -1 for retired. */
export function funnelRank(stage: Stage): number {
  return (FUNNEL_STAGES as readonly string[]).indexOf(stage);
}

/**
 * One stage change, as the dashboard needs it: which stage the initiative
 * left, when it had entered it, and when it moved on. The audit trail's
 * `initiative.changeStage` events carry all of it (see `stageChangeOf`).
 */
export interface StageChange {
  initiativeId: string;
  from: Stage;
  to: Stage;
  /** When the initiative had entered `from` (its `stageEnteredAt` before the change). */
  fromEnteredAt: string;
  /** When it moved to `to`. */
  at: string;
}

function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

function field(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null && !Array.isArray(record)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The stage change an audit event records, or null when the event is not a
 * stage change or its snapshots are not what one looks like (a record from
 * an older version, say): such events are skipped, never guessed at.
 */
export function stageChangeOf(event: {
  action: string;
  entityId: string;
  at: string;
  before: unknown;
  after: unknown;
}): StageChange | null {
  if (event.action !== 'initiative.changeStage') return null;
  const from = field(event.before, 'stage');
  const to = field(event.after, 'stage');
  const fromEnteredAt = field(event.before, 'stageEnteredAt');
  if (!isStage(from) || !isStage(to) || typeof fromEnteredAt !== 'string') return null;
  if (Number.isNaN(Date.parse(fromEnteredAt)) || Number.isNaN(Date.parse(event.at))) return null;
  return { initiativeId: event.entityId, from, to, fromEnteredAt, at: event.at };
}

/** Days from one moment to another, as a fraction, never negative. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS);
}

/** The middle value (the mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  return medianOfSorted([...values].sort((a, b) => a - b));
}

/** The same of values already in ascending order. */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * Completed stays per stage: for every stage change, the days spent in the
 * stage it left. A stay still going on is not here (see the funnel's
 * "so far" figure); an initiative that comes back to a stage adds a second stay.
 */
export function completedStays(changes: readonly StageChange[]): Map<Stage, number[]> {
  const stays = new Map<Stage, number[]>(STAGES.map((stage) => [stage, []]));
  for (const change of changes) {
    stays.get(change.from)?.push(daysBetween(change.fromEnteredAt, change.at));
  }
  return stays;
}
