import { describe, expect, it } from 'vitest';
import { describeValue } from './describeValue';

describe('describeValue', () => {
  it('says plainly when nothing is recorded', () => {
    for (const empty of [null, undefined, '', []])
      expect(describeValue(empty)).toBe('nothing recorded');
  });

  it('reads lists and small records', () => {
    expect(describeValue(['personal', 'public'])).toBe('personal, public');
    expect(describeValue([{ system: 'CRM', direction: 'reads' }])).toBe('CRM reads');
    expect(describeValue('2.0')).toBe('2.0');
  });
});
