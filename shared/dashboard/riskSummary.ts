import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, type RiskCategory } from '../domain/risk';
import { heatMapCells, heatMapTable, type HeatMap, type HeatMapTable } from '../risk/heatMap';
import { BAND_LABELS, BANDS, type Band, type RiskMatrix } from '../risk/matrix';
import { acceptanceStatus } from '../risk/acceptance';
import type { Risk } from '../risk/record';
import { isReviewOverdue, nextReviewDate, type ReviewCadence } from '../risk/reviewCadence';
import { bandOf, ratingProblem } from '../risk/scoring';
import { DAY_MS } from './durations';
import type { RiskInputs } from './summary/record';

/** Acceptances expiring within this many days are listed. */
export const ACCEPTANCE_EXPIRY_WINDOW_DAYS = 30;

/** What the dashboard keeps of a risk and its standing: enough to count and list it. */
export interface RiskFacts {
  id: string;
  initiativeId: string;
  title: string;
  category: RiskCategory;
  residual: Risk['residual'];
  inherent: Risk['inherent'];
  residualBand: Band | null;
  reviewOverdue: boolean;
  nextReviewOn: string | null;
  acceptanceExpiresOn: string | null;
  acceptanceExpiresInDays: number | null;
  untreated: boolean;
}

type RiskSettings = { riskMatrix: RiskMatrix; reviewCadence: ReviewCadence };

/**
 * Risk facts on the workspace settings today, from the risks' summaries: the
 * rules of `riskStanding` (shared/risk/standing.ts), which takes a whole risk,
 * applied to what the summary keeps. `summaryEquivalence.test.ts` holds the
 * two to the same answers. Tens of thousands of risks share a few dozen
 * ratings and a few hundred review dates, so bands and due dates are worked
 * out once each.
 */
export function riskFactsOn(
  settings: RiskSettings,
  today: string,
): (initiativeId: string, risk: RiskInputs) => RiskFacts {
  const matrix = settings.riskMatrix;
  const bands = new Map<string, Band | null>();
  const reviews = new Map<string, { nextReviewOn: string; overdue: boolean }>();
  const todayMs = Date.parse(`${today.slice(0, 10)}T00:00:00Z`);
  const bandOfRating = (rating: RiskInputs['residual']): Band | null => {
    const key = `${String(rating.likelihood)}x${String(rating.impact)}`;
    let band = bands.get(key);
    if (band === undefined) {
      band = ratingProblem(matrix, rating) === null ? bandOf(matrix, rating) : null;
      bands.set(key, band);
    }
    return band;
  };
  const reviewOf = (lastReviewedOn: string, band: Band) => {
    const key = `${lastReviewedOn}|${band}`;
    let review = reviews.get(key);
    if (!review) {
      const nextReviewOn = nextReviewDate(lastReviewedOn, band, settings.reviewCadence);
      review = { nextReviewOn, overdue: isReviewOverdue(nextReviewOn, today) };
      reviews.set(key, review);
    }
    return review;
  };
  return (initiativeId, risk) => {
    const residualBand = bandOfRating(risk.residual);
    const review = residualBand ? reviewOf(risk.lastReviewedOn, residualBand) : null;
    const acceptance = residualBand
      ? acceptanceStatus(matrix, risk, risk.acceptance, today)
      : 'not-needed';
    const high = residualBand === 'high' || residualBand === 'critical';
    const expiresInDays =
      acceptance === 'valid' && risk.acceptance
        ? Math.round((Date.parse(`${risk.acceptance.expiresOn}T00:00:00Z`) - todayMs) / DAY_MS)
        : null;
    return {
      id: risk.id,
      initiativeId,
      title: risk.title,
      category: risk.category,
      residual: risk.residual,
      inherent: risk.inherent,
      residualBand,
      reviewOverdue: review?.overdue ?? false,
      nextReviewOn: review?.nextReviewOn ?? null,
      acceptanceExpiresOn: expiresInDays === null ? null : (risk.acceptance?.expiresOn ?? null),
      acceptanceExpiresInDays: expiresInDays,
      untreated:
        high &&
        (risk.treatment === 'accept'
          ? acceptance !== 'valid'
          : risk.treatment !== 'avoid' && risk.controlsInPlace === 0),
    };
  };
}

