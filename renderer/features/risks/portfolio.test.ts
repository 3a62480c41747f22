import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS } from '../../../shared/domain/risk';
import { ACCEPTANCE_STATUSES } from '../../../shared/risk/acceptance';
import type { Risk } from '../../../shared/risk/record';
import {
  DEFAULT_PORTFOLIO_SORT,
  EMPTY_PORTFOLIO_FILTER,
  filterPortfolio,
  nextSort,
  PORTFOLIO_SORT_KEYS,
  portfolioCounts,
  portfolioRows,
  portfolioMatches,
  portfolioSortIndex,
  portfolioSortOrder,
  rowsInOrder,
  sortPortfolio,
  type PortfolioFilter,
  type PortfolioRow,
  type PortfolioSort,
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

/** The sort as it was before the keys were precomputed: compares the keys themselves. */
function referenceSort(all: readonly PortfolioRow[], sort: PortfolioSort): PortfolioRow[] {
  const key = (row: PortfolioRow): string | number => {
    switch (sort.key) {
      case 'title':
        return row.risk.title.toLowerCase();
      case 'initiative':
        return row.initiativeTitle.toLowerCase();
      case 'category':
        return RISK_CATEGORY_LABELS[row.risk.category].toLowerCase();
      case 'owner':
        return row.ownerName.toLowerCase();
      case 'inherent':
        return row.standing.inherentScore ?? -1;
      case 'residual':
        return row.standing.residualScore ?? -1;
      case 'nextReview':
        return row.standing.nextReviewOn ?? '9999-12-31';
      case 'acceptance':
        return ACCEPTANCE_STATUSES.indexOf(row.standing.acceptance);
    }
  };
  const direction = sort.direction === 'asc' ? 1 : -1;
  const keyed = all.map((row) => ({ row, key: key(row), title: row.risk.title }));
  keyed.sort((a, b) => {
    if (a.key < b.key) return -direction;
    if (a.key > b.key) return direction;
    return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/** A deterministic pseudo-random sequence, so the generated portfolio is the same every run. */
function seeded(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

describe('precomputed sort keys', () => {
  // Many ties on every column (and duplicate titles, differing only in case), so the
  // tie-breaks by title and then by the order given are exercised.
  const next = seeded(42);
  const TITLES = ['Drift', 'drift', 'Bias', 'Vendor change', 'Cost overrun', 'IP claim', 'Ärger'];
  const generated = riskRows(
    Array.from({ length: 400 }, (_, i) => {
      const residual = { likelihood: 1 + next(6), impact: 1 + next(5) };
      const accepted = next(3) === 0;
      return makeRisk({
        title: `${TITLES[next(TITLES.length)] ?? 'Drift'}${next(3) === 0 ? '' : ` ${String(next(20))}`}`,
        initiativeId: next(2) === 0 ? CLAIMS : next(2) === 0 ? INVOICES : `unknown-${String(i)}`,
        category: RISK_CATEGORIES[next(RISK_CATEGORIES.length)] ?? 'vendor',
        ownerId: next(2) === 0 ? OWNER_ID : OTHER_ID,
        inherent: { likelihood: 1 + next(5), impact: 1 + next(5) },
        // Some residual ratings outside the 5×5 matrix: no score, no next review.
        residual,
        lastReviewedAt: `2026-0${String(1 + next(5))}-1${String(next(9))}T09:00:00.000Z`,
        treatment: accepted ? 'accept' : 'mitigate',
        // Valid, expiring, expired, out of date (for another rating) or missing.
        acceptance:
          accepted && next(4) > 0
            ? fakeAcceptance(
                `2026-0${String(4 + next(5))}-15`,
                next(4) === 0 ? { likelihood: 1, impact: 1 } : residual,
              )
            : null,
      });
    }),
    SETTINGS,
    TODAY,
  );
  const all = portfolioRows(generated, names);
  const index = portfolioSortIndex(all);

  it('gives exactly the order comparing the keys gave, for every column both ways', () => {
    for (const key of PORTFOLIO_SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { key, direction };
        const expected = referenceSort(all, sort).map((row) => row.risk.id);
        expect(
          rowsInOrder(all, portfolioSortOrder(index, sort)).map((row) => row.risk.id),
          key,
        ).toEqual(expected);
        expect(
          sortPortfolio(all, sort).map((row) => row.risk.id),
          key,
        ).toEqual(expected);
      }
    }
  });

  it('sorts a copy, and nothing when there is nothing to sort', () => {
    const before = [...all];
    sortPortfolio(all, DEFAULT_PORTFOLIO_SORT);
    expect(all).toEqual(before);
    expect(portfolioSortOrder(portfolioSortIndex([]), DEFAULT_PORTFOLIO_SORT)).toEqual(
      new Uint32Array(0),
    );
  });

  it('keeps the filtered set in the sorted order', () => {
    const sort = { key: 'owner', direction: 'asc' } as const;
    const order = portfolioSortOrder(index, sort);
    const filter = { ...EMPTY_PORTFOLIO_FILTER, category: 'vendor' as const };
    const matches = portfolioMatches(all, filter);
    expect(matches.rows).toEqual(filterPortfolio(all, filter));
    expect(matches.mask.reduce((sum, bit) => sum + bit, 0)).toBe(matches.rows.length);
    expect(rowsInOrder(all, order, matches.mask)).toEqual(
      filterPortfolio(sortPortfolio(all, sort), filter),
    );
    expect(rowsInOrder(all, order)).toEqual(sortPortfolio(all, sort));
  });
});
