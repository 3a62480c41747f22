import type { PendingScenario } from './types';

/**
 * Scenario 6. When the pack builder lands (issue 7), replace this with a
 * MeasurableScenario: pack with 200 risks and 5,000 audit events, time
 * (≤ 3 s), peak memory (≤ 300 MB), no UI task over 50 ms, and the ratio
 * against `docx` packing a plain table of the same rows.
 */
export const initiativePack: PendingScenario = {
  id: 6,
  title: 'Initiative pack (200 risks, 5,000 audit events)',
  notYetMeasurable: 'compliance pack export not built',
};
