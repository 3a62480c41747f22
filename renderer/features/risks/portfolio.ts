import { RISK_CATEGORY_LABELS, type RiskCategory } from '../../../shared/domain/risk';
import { ACCEPTANCE_STATUSES } from '../../../shared/risk/acceptance';
import { BANDS, bandRank, type Band } from '../../../shared/risk/matrix';
import { inCell, type CellFilter, type RiskRow } from './riskRows';

/** An acceptance this close to its expiry is flagged, so it can be renewed in time. */
export const EXPIRING_WITHIN_DAYS = 30;

export const ACCEPTANCE_FILTERS = [
  'expiring',
  'expired',
  'expiring-or-expired',
  'missing',
] as const;
export type AcceptanceFilter = (typeof ACCEPTANCE_FILTERS)[number];
export const ACCEPTANCE_FILTER_LABELS: Record<AcceptanceFilter, string> = {
  expiring: `Expiring within ${String(EXPIRING_WITHIN_DAYS)} days`,
  expired: 'Expired',
  'expiring-or-expired': `Expiring within ${String(EXPIRING_WITHIN_DAYS)} days or expired`,
  missing: 'Missing or out of date',
};

export interface PortfolioFilter {
  /** Residual band. */
  band: Band | '';
  category: RiskCategory | '';
  ownerId: string;
  overdueOnly: boolean;
  acceptance: AcceptanceFilter | '';
  /** Matches the initiative's or the risk's title. */
  search: string;
  /** A residual heat-map cell. */
  cell: CellFilter | null;
}

export const EMPTY_PORTFOLIO_FILTER: PortfolioFilter = {
  band: '',
  category: '',
  ownerId: '',
  overdueOnly: false,
  acceptance: '',
  search: '',
  cell: null,
};

/** A risk in the portfolio, with the names it is searched and sorted by worked out once. */
export interface PortfolioRow extends RiskRow {
  initiativeTitle: string;
  ownerName: string;
  /** Lower-cased initiative and risk titles, for search. */
  haystack: string;
}

/**
 * Adds the initiative's title and the owner's name to rows whose standings are
 * already computed, so a change of names never recomputes 50,000 standings.
 */
export function portfolioRows(
  rows: readonly RiskRow[],
  names: { initiativeTitle: ReadonlyMap<string, string>; memberName: ReadonlyMap<string, string> },
): PortfolioRow[] {
  return rows.map((row) => {
    const initiativeTitle =
      names.initiativeTitle.get(row.risk.initiativeId) ?? 'Unknown initiative';
    return {
      ...row,
      initiativeTitle,
      ownerName: names.memberName.get(row.risk.ownerId) ?? 'Unknown member',
      haystack: `${initiativeTitle}\n${row.risk.title}`.toLowerCase(),
    };
  });
}

function isExpiring(row: RiskRow): boolean {
  const days = row.standing.acceptanceExpiresInDays;
  return row.standing.acceptance === 'valid' && days !== null && days <= EXPIRING_WITHIN_DAYS;
}

function matchesAcceptance(row: RiskRow, filter: AcceptanceFilter): boolean {
  const status = row.standing.acceptance;
  switch (filter) {
    case 'expiring':
      return isExpiring(row);
    case 'expired':
      return status === 'expired';
    case 'expiring-or-expired':
      return status === 'expired' || isExpiring(row);
    case 'missing':
      return status === 'missing' || status === 'outdated';
  }
}

function matcher(filter: PortfolioFilter): (row: PortfolioRow) => boolean {
  const needle = filter.search.trim().toLowerCase();
  const { band, category, ownerId, overdueOnly, acceptance, cell } = filter;
  return (row) =>
    (band === '' || row.standing.residualBand === band) &&
    (category === '' || row.risk.category === category) &&
    (ownerId === '' || row.risk.ownerId === ownerId) &&
    (!overdueOnly || row.standing.reviewOverdue) &&
    (acceptance === '' || matchesAcceptance(row, acceptance)) &&
    (cell === null || inCell(row, cell)) &&
    (needle === '' || row.haystack.includes(needle));
}

/** Applies the portfolio's filters in memory, keeping the order it is given. */
export function filterPortfolio<T extends PortfolioRow>(
  rows: readonly T[],
  filter: PortfolioFilter,
): T[] {
  return rows.filter(matcher(filter));
}

/** The filtered set, and which of `rows` are in it (1 at their positions), in one pass. */
export function portfolioMatches<T extends PortfolioRow>(
  rows: readonly T[],
  filter: PortfolioFilter,
): { rows: T[]; mask: Uint8Array } {
  const matches = matcher(filter);
  const mask = new Uint8Array(rows.length);
  const kept: T[] = [];
  rows.forEach((row, i) => {
    if (matches(row)) {
      mask[i] = 1;
      kept.push(row);
    }
  });
  return { rows: kept, mask };
}

export const PORTFOLIO_SORT_KEYS = [
  'title',
  'initiative',
  'category',
  'owner',
  'inherent',
  'residual',
  'nextReview',
  'acceptance',
] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];
export interface PortfolioSort {
  key: PortfolioSortKey;
  direction: 'asc' | 'desc';
}

/** Worst first: that is what a portfolio review looks at. */
export const DEFAULT_PORTFOLIO_SORT: PortfolioSort = { key: 'residual', direction: 'desc' };

/** Scores outside the matrix sort below every real score. */
const scoreKey = (score: number | null) => score ?? -1;

