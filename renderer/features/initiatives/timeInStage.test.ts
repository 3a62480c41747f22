import { describe, expect, it } from 'vitest';
import { formatDuration } from './timeInStage';

describe('formatDuration', () => {
  it('says it the way a person would', () => {
    expect(formatDuration(0)).toBe('today');
    expect(formatDuration(1)).toBe('1 day');
    expect(formatDuration(13)).toBe('13 days');
    expect(formatDuration(21)).toBe('3 weeks');
    expect(formatDuration(245)).toBe('8 months');
    expect(formatDuration(800)).toBe('2.2 years');
  });
});
