import type { ReadinessStatus } from '../../../shared/domain/readiness';

/**
 * Colours of the dashboard's own charts (risk bands use `BAND_COLOURS`). Each
 * text/background pair meets WCAG AA for normal text (checked in
 * dashboardViews.test.tsx), and every segment also carries its name or count
 * in text, so colour is never the only signal.
 */
export const READINESS_COLOURS: Record<
  ReadinessStatus,
  { background: string; text: string; border: string }
> = {
  ready: { background: '#1f7a3a', text: '#ffffff', border: '#1f7a3a' },
  'in-progress': { background: '#fde68a', text: '#713f12', border: '#b7791f' },
  'not-started': { background: '#ffffff', text: '#1b2430', border: '#5b6675' },
};

/** Funnel bars: the brand blue with white counts; labels sit outside in ink. */
export const FUNNEL_COLOURS = { bar: '#1d3f73', text: '#ffffff', ink: '#1b2430', track: '#eef1f5' };
