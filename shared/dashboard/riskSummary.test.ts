import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX } from '../risk/matrix';
import { DEFAULT_REVIEW_CADENCE } from '../risk/reviewCadence';
import type { Risk } from '../risk/record';
import { ACCEPTANCE_EXPIRY_WINDOW_DAYS, riskFacts, riskPanel } from './riskSummary';
import { riskInputsOf } from './summary/riskInputs';
import { daysAgo, initiative, risk } from './testFixtures';

const TODAY = '2026-11-23';
const settings = { riskMatrix: DEFAULT_RISK_MATRIX, reviewCadence: DEFAULT_REVIEW_CADENCE };
const owner = initiative({ title: 'Claims categoriser' });

function accepted(expiresOn: string, residual: Risk['residual']): Risk['acceptance'] {
  return { signature: {} as never, expiresOn, acceptedAt: daysAgo(100), residual };
}

const critical = { likelihood: 5, impact: 5 };
const risks: Risk[] = [
  risk(owner.id, {
    title: 'Low, review overdue',
    residual: { likelihood: 1, impact: 2 },
    category: 'privacy',
    lastReviewedAt: daysAgo(400),
  }),
  risk(owner.id, { title: 'Medium', residual: { likelihood: 3, impact: 3 }, category: 'security' }),
  risk(owner.id, {
    title: 'High, nothing in place',
    residual: { likelihood: 3, impact: 4 },
    category: 'privacy',
  }),
  risk(owner.id, {
    title: 'Accepted, 20 days left',
    residual: critical,
    treatment: 'accept',
    acceptance: accepted('2026-12-13', critical),
    category: 'safety',
  }),
  risk(owner.id, {
    title: 'Accepted, 30 days left',
    residual: critical,
    treatment: 'accept',
    acceptance: accepted('2026-12-23', critical),
    category: 'safety',
  }),
  risk(owner.id, {
    title: 'Accepted, 31 days left',
    residual: critical,
    treatment: 'accept',
    acceptance: accepted('2026-12-24', critical),
    category: 'safety',
  }),
  risk(owner.id, {
    title: 'Acceptance expired today',
    residual: critical,
    treatment: 'accept',
    acceptance: accepted(TODAY, critical),
    category: 'safety',
  }),
  risk(owner.id, {
    title: 'Rated beyond the matrix',
    residual: { likelihood: 6, impact: 6 },
    category: 'vendor',
  }),
];

const panel = riskPanel(
  risks.map((r) => riskFacts(r.initiativeId, riskInputsOf(r), settings, TODAY)),
  DEFAULT_RISK_MATRIX,
  () => 'Claims',
);

describe('riskPanel', () => {
  it('counts every risk, by residual band, with those outside the matrix apart', () => {
    expect(panel.total).toBe(8);
    expect(panel.byBand).toEqual([
      { band: 'low', label: 'Low', count: 1 },
      { band: 'medium', label: 'Medium', count: 1 },
      { band: 'high', label: 'High', count: 1 },
      { band: 'critical', label: 'Critical', count: 4 },
    ]);
    expect(panel.unrated).toBe(1);
  });

  it('draws the residual heat map with the same totals', () => {
    expect(panel.heatMap.which).toBe('residual');
    expect(panel.heatMap.total).toBe(7);
    expect(panel.heatMap.outside).toBe(1);
    expect(panel.heatMap.cells[4]?.[4]?.count).toBe(4);
    expect(panel.heatMap.cells[2]?.[3]).toMatchObject({ count: 1, band: 'high', score: 12 });
    expect(panel.heatMapTable.caption).toBe(
      'Residual risk: 7 risks by likelihood (rows) and impact (columns). 1 risk outside the matrix not shown.',
    );
  });

  it('counts by category, most first, leaving out empty categories', () => {
    expect(panel.byCategory).toEqual([
      { category: 'safety', label: 'Safety', count: 4 },
      { category: 'privacy', label: 'Privacy', count: 2 },
      { category: 'security', label: 'Security', count: 1 },
      { category: 'vendor', label: 'Vendor and third party', count: 1 },
    ]);
  });

  it('counts overdue reviews and untreated high or critical risks', () => {
    expect(panel.reviewsOverdue).toBe(1);
    // The high risk with no control in place, and the critical one whose acceptance expired.
    expect(panel.untreated).toBe(2);
  });

  it(`lists acceptances expiring within ${String(ACCEPTANCE_EXPIRY_WINDOW_DAYS)} days, soonest first`, () => {
    expect(panel.expiringAcceptances).toEqual([
      {
        riskId: risks[3]!.id,
        title: 'Accepted, 20 days left',
        initiativeId: owner.id,
        initiativeTitle: 'Claims',
        expiresOn: '2026-12-13',
        inDays: 20,
      },
      expect.objectContaining({ title: 'Accepted, 30 days left', inDays: 30 }),
    ]);
  });

  it('is all zeros for no risks', () => {
    const empty = riskPanel([], DEFAULT_RISK_MATRIX, () => '');
    expect(empty.total).toBe(0);
    expect(empty.byBand.every((b) => b.count === 0)).toBe(true);
    expect(empty.byCategory).toEqual([]);
    expect(empty.expiringAcceptances).toEqual([]);
    expect(empty.heatMap.total).toBe(0);
  });
});
