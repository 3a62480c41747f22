import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrasePolicy';

describe('passphraseStrength', () => {
  it.each([
    ['short', 'too-short'],
    ['password1234', 'weak'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['river lamp 1987', 'fair'],
    ['copper kettle winter ladder', 'strong'],
    ['Tr0ub4dor&3-horse!', 'strong'],
  ])('%s is %s', (passphrase, strength) => {
    expect(passphraseStrength(passphrase).strength).toBe(strength);
  });

  it('says how long it must be', () => {
    expect(passphraseStrength('abc').hint).toMatch(/at least 12 characters \(3 so far\)/);
  });
});
