import { addCalendarMonths } from '../../../shared/risk/dates';

/** The person's local calendar date, `YYYY-MM-DD`: what "today" means for reviews and expiries. */
export function localToday(now: Date): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** How long an acceptance lasts unless the signer chooses otherwise. */
export const DEFAULT_ACCEPTANCE_MONTHS = 6;

/** The expiry offered for a new acceptance: six calendar months from today. */
export function defaultAcceptanceExpiry(today: string): string {
  return addCalendarMonths(today, DEFAULT_ACCEPTANCE_MONTHS);
}
