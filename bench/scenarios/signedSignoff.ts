import type { PendingScenario } from './types';

/**
 * Scenario 3. When sign-offs land (issue 5, with signatures from issue 3),
 * replace this with a MeasurableScenario: record signed sign-offs with strict
 * durability, p50/p95 (budget ≤ 50 ms p95), key derivation timed separately.
 */
export const signedSignoff: PendingScenario = {
  id: 3,
  title: 'Record a signed sign-off (strict durability)',
  notYetMeasurable: 'sign-offs not built',
};
