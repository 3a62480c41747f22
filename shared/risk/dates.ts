import { z } from 'zod';

/**
 * Calendar dates as `YYYY-MM-DD`. Review dates and expiries are days, not
 * instants: integer arithmetic on year, month and day avoids the time-zone and
 * daylight-saving surprises of `Date`.
 */
export const isoDateSchema = z.iso.date({ message: 'Enter a date as YYYY-MM-DD' });
export type IsoDate = z.infer<typeof isoDateSchema>;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined) throw new RangeError(`Month ${month} does not exist`);
  return days;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Strict `YYYY-MM-DD` → its parts, or null when it is not a real date (e.g. 2026-02-30). */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = DATE_ONLY.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar date of a `YYYY-MM-DD` date or an ISO 8601 date-time, as written.
 * A time written with the person's UTC offset (see `isoWithOffset`) therefore
 * gives their local date; a `Z` time gives the UTC date. Null when not a valid
 * date or date-time.
 */
export function calendarDateOf(value: string): string | null {
  if (parseIsoDate(value)) return value;
  const match = DATE_TIME.exec(value);
  const datePart = match?.[1];
  if (datePart === undefined || !parseIsoDate(datePart) || Number.isNaN(Date.parse(value))) {
    return null;
  }
  return datePart;
}

/**
 * Adds whole calendar months, clamping to the end of a shorter month:
 * 2026-01-31 + 1 month is 2026-02-28, and 2028-01-31 + 1 month is 2028-02-29.
 */
export function addCalendarMonths(date: string, months: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`“${date}” is not a date in YYYY-MM-DD form`);
  if (!Number.isInteger(months)) throw new RangeError('Months must be a whole number');
  const index = parsed.year * 12 + (parsed.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 1 || year > 9999) throw new RangeError('The resulting date is out of range');
  return formatIsoDate({ year, month, day: Math.min(parsed.day, daysInMonth(year, month)) });
}

/** Negative, zero or positive as `a` is before, on or after `b` (both `YYYY-MM-DD`). */
export function compareIsoDates(a: string, b: string): number {
  // Zero-padded ISO dates sort as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}
