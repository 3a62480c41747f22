/** Generated JSON-like values for the property tests of the fast canonical writers. */
/** Small seeded generator (mulberry32), so a failure is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'a',
  'Zürich',
  'naïve café',
  '日本語',
  '😀',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '"',
  '\\',
  '\n',
  '\t',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u2028',
  ' ',
  'gate.open',
  '',
];
const KEYS = [
  'id',
  'title',
  'a',
  'B',
  'b',
  'é',
  'Z',
  '10',
  '9',
  '0',
  '-1',
  '1.5',
  'entityId',
  'entity',
  'x y',
  '😀',
  'ä',
  '\ud83d',
  '',
  'toString',
  'constructor',
  'hasOwnProperty',
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  1.5,
  -2.75,
  0.1 + 0.2,
  1e21,
  1e-7,
  123456789012345680000,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MIN_VALUE,
];

export function makeGenerator(seed: number) {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const text = () => {
    let out = '';
    const parts = int(6);
    for (let i = 0; i < parts; i += 1) out += pick(PIECES);
    return out;
  };
  const number = () => (random() < 0.5 ? pick(NUMBERS) : (random() - 0.5) * 10 ** int(12));
  const value = (depth: number): unknown => {
    const roll = random();
    if (depth > 4 || roll < 0.45) {
      const kind = int(5);
      if (kind === 0) return text();
      if (kind === 1) return number();
      if (kind === 2) return random() < 0.5;
      if (kind === 3) return null;
      return int(1000);
    }
    if (roll < 0.7) {
      const list: unknown[] = [];
      const length = int(5);
      for (let i = 0; i < length; i += 1) list.push(random() < 0.05 ? undefined : value(depth + 1));
      return list;
    }
    const record: Record<string, unknown> =
      random() < 0.05 ? (Object.create(null) as Record<string, unknown>) : {};
    const size = int(8);
    for (let i = 0; i < size; i += 1) {
      const key = random() < 0.7 ? pick(KEYS) : text();
      record[key] = random() < 0.05 ? undefined : value(depth + 1);
    }
    return record;
  };
  return { random, int, pick, text, number, value };
}

/** Both throw the same error, or both return the same text. */
export function outcome(run: () => string): { text: string } | { error: string } {
  try {
    return { text: run() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
