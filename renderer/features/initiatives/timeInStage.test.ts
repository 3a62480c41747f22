import { describe, expect, it } from 'vitest';
import { daysInStage, formatDuration } from './timeInStage';

describe('time in stage', () => {
  it('counts whole days since the stage was entered', () => {
    expect(daysInStage('2026-03-20T09:00:00.000Z', new Date('2026-11-22T08:59:00Z'))).toBe(246);
    expect(daysInStage('2026-11-22T09:00:00.000Z', new Date('2026-11-22T10:00:00Z'))).toBe(0);
    expect(daysInStage('2027-01-01T00:00:00.000Z', new Date('2026-11-22T10:00:00Z'))).toBe(0);
  });

  it('says it the way a person would', () => {
    expect(formatDuration(0)).toBe('today');
    expect(formatDuration(1)).toBe('1 day');
    expect(formatDuration(13)).toBe('13 days');
    expect(formatDuration(21)).toBe('3 weeks');
    expect(formatDuration(245)).toBe('8 months');
    expect(formatDuration(800)).toBe('2.2 years');
  });
});
