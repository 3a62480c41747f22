import { describe, expect, it } from 'vitest';
import { daysInStage, isStalled } from './stalled';

const now = new Date('2026-11-22T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

describe('stalled detection', () => {
  it('counts whole days in stage, never negative', () => {
    expect(daysInStage(daysAgo(245.5), now)).toBe(245);
    expect(daysInStage(daysAgo(-3), now)).toBe(0);
  });

  it.each([
    ['proof-of-concept', 91, true],
    ['proof-of-concept', 90, false],
    ['pilot', 200, true],
    ['idea', 400, false],
    ['production', 400, false],
    ['retired', 400, false],
  ] as const)('%s for %i days: stalled %s', (stage, days, expected) => {
    expect(isStalled({ stage, stageEnteredAt: daysAgo(days) }, now, 90)).toBe(expected);
  });

  it('uses the workspace threshold', () => {
    expect(isStalled({ stage: 'pilot', stageEnteredAt: daysAgo(40) }, now, 30)).toBe(true);
  });
});
