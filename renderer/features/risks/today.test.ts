import { describe, expect, it } from 'vitest';
import { defaultAcceptanceExpiry, localToday } from './today';

describe('dates on the risk screens', () => {
  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });

  it('offers an acceptance for six calendar months, clamped to the month end', () => {
    expect(defaultAcceptanceExpiry('2026-06-01')).toBe('2026-12-01');
    expect(defaultAcceptanceExpiry('2026-08-31')).toBe('2027-02-28');
  });
});
