import { describe, expect, it } from 'vitest';
import { completedStays, daysBetween, median, stageChangeOf, type StageChange } from './durations';

const ID = '00000000-0000-4000-8000-000000000001';

function event(
  before: unknown,
  after: unknown,
  extra: Partial<{ action: string; at: string }> = {},
) {
  return {
    action: 'initiative.changeStage',
    entityId: ID,
    at: '2026-06-01T10:00:00.000Z',
    before,
    after,
    ...extra,
  };
}

describe('stageChangeOf', () => {
  it('reads the stage left, when it was entered, the stage entered and when', () => {
    expect(
      stageChangeOf(
        event(
          { stage: 'proof-of-concept', stageEnteredAt: '2026-01-01T00:00:00.000Z', title: 'x' },
          { stage: 'pilot', stageEnteredAt: '2026-06-01T10:00:00.000Z' },
        ),
      ),
    ).toEqual({
      initiativeId: ID,
      from: 'proof-of-concept',
      to: 'pilot',
      fromEnteredAt: '2026-01-01T00:00:00.000Z',
      at: '2026-06-01T10:00:00.000Z',
    });
  });

  it('skips other actions and snapshots that do not look like a stage change', () => {
    const before = { stage: 'idea', stageEnteredAt: '2026-01-01T00:00:00.000Z' };
    const after = { stage: 'proof-of-concept' };
    expect(stageChangeOf(event(before, after, { action: 'initiative.update' }))).toBeNull();
    expect(stageChangeOf(event(null, after))).toBeNull();
    expect(stageChangeOf(event(before, null))).toBeNull();
    expect(stageChangeOf(event([before], after))).toBeNull();
    expect(stageChangeOf(event({ ...before, stage: 'launched' }, after))).toBeNull();
    expect(stageChangeOf(event(before, { stage: 7 }))).toBeNull();
    expect(stageChangeOf(event({ stage: 'idea' }, after))).toBeNull();
    expect(stageChangeOf(event({ stage: 'idea', stageEnteredAt: 'yesterday' }, after))).toBeNull();
    expect(stageChangeOf(event(before, after, { at: 'not a time' }))).toBeNull();
  });
});

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4])).toBe(4);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([1, 2])).toBe(1.5);
  });

  it('is null for no values and does not reorder its input', () => {
    expect(median([])).toBeNull();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('daysBetween', () => {
  it('counts fractional days and never goes negative', () => {
    expect(daysBetween('2026-01-01T00:00:00.000Z', '2026-01-11T12:00:00.000Z')).toBe(10.5);
    expect(daysBetween('2026-01-11T00:00:00.000Z', '2026-01-01T00:00:00.000Z')).toBe(0);
  });
});

describe('completedStays', () => {
  it('gives each stage the days spent in it before each change, a return visit as a second stay', () => {
    const change = (
      from: StageChange['from'],
      to: StageChange['to'],
      entered: string,
      at: string,
    ) => ({
      initiativeId: ID,
      from,
      to,
      fromEnteredAt: entered,
      at,
    });
    const stays = completedStays([
      change('idea', 'proof-of-concept', '2026-01-01T00:00:00.000Z', '2026-01-11T00:00:00.000Z'),
      change('proof-of-concept', 'idea', '2026-01-11T00:00:00.000Z', '2026-02-10T00:00:00.000Z'),
      change('idea', 'proof-of-concept', '2026-02-10T00:00:00.000Z', '2026-02-15T00:00:00.000Z'),
    ]);
    expect(stays.get('idea')).toEqual([10, 5]);
    expect(stays.get('proof-of-concept')).toEqual([30]);
    expect(stays.get('pilot')).toEqual([]);
    expect(stays.get('retired')).toEqual([]);
  });
});
