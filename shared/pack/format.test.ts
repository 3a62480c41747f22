import { describe, expect, it } from 'vitest';
import {
  counted,
  formatDays,
  formatInstant,
  formatSignedAt,
  localDateOf,
  offsetLabel,
} from './format';
import { INITIATIVE_SECTIONS, parseSectionList } from './sections';

describe('pack formatting', () => {
  it('always shows the UTC offset', () => {
    expect(offsetLabel(60)).toBe('UTC+01:00');
    expect(offsetLabel(-330)).toBe('UTC-05:30');
    expect(formatInstant('2026-11-22T23:30:00.000Z', 60)).toBe('2026-11-23 00:30 UTC+01:00');
    expect(formatInstant('2026-11-22T23:30:05.000Z', 0, true)).toBe(
      '2026-11-22 23:30:05 UTC+00:00',
    );
    expect(localDateOf('2026-11-22T23:30:00.000Z', 60)).toBe('2026-11-23');
  });

  it('prints a signing time as the signer’s clock showed it', () => {
    expect(formatSignedAt('2026-11-22T10:15:07.000+01:00')).toBe('2026-11-22 10:15:07 UTC+01:00');
    expect(formatSignedAt('not a time')).toBe('not a time');
  });

  it('counts in words', () => {
    expect(counted(1, 'risk')).toBe('1 risk');
    expect(counted(1200, 'event')).toBe('1,200 events');
    expect(formatDays(45)).toBe('45 days');
    expect(formatDays(210)).toBe('210 days (about 7 months)');
  });

  it('reads a section list in document order and names unknown sections', () => {
    expect(parseSectionList('gates, executive-summary', INITIATIVE_SECTIONS)).toEqual({
      ok: true,
      sections: ['executive-summary', 'gates'],
    });
    expect(parseSectionList('gates,bogus', INITIATIVE_SECTIONS)).toEqual({
      ok: false,
      unknown: ['bogus'],
    });
  });
});