function sortKey(row: PortfolioRow, key: PortfolioSortKey): string | number {
  switch (key) {
    case 'title':
      return row.risk.title.toLowerCase();
    case 'initiative':
      return row.initiativeTitle.toLowerCase();
    case 'category':
      return RISK_CATEGORY_LABELS[row.risk.category].toLowerCase();
    case 'owner':
      return row.ownerName.toLowerCase();
    case 'inherent':
      return scoreKey(row.standing.inherentScore);
    case 'residual':
      return scoreKey(row.standing.residualScore);
    case 'nextReview':
      // ISO dates sort as text; a risk without one (rating outside the matrix) sorts last.
      return row.standing.nextReviewOn ?? '9999-12-31';
    case 'acceptance':
      return ACCEPTANCE_STATUSES.indexOf(row.standing.acceptance);
  }
}

/** Dense ranks of `values` in the order `<` gives (equal values share a rank), and how many. */
function denseRanks(values: readonly (string | number)[]): { rank: Uint32Array; count: number } {
  const distinct = [...new Set(values)];
  distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map(distinct.map((value, index) => [value, index]));
  const rank = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i += 1) rank[i] = rankOf.get(values[i] ?? '') ?? 0;
  return { rank, count: distinct.length };
}

/**
 * The portfolio's sort keys, worked out once per change of the rows: for every
 * sortable column, each row's rank among that column's values, and each row's
 * rank by title (the tie-break). A sort then compares small integers only.
 */
export interface PortfolioSortIndex<T extends PortfolioRow> {
  rows: readonly T[];
  keys: Record<PortfolioSortKey, { rank: Uint32Array; count: number }>;
  title: { rank: Uint32Array; count: number };
}

export function portfolioSortIndex<T extends PortfolioRow>(
  rows: readonly T[],
): PortfolioSortIndex<T> {
  const keys = Object.fromEntries(
    PORTFOLIO_SORT_KEYS.map((key) => [key, denseRanks(rows.map((row) => sortKey(row, key)))]),
  ) as PortfolioSortIndex<T>['keys'];
  return { rows, keys, title: denseRanks(rows.map((row) => row.risk.title)) };
}

/**
 * The positions of the rows in `sort` order, from precomputed keys: by the
 * column (either way), ties by title (A first), then in the order given, exactly
 * as comparing the keys themselves would, but 50,000 risks sort in a few
 * milliseconds.
 */
export function portfolioSortOrder<T extends PortfolioRow>(
  index: PortfolioSortIndex<T>,
  sort: PortfolioSort,
): Uint32Array {
  const { rows, title } = index;
  const key = index.keys[sort.key];
  const n = rows.length;
  const descending = sort.direction === 'desc';
  // Column rank (reversed when descending), then title rank, as one number.
  const combined = (i: number) =>
    (descending ? key.count - 1 - (key.rank[i] ?? 0) : (key.rank[i] ?? 0)) * title.count +
    (title.rank[i] ?? 0);
  if (key.count * title.count * n <= Number.MAX_SAFE_INTEGER) {
    // The row's position as the last digit: a plain numeric sort of one typed array, no callback.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i += 1) packed[i] = combined(i) * n + i;
    packed.sort();
    return Uint32Array.from(packed, (value) => value % n);
  }
  const keysOf = Float64Array.from({ length: n }, (_, i) => combined(i));
  const positions = Uint32Array.from({ length: n }, (_, i) => i);
  return positions.sort((a, b) => (keysOf[a] ?? 0) - (keysOf[b] ?? 0) || a - b);
}

/** The rows at `order`'s positions, leaving out those `mask` does not have (when given). */
export function rowsInOrder<T>(
  rows: readonly T[],
  order: ArrayLike<number>,
  mask?: Uint8Array,
): T[] {
  const out: T[] = [];
  for (let i = 0; i < order.length; i += 1) {
    const position = order[i] ?? 0;
    if (!mask || mask[position] === 1) out.push(rows[position] as T);
  }
  return out;
}

/** Sorts a copy; ties fall back to the title. For many sorts of the same rows, keep the index. */
export function sortPortfolio<T extends PortfolioRow>(
  rows: readonly T[],
  sort: PortfolioSort,
): T[] {
  return rowsInOrder(rows, portfolioSortOrder(portfolioSortIndex(rows), sort));
}

/** Clicking the active column reverses it; a new column starts worst or A first. */
export function nextSort(current: PortfolioSort, key: PortfolioSortKey): PortfolioSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  const numeric = key === 'inherent' || key === 'residual';
  return { key, direction: numeric ? 'desc' : 'asc' };
}

export interface PortfolioCounts {
  total: number;
  byBand: Record<Band, number>;
  outside: number;
  overdue: number;
  expiring: number;
  expired: number;
  missing: number;
}

/** Counts for the summary line, in one pass. */
export function portfolioCounts(rows: readonly RiskRow[]): PortfolioCounts {
  const byBand = Object.fromEntries(BANDS.map((band) => [band, 0])) as Record<Band, number>;
  const counts: PortfolioCounts = {
    total: rows.length,
    byBand,
    outside: 0,
    overdue: 0,
    expiring: 0,
    expired: 0,
    missing: 0,
  };
  for (const row of rows) {
    const { standing } = row;
    if (standing.residualBand === null) counts.outside += 1;
    else byBand[standing.residualBand] += 1;
    if (standing.reviewOverdue) counts.overdue += 1;
    if (isExpiring(row)) counts.expiring += 1;
    if (standing.acceptance === 'expired') counts.expired += 1;
    if (standing.acceptance === 'missing' || standing.acceptance === 'outdated')
      counts.missing += 1;
  }
  return counts;
}

/** Bands from worst to mildest, for summaries. */
export const BANDS_WORST_FIRST: readonly Band[] = [...BANDS].sort(
  (a, b) => bandRank(b) - bandRank(a),
);
