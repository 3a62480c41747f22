import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REVIEW_CADENCE,
  isReviewOverdue,
  nextReviewDate,
  reviewCadenceSchema,
  type ReviewCadence,
} from './reviewCadence';

function messages(input: unknown): string[] {
  const result = reviewCadenceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('review cadence', () => {
  it('defaults to critical monthly, high quarterly, otherwise yearly', () => {
    expect(DEFAULT_REVIEW_CADENCE).toEqual({ critical: 1, high: 3, medium: 12, low: 12 });
    expect(reviewCadenceSchema.parse(DEFAULT_REVIEW_CADENCE)).toEqual(DEFAULT_REVIEW_CADENCE);
  });

  it.each([0, 37, 1.5, -1, '3'])('refuses an interval of %s months', (months) => {
    expect(messages({ ...DEFAULT_REVIEW_CADENCE, high: months })).toEqual([
      'High risks need a review interval of 1 to 36 whole months',
    ]);
  });

  it('refuses reviewing a worse band less often than a milder one', () => {
    expect(messages({ ...DEFAULT_REVIEW_CADENCE, critical: 6 })).toEqual([
      'Critical risks cannot be reviewed less often than high ones (every 6 months against every 3 months)',
    ]);
    expect(messages({ critical: 1, high: 3, medium: 12, low: 6 })).toEqual([
      'Medium risks cannot be reviewed less often than low ones (every 12 months against every 6 months)',
    ]);
  });

  it('says "every month" for one month', () => {
    expect(messages({ critical: 2, high: 1, medium: 12, low: 12 })).toEqual([
      'Critical risks cannot be reviewed less often than high ones (every 2 months against every month)',
    ]);
  });

  it('refuses a missing band', () => {
    expect(messages({ critical: 1, high: 3, medium: 12 })).toEqual([
      'Low risks need a review interval of 1 to 36 whole months',
    ]);
  });
});

describe('next review date', () => {
  it.each([
    ['2026-05-10', 'critical', '2026-06-10'],
    ['2026-05-10', 'high', '2026-08-10'],
    ['2026-05-10', 'medium', '2027-05-10'],
    ['2026-05-10', 'low', '2027-05-10'],
  ] as const)('after a review on %s a %s risk is next due on %s', (last, band, expected) => {
    expect(nextReviewDate(last, band, DEFAULT_REVIEW_CADENCE)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 'critical', '2026-02-28'], // not a leap year
    ['2028-01-31', 'critical', '2028-02-29'], // leap year
    ['2100-01-31', 'critical', '2100-02-28'], // century, not a leap year
    ['2000-01-31', 'critical', '2000-02-29'], // divisible by 400, a leap year
    ['2026-03-31', 'critical', '2026-04-30'],
    ['2026-11-30', 'high', '2027-02-28'],
    ['2027-11-30', 'high', '2028-02-29'],
    ['2026-12-31', 'critical', '2027-01-31'],
    ['2028-02-29', 'medium', '2029-02-28'],
    ['2028-02-29', 'critical', '2028-03-29'],
  ] as const)('clamps month ends: %s (%s) → %s', (last, band, expected) => {
    expect(nextReviewDate(last, band)).toBe(expected);
  });

  it('uses the date as written in a date-time', () => {
    // 23:30 on 31 January in New York is 1 February in UTC; the reviewer's date counts.
    expect(nextReviewDate('2026-01-31T23:30:00.000-05:00', 'critical')).toBe('2026-02-28');
    expect(nextReviewDate('2026-02-01T04:30:00.000Z', 'critical')).toBe('2026-03-01');
  });

  it('follows a workspace cadence', () => {
    const cadence: ReviewCadence = { critical: 2, high: 6, medium: 24, low: 36 };
    expect(nextReviewDate('2026-08-31', 'critical', cadence)).toBe('2026-10-31');
    expect(nextReviewDate('2026-08-31', 'high', cadence)).toBe('2027-02-28');
    expect(nextReviewDate('2026-08-31', 'low', cadence)).toBe('2029-08-31');
  });

  it('refuses an invalid last-review date', () => {
    expect(() => nextReviewDate('2026-02-30', 'high')).toThrow('Last review “2026-02-30”');
    expect(() => nextReviewDate('soon', 'high')).toThrow(RangeError);
  });
});

describe('overdue reviews', () => {
  it('is not overdue on the due date, and is the day after', () => {
    expect(isReviewOverdue('2026-02-28', '2026-02-27T12:00:00.000Z')).toBe(false);
    expect(isReviewOverdue('2026-02-28', '2026-02-28T23:59:59.999Z')).toBe(false);
    expect(isReviewOverdue('2026-02-28', '2026-03-01T00:00:00.000Z')).toBe(true);
    expect(isReviewOverdue('2026-02-28', '2027-01-01')).toBe(true);
  });

  it('uses the local date when the time carries an offset', () => {
    // Already 1 March in Tokyo while still 28 February in UTC.
    expect(isReviewOverdue('2026-02-28', '2026-03-01T08:00:00.000+09:00')).toBe(true);
    expect(isReviewOverdue('2026-02-28', '2026-02-28T20:00:00.000-05:00')).toBe(false);
  });

  it('refuses invalid dates rather than guessing', () => {
    expect(() => isReviewOverdue('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => isReviewOverdue('2026-02-28', 'now')).toThrow(RangeError);
  });
});
