import { describe, expect, it } from 'vitest';
import type { Risk } from '../../../shared/risk/record';
import {
  DEFAULT_PORTFOLIO_SORT,
  EMPTY_PORTFOLIO_FILTER,
  filterPortfolio,
  nextSort,
  portfolioCounts,
  portfolioRows,
  sortPortfolio,
  type PortfolioFilter,
} from './portfolio';
import { riskRows } from './riskRows';
import { fakeAcceptance, makeRisk, OTHER_ID, OWNER_ID, SETTINGS } from './testFixtures';

const TODAY = '2026-06-01';
const CLAIMS = '44444444-4444-4444-8444-444444444444';
const INVOICES = '55555555-5555-4555-8555-555555555555';

const names = {
  initiativeTitle: new Map([
    [CLAIMS, 'Claims categoriser'],
    [INVOICES, 'Invoice extraction'],
  ]),
  memberName: new Map([
    [OWNER_ID, 'Daniel Okafor'],
    [OTHER_ID, 'Grace Adeyemi'],
  ]),
};

const high = { likelihood: 3, impact: 4 };
const risks: Record<string, Risk> = {
  // Medium residual, reviewed recently.
  drift: makeRisk({
    title: 'Drift',
    initiativeId: CLAIMS,
    lastReviewedAt: '2026-05-01T09:00:00.000Z',
  }),
  // High residual, reviewed quarterly: last review in January, so overdue by June.
  bias: makeRisk({
    title: 'Bias',
    initiativeId: CLAIMS,
    category: 'bias-and-fairness',
    ownerId: OTHER_ID,
    residual: high,
  }),
  // Accepted until 20 days from now: expiring.
  vendor: makeRisk({
    title: 'Vendor change',
    initiativeId: INVOICES,
    category: 'vendor',
    treatment: 'accept',
    residual: high,
    lastReviewedAt: '2026-05-20T09:00:00.000Z',
    acceptance: fakeAcceptance('2026-06-21', high),
  }),
  // Acceptance expired.
  cost: makeRisk({
    title: 'Cost overrun',
    initiativeId: INVOICES,
    category: 'scale-and-cost',
    treatment: 'accept',
    residual: high,
    lastReviewedAt: '2026-05-20T09:00:00.000Z',
    acceptance: fakeAcceptance('2026-05-31', high),
  }),
  // Needs an acceptance and has none.
  privacy: makeRisk({
    title: 'Privacy leak',
    initiativeId: INVOICES,
    category: 'privacy',
    treatment: 'accept',
    residual: { likelihood: 5, impact: 5 },
    lastReviewedAt: '2026-05-20T09:00:00.000Z',
  }),
  // Accepted for another 90 days: not expiring.
  ip: makeRisk({
    title: 'IP claim',
    initiativeId: INVOICES,
    category: 'intellectual-property',
    treatment: 'accept',
    residual: high,
    lastReviewedAt: '2026-05-20T09:00:00.000Z',
    acceptance: fakeAcceptance('2026-08-30', high),
  }),
};
const rows = portfolioRows(riskRows(Object.values(risks), SETTINGS, TODAY), names);
const titles = (filter: Partial<PortfolioFilter>) =>
  filterPortfolio(rows, { ...EMPTY_PORTFOLIO_FILTER, ...filter })
    .map((r) => r.risk.title)
    .sort();

describe('portfolio filters', () => {
  it('shows everything with no filter and names initiatives and owners once', () => {
    expect(titles({})).toHaveLength(6);
    const bias = rows.find((r) => r.risk.title === 'Bias');
    expect(bias).toMatchObject({
      initiativeTitle: 'Claims categoriser',
      ownerName: 'Grace Adeyemi',
    });
  });

  it('filters by residual band, category and owner', () => {
    expect(titles({ band: 'medium' })).toEqual(['Drift']);
    expect(titles({ band: 'critical' })).toEqual(['Privacy leak']);
    expect(titles({ band: 'high' })).toEqual(['Bias', 'Cost overrun', 'IP claim', 'Vendor change']);
    expect(titles({ category: 'vendor' })).toEqual(['Vendor change']);
    expect(titles({ ownerId: OTHER_ID })).toEqual(['Bias']);
    expect(titles({ band: 'high', ownerId: OWNER_ID })).toEqual([
      'Cost overrun',
      'IP claim',
      'Vendor change',
    ]);
  });

  it('filters overdue reviews and acceptances expiring, expired or missing', () => {
    expect(titles({ overdueOnly: true })).toEqual(['Bias']);
    expect(titles({ acceptance: 'expiring' })).toEqual(['Vendor change']);
    expect(titles({ acceptance: 'expired' })).toEqual(['Cost overrun']);
    expect(titles({ acceptance: 'expiring-or-expired' })).toEqual([
      'Cost overrun',
      'Vendor change',
    ]);
    expect(titles({ acceptance: 'missing' })).toEqual(['Privacy leak']);
  });

  it('searches initiative and risk titles, ignoring case and spaces around', () => {
    expect(titles({ search: '  INVOICE ' })).toEqual([
      'Cost overrun',
      'IP claim',
      'Privacy leak',
      'Vendor change',
    ]);
    expect(titles({ search: 'bias' })).toEqual(['Bias']);
    expect(titles({ search: 'nothing like it' })).toEqual([]);
  });

  it('filters by a residual heat-map cell', () => {
    expect(titles({ cell: { which: 'residual', likelihood: 5, impact: 5 } })).toEqual([
      'Privacy leak',
    ]);
    expect(
      titles({ cell: { which: 'residual', likelihood: 3, impact: 4 }, category: 'vendor' }),
    ).toEqual(['Vendor change']);
  });
});

describe('portfolio sorting and counts', () => {
  it('puts the worst residual first by default, ties by title', () => {
    const sorted = sortPortfolio(rows, DEFAULT_PORTFOLIO_SORT).map((r) => r.risk.title);
    expect(sorted).toEqual([
      'Privacy leak',
      'Bias',
      'Cost overrun',
      'IP claim',
      'Vendor change',
      'Drift',
    ]);
    expect(rows.map((r) => r.risk.title)[0]).toBe('Drift');
  });

  it('sorts by text and date columns both ways', () => {
    const byInitiative = sortPortfolio(rows, { key: 'initiative', direction: 'asc' });
    expect(byInitiative[0]?.initiativeTitle).toBe('Claims categoriser');
    const byReview = sortPortfolio(rows, { key: 'nextReview', direction: 'asc' });
    expect(byReview[0]?.risk.title).toBe('Bias');
    const byTitleDesc = sortPortfolio(rows, { key: 'title', direction: 'desc' });
    expect(byTitleDesc[0]?.risk.title).toBe('Vendor change');
  });

  it('reverses the active column and starts scores worst first', () => {
    expect(nextSort({ key: 'title', direction: 'asc' }, 'title')).toEqual({
      key: 'title',
      direction: 'desc',
    });
    expect(nextSort({ key: 'title', direction: 'asc' }, 'residual')).toEqual({
      key: 'residual',
      direction: 'desc',
    });
    expect(nextSort({ key: 'residual', direction: 'desc' }, 'owner')).toEqual({
      key: 'owner',
      direction: 'asc',
    });
  });

  it('counts bands, overdue reviews and acceptances in one pass', () => {
    expect(portfolioCounts(rows)).toEqual({
      total: 6,
      byBand: { low: 0, medium: 1, high: 4, critical: 1 },
      outside: 0,
      overdue: 1,
      expiring: 1,
      expired: 1,
      missing: 1,
    });
  });
});
