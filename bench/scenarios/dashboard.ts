import type { PendingScenario } from './types';

/**
 * Scenario 7. When the portfolio dashboard lands (issue 10), replace this with
 * a MeasurableScenario: dashboard render on the reference workload.
 */
export const dashboard: PendingScenario = {
  id: 7,
  title: 'Dashboard render on the reference workload',
  notYetMeasurable: 'portfolio dashboard not built',
};
