import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX } from './matrix';
import type { Risk } from './record';
import { DEFAULT_REVIEW_CADENCE } from './reviewCadence';
import { riskStanding } from './standing';

const settings = { riskMatrix: DEFAULT_RISK_MATRIX, reviewCadence: DEFAULT_REVIEW_CADENCE };
const base: Risk = {
  id: '00000000-0000-4000-8000-000000000001',
  initiativeId: '00000000-0000-4000-8000-000000000002',
  title: 'Drift',
  description: '',
  category: 'maintenance-and-drift',
  ownerId: '00000000-0000-4000-8000-000000000003',
  cause: '',
  consequence: '',
  inherent: { likelihood: 4, impact: 4 },
  residual: { likelihood: 3, impact: 4 },
  treatment: 'mitigate',
  controls: [],
  linkedItems: [],
  templateId: null,
  lastReviewedAt: '2026-08-22T09:00:00.000Z',
  acceptance: null,
  createdAt: '2026-08-22T09:00:00.000Z',
  updatedAt: '2026-08-22T09:00:00.000Z',
};
const control = (status: 'planned' | 'in-place' | 'not-effective') => ({
  id: '00000000-0000-4000-8000-000000000009',
  description: 'Weekly drift report',
  ownerId: base.ownerId,
  dueDate: null,
  status,
});

describe('riskStanding', () => {
  it('derives scores, bands and the next review from the residual band cadence', () => {
    expect(riskStanding(base, settings, '2026-11-22')).toMatchObject({
      inherentScore: 16,
      inherentBand: 'critical',
      residualScore: 12,
      residualBand: 'high',
      nextReviewOn: '2026-11-22',
      reviewOverdue: false,
    });
    expect(riskStanding(base, settings, '2026-11-23').reviewOverdue).toBe(true);
  });

  it('counts a high residual risk as untreated until a control is in place', () => {
    expect(riskStanding(base, settings, '2026-11-22').untreated).toBe(true);
    const planned = { ...base, controls: [control('planned'), control('not-effective')] };
    expect(riskStanding(planned, settings, '2026-11-22').untreated).toBe(true);
    const inPlace = { ...base, controls: [control('in-place')] };
    expect(riskStanding(inPlace, settings, '2026-11-22').untreated).toBe(false);
  });

  it('treats avoidance as treatment and an acceptance only while it is valid', () => {
    expect(riskStanding({ ...base, treatment: 'avoid' }, settings, '2026-11-22').untreated).toBe(
      false,
    );
    const accepted = { ...base, treatment: 'accept' as const };
    expect(riskStanding(accepted, settings, '2026-11-22')).toMatchObject({
      acceptance: 'missing',
      untreated: true,
    });
  });

  it('never flags low or medium residual risk', () => {
    const low = { ...base, residual: { likelihood: 1, impact: 2 } };
    expect(riskStanding(low, settings, '2026-11-22')).toMatchObject({
      residualBand: 'low',
      untreated: false,
    });
  });

  it('reports a rating outside the matrix without throwing', () => {
    const outside = { ...base, residual: { likelihood: 6, impact: 6 } };
    expect(riskStanding(outside, settings, '2026-11-22')).toMatchObject({
      residualScore: null,
      residualBand: null,
      nextReviewOn: null,
      untreated: false,
    });
  });
});
