const DAY_MS = 86_400_000;

function utcDay(iso: string): number {
  return Math.floor(Date.parse(iso) / DAY_MS);
}

function isWeekday(day: number): boolean {
  // Day 0 (1970-01-01) was a Thursday.
  const weekday = (day + 4) % 7;
  return weekday !== 0 && weekday !== 6;
}

/**
 * Working days (Monday to Friday, UTC) from one moment to another: the days
 * after `from` up to and including `to`. A review opened on Friday and still
 * open on Monday is one working day old. Public holidays differ by country
 * and are not counted out.
 */
export function workingDaysBetween(fromIso: string, toIso: string): number {
  const start = utcDay(fromIso);
  const end = utcDay(toIso);
  if (end <= start) return 0;
  const span = end - start;
  let count = Math.floor(span / 7) * 5;
  for (let day = start + Math.floor(span / 7) * 7 + 1; day <= end; day++) {
    if (isWeekday(day)) count++;
  }
  return count;
}

/** Today's date (UTC) as `YYYY-MM-DD`. */
export function dateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same moment some calendar months later, clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const date = new Date(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString();
}
