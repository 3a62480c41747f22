/** Passphrases: long beats complicated. */
export const MIN_PASSPHRASE_LENGTH = 12;

/** Length as a person counts it: an emoji or accented letter is one character. */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

const COMMON = [
  'password',
  'passphrase',
  'countersign',
  'qwerty',
  'letmein',
  'welcome',
  'admin',
  '123456',
  'iloveyou',
];

/**
 * A hint, not a gate beyond the minimum length: estimates guessing effort
 * from length, variety and obvious patterns, and says how to improve.
 */
export function passphraseStrength(passphrase: string): { strength: Strength; hint: string } {
  const length = codePointLength(passphrase);
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      strength: 'too-short',
      hint: `Use at least ${String(MIN_PASSPHRASE_LENGTH)} characters (${String(length)} so far). Several unrelated words work well.`,
    };
  }
  const lower = passphrase.toLowerCase();
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\s]/, /\s/].filter((re) =>
    re.test(passphrase),
  ).length;
  const unique = new Set(lower).size;
  const repetitive = unique <= Math.max(3, length / 4) || /(.)\1{3,}/.test(passphrase);
  const common = COMMON.some((word) => lower.includes(word));
  const words = passphrase
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3).length;
  if (repetitive || common) {
    return {
      strength: 'weak',
      hint: 'Avoid repeated characters and common words such as “password”.',
    };
  }
  if (length >= 20 || (length >= 16 && (classes >= 3 || words >= 4))) {
    return { strength: 'strong', hint: 'Strong passphrase.' };
  }
  return {
    strength: 'fair',
    hint: 'Acceptable. A few more words would make it much harder to guess.',
  };
}
