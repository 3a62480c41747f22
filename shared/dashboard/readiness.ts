import type { Stage } from '../domain/initiative';
import { GAP_LABELS, GAPS, type Gap, type ReadinessStatus } from '../domain/readiness';

export interface GapTally {
  gap: Gap;
  label: string;
  ready: number;
  inProgress: number;
  notStarted: number;
}

export interface ReadinessPanel {
  /** Initiatives in pilot that were counted. */
  pilots: number;
  gaps: GapTally[];
}

/**
 * The six gaps across every initiative in pilot: per gap, how many are
 * ready, in progress and not started. Pilot is where the gaps must close
 * before going live, so that is the population the steering committee asks about.
 */
export function readinessInPilot(
  initiatives: Iterable<{ stage: Stage; readiness: Record<Gap, ReadinessStatus> }>,
): ReadinessPanel {
  const gaps = GAPS.map((gap): GapTally => ({
    gap,
    label: GAP_LABELS[gap],
    ready: 0,
    inProgress: 0,
    notStarted: 0,
  }));
  let pilots = 0;
  for (const initiative of initiatives) {
    if (initiative.stage !== 'pilot') continue;
    pilots += 1;
    for (const tally of gaps) {
      const status = initiative.readiness[tally.gap];
      if (status === 'ready') tally.ready += 1;
      else if (status === 'in-progress') tally.inProgress += 1;
      else tally.notStarted += 1;
    }
  }
  return { pilots, gaps };
}
