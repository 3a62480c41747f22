import { describe, expect, it } from 'vitest';
import { readinessInPilot } from './readiness';
import { initiative, readiness, summaryOf } from './testFixtures';

describe('readinessInPilot', () => {
  it('tallies each of the six gaps across initiatives in pilot only', () => {
    const panel = readinessInPilot(
      [
        initiative({
          stage: 'pilot',
          readiness: readiness({ 'data-quality': 'ready', integration: 'in-progress' }),
        }),
        initiative({
          stage: 'pilot',
          readiness: readiness({ 'data-quality': 'in-progress', maintenance: 'ready' }),
        }),
        initiative({ stage: 'proof-of-concept', readiness: readiness({ scale: 'ready' }) }),
        initiative({ stage: 'production', readiness: readiness({ scale: 'ready' }) }),
      ].map(summaryOf),
    );
    expect(panel.pilots).toBe(2);
    expect(panel.gaps.map((g) => [g.label, g.ready, g.inProgress, g.notStarted])).toEqual([
      ['Data quality', 1, 1, 0],
      ['Integration', 0, 1, 1],
      ['Stakeholder alignment', 0, 0, 2],
      ['Evaluation', 0, 0, 2],
      ['Scale', 0, 0, 2],
      ['Maintenance', 1, 0, 1],
    ]);
    // Every gap accounts for every pilot.
    expect(panel.gaps.every((g) => g.ready + g.inProgress + g.notStarted === 2)).toBe(true);
  });

  it('has six empty gaps when nothing is in pilot', () => {
    const panel = readinessInPilot([summaryOf(initiative({ stage: 'idea' }))]);
    expect(panel.pilots).toBe(0);
    expect(panel.gaps).toHaveLength(6);
    expect(panel.gaps.every((g) => g.ready + g.inProgress + g.notStarted === 0)).toBe(true);
  });
});
