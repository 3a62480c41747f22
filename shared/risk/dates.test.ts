import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  calendarDateOf,
  compareIsoDates,
  daysInMonth,
  isLeapYear,
  isoDateSchema,
  parseIsoDate,
} from './dates';

describe('calendar dates', () => {
  it('knows the Gregorian leap years', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 2100, 1900, 2023].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(() => daysInMonth(2026, 13)).toThrow(RangeError);
  });

  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-5', '']) {
      expect(parseIsoDate(bad)).toBeNull();
    }
    expect(isoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(isoDateSchema.safeParse('2026-02-28').success).toBe(true);
  });

  it('takes the date written in a date-time, with or without an offset', () => {
    expect(calendarDateOf('2026-03-31')).toBe('2026-03-31');
    expect(calendarDateOf('2026-01-31T23:30:00.000-05:00')).toBe('2026-01-31');
    expect(calendarDateOf('2026-02-01T04:30:00.000Z')).toBe('2026-02-01');
    expect(calendarDateOf('2026-02-30T00:00:00.000Z')).toBeNull();
    expect(calendarDateOf('yesterday')).toBeNull();
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-05-31', 0, '2026-05-31'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });

  it('refuses bad input to month arithmetic', () => {
    expect(() => addCalendarMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarMonths('9999-12-01', 1)).toThrow(RangeError);
  });

  it('orders dates', () => {
    expect(compareIsoDates('2026-01-31', '2026-02-01')).toBeLessThan(0);
    expect(compareIsoDates('2026-02-01', '2026-02-01')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
  });
});
