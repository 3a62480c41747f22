import type { Stage } from './initiative';

const DAY_MS = 86_400_000;

/** Whole days between entering a stage and now (never negative). */
export function daysInStage(stageEnteredAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(stageEnteredAt)) / DAY_MS));
}

/**
 * Stalled: stuck in proof of concept or pilot past the workspace threshold.
 * Ideas wait by nature; production and retired are not "stuck".
 */
export function isStalled(
  initiative: { stage: Stage; stageEnteredAt: string },
  now: Date,
  stalledAfterDays: number,
): boolean {
  return (
    (initiative.stage === 'proof-of-concept' || initiative.stage === 'pilot') &&
    daysInStage(initiative.stageEnteredAt, now) > stalledAfterDays
  );
}
