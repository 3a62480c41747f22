import { isoWithOffset } from '../auth/signature';

/*
 * How dates and times read in a pack: ISO-style dates, 24-hour times, and
 * always the UTC offset, so no time in an audit document is ambiguous.
 */

/** `UTC+01:00`, `UTC−05:30`, `UTC+00:00`. */
export function offsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An instant at the pack's offset: `2026-11-22 13:05 UTC+01:00` (with seconds when asked). */
export function formatInstant(iso: string, offsetMinutes: number, seconds = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const local = isoWithOffset(date, offsetMinutes);
  return `${local.slice(0, 10)} ${local.slice(11, seconds ? 19 : 16)} ${offsetLabel(offsetMinutes)}`;
}

/** The calendar date of an instant at the pack's offset, `YYYY-MM-DD`. */
export function localDateOf(iso: string, offsetMinutes: number): string {
  return isoWithOffset(new Date(iso), offsetMinutes).slice(0, 10);
}

/**
 * A signing time as the signer's clock showed it, with their zone:
 * `2026-11-22T10:15:00.000+01:00` → `2026-11-22 10:15:00 UTC+01:00`.
 */
export function formatSignedAt(signedAt: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?([+-]\d{2}:\d{2}|Z)$/.exec(
    signedAt,
  );
  if (!match) return signedAt;
  const zone = match[3] === 'Z' ? '+00:00' : (match[3] ?? '');
  return `${match[1] ?? ''} ${match[2] ?? ''} UTC${zone}`;
}

/** `1 risk`, `3 risks`. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** A sum of money with its currency, e.g. `USD 12,500.00`. */
export function formatMoney(amount: number, currency: string): string {
  return `${currency} ${amount.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A percentage rounded to one decimal, e.g. `87.5%`. */
export function formatPercent(value: number): string {
  return `${(Math.round(value * 10) / 10).toLocaleString('en-GB')}%`;
}

/** Whole days between two instants (never negative). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.max(0, Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000));
}

/** `1 day`, `3 months`, `2 years` — roughly, for "time in stage". */
export function formatDays(days: number): string {
  if (days < 60) return counted(days, 'day');
  if (days < 730)
    return `${counted(days, 'day')} (about ${counted(Math.round(days / 30.44), 'month')})`;
  return `${counted(days, 'day')} (about ${counted(Math.round(days / 365.25), 'year')})`;
}