/** One risk's facts (`riskFactsOn`). */
export function riskFacts(
  initiativeId: string,
  risk: RiskInputs,
  settings: RiskSettings,
  today: string,
): RiskFacts {
  return riskFactsOn(settings, today)(initiativeId, risk);
}

export interface ExpiringAcceptance {
  riskId: string;
  title: string;
  initiativeId: string;
  initiativeTitle: string;
  expiresOn: string;
  inDays: number;
}

export interface RiskPanel {
  total: number;
  heatMap: HeatMap;
  heatMapTable: HeatMapTable;
  /** Residual band counts, low to critical; risks rated outside the matrix are `unrated`. */
  byBand: { band: Band; label: string; count: number }[];
  unrated: number;
  /** Categories with at least one risk, most first. */
  byCategory: { category: RiskCategory; label: string; count: number }[];
  reviewsOverdue: number;
  /** High or critical residual risks that nothing treats yet. */
  untreated: number;
  expiringAcceptances: ExpiringAcceptance[];
  /** Initiatives with at least one risk, for the list behind the panel. */
  initiativeIds: string[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The portfolio's residual risk: heat map, band and category counts, overdue
 * reviews, expiring acceptances. The same whatever order the risks come in:
 * ties fall in the order of the risks table (by id), as reading it whole did.
 */
export function riskPanel(
  facts: readonly RiskFacts[],
  matrix: RiskMatrix,
  initiativeTitle: (id: string) => string,
): RiskPanel {
  const bands = new Map<Band, number>(BANDS.map((band) => [band, 0]));
  const categories = new Map<RiskCategory, number>();
  let unrated = 0;
  let reviewsOverdue = 0;
  let untreated = 0;
  const expiring: ExpiringAcceptance[] = [];
  // Each initiative with its first risk in the table's order.
  const firstRisk = new Map<string, string>();
  for (const risk of facts) {
    const first = firstRisk.get(risk.initiativeId);
    if (first === undefined || risk.id < first) firstRisk.set(risk.initiativeId, risk.id);
    if (risk.residualBand === null) unrated += 1;
    else bands.set(risk.residualBand, (bands.get(risk.residualBand) ?? 0) + 1);
    categories.set(risk.category, (categories.get(risk.category) ?? 0) + 1);
    if (risk.reviewOverdue) reviewsOverdue += 1;
    if (risk.untreated) untreated += 1;
    if (
      risk.acceptanceExpiresInDays !== null &&
      risk.acceptanceExpiresOn !== null &&
      risk.acceptanceExpiresInDays <= ACCEPTANCE_EXPIRY_WINDOW_DAYS
    ) {
      expiring.push({
        riskId: risk.id,
        title: risk.title,
        initiativeId: risk.initiativeId,
        initiativeTitle: initiativeTitle(risk.initiativeId),
        expiresOn: risk.acceptanceExpiresOn,
        inDays: risk.acceptanceExpiresInDays,
      });
    }
  }
  const heatMap = heatMapCells(matrix, facts, 'residual');
  return {
    total: facts.length,
    heatMap,
    heatMapTable: heatMapTable(matrix, heatMap),
    byBand: BANDS.map((band) => ({ band, label: BAND_LABELS[band], count: bands.get(band) ?? 0 })),
    unrated,
    byCategory: RISK_CATEGORIES.flatMap((category) => {
      const count = categories.get(category) ?? 0;
      return count > 0 ? [{ category, label: RISK_CATEGORY_LABELS[category], count }] : [];
    }).sort((a, b) => b.count - a.count),
    reviewsOverdue,
    untreated,
    expiringAcceptances: expiring.sort(
      (a, b) =>
        a.inDays - b.inDays || a.title.localeCompare(b.title) || byString(a.riskId, b.riskId),
    ),
    initiativeIds: [...firstRisk].sort((a, b) => byString(a[1], b[1])).map(([id]) => id),
  };
}
