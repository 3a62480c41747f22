import { describe, expect, it } from 'vitest';
import { addMonths, dateOnly, workingDaysBetween } from './calendar';

describe('workingDaysBetween', () => {
  it('counts weekdays after the start up to the end', () => {
    // 2026-11-20 is a Friday.
    expect(workingDaysBetween('2026-11-20T09:00:00Z', '2026-11-20T17:00:00Z')).toBe(0);
    expect(workingDaysBetween('2026-11-20T09:00:00Z', '2026-11-21T09:00:00Z')).toBe(0);
    expect(workingDaysBetween('2026-11-20T09:00:00Z', '2026-11-23T08:00:00Z')).toBe(1);
    expect(workingDaysBetween('2026-11-16T09:00:00Z', '2026-11-30T09:00:00Z')).toBe(10);
  });

  it('matches a day-by-day count over many spans', () => {
    const start = Date.parse('2026-01-01T12:00:00Z');
    for (let offset = 0; offset < 7; offset++) {
      for (let span = 0; span < 40; span++) {
        const from = start + offset * 86_400_000;
        let expected = 0;
        for (let d = 1; d <= span; d++) {
          const weekday = new Date(from + d * 86_400_000).getUTCDay();
          if (weekday !== 0 && weekday !== 6) expected++;
        }
        const to = new Date(from + span * 86_400_000).toISOString();
        expect(workingDaysBetween(new Date(from).toISOString(), to)).toBe(expected);
      }
    }
  });

  it('never goes negative', () => {
    expect(workingDaysBetween('2026-11-23T09:00:00Z', '2026-11-20T09:00:00Z')).toBe(0);
  });

  it('formats a UTC date', () => {
    expect(dateOnly(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22');
  });
});

describe('addMonths', () => {
  it('clamps to the end of shorter months and handles leap years', () => {
    expect(addMonths('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths('2028-01-31T10:00:00.000Z', 1)).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonths('2026-11-22T10:00:00.000Z', 12)).toBe('2027-11-22T10:00:00.000Z');
    expect(addMonths('2028-02-29T00:00:00.000Z', 12)).toBe('2029-02-28T00:00:00.000Z');
  });
});
