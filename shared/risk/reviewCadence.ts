import { z } from 'zod';
import { addCalendarMonths, calendarDateOf, compareIsoDates } from './dates';
import { BAND_LABELS, BANDS, bandRank, type Band } from './matrix';

export const MAX_REVIEW_MONTHS = 36;

const months = (band: Band) => {
  const message = `${BAND_LABELS[band]} risks need a review interval of 1 to ${MAX_REVIEW_MONTHS} whole months`;
  return z
    .number({ message })
    .int({ message })
    .min(1, { message })
    .max(MAX_REVIEW_MONTHS, { message });
};

const monthsText = (n: number) => (n === 1 ? 'month' : `${n} months`);

/** How often a risk in each band is reviewed, in calendar months (workspace setting). */
export const reviewCadenceSchema = z
  .strictObject({
    low: months('low'),
    medium: months('medium'),
    high: months('high'),
    critical: months('critical'),
  })
  .superRefine((cadence, ctx) => {
    // A worse band is looked at at least as often as a milder one. Zod runs this
    // even when an interval failed its own check, so compare valid ones only.
    const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_REVIEW_MONTHS;
    for (const band of BANDS) {
      const milder = BANDS[bandRank(band) - 1];
      if (
        milder !== undefined &&
        valid(cadence[band]) &&
        valid(cadence[milder]) &&
        cadence[band] > cadence[milder]
      ) {
        ctx.addIssue({
          code: 'custom',
          path: [band],
          message: `${BAND_LABELS[band]} risks cannot be reviewed less often than ${BAND_LABELS[milder].toLowerCase()} ones (every ${monthsText(cadence[band])} against every ${monthsText(cadence[milder])})`,
        });
      }
    }
  });
export type ReviewCadence = z.infer<typeof reviewCadenceSchema>;

/** Critical monthly, high quarterly, otherwise yearly. */
export const DEFAULT_REVIEW_CADENCE: ReviewCadence = { critical: 1, high: 3, medium: 12, low: 12 };

function dateOf(value: string, what: string): string {
  const date = calendarDateOf(value);
  if (date === null) throw new RangeError(`${what} “${value}” is not a valid date`);
  return date;
}

/**
 * The date (`YYYY-MM-DD`) the next review is due: the last review's calendar
 * date plus the band's cadence in calendar months, clamped to the end of a
 * shorter month (a review on 31 January due monthly is next due on 28 or 29
 * February). A date-time counts as the date written in it.
 */
export function nextReviewDate(
  lastReviewedAtIso: string,
  band: Band,
  cadence: ReviewCadence = DEFAULT_REVIEW_CADENCE,
): string {
  return addCalendarMonths(dateOf(lastReviewedAtIso, 'Last review'), cadence[band]);
}

/**
 * True once the due date has passed: a review due today is not yet overdue.
 * Pass `now` with the person's UTC offset (`isoWithOffset`) so "today" is
 * their local date.
 */
export function isReviewOverdue(nextReviewIso: string, nowIso: string): boolean {
  return compareIsoDates(dateOf(nowIso, 'Now'), dateOf(nextReviewIso, 'Next review')) > 0;
}
