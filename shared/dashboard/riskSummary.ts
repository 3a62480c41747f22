import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, type RiskCategory } from '../domain/risk';
import { heatMapCells, heatMapTable, type HeatMap, type HeatMapTable } from '../risk/heatMap';
import { BAND_LABELS, BANDS, type Band, type RiskMatrix } from '../risk/matrix';
import type { Risk } from '../risk/record';
import type { ReviewCadence } from '../risk/reviewCadence';
import { riskStanding } from '../risk/standing';

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

/** Each risk's standing on the workspace settings today (`riskStanding`), computed once. */
export function riskFacts(
  risks: readonly Risk[],
  settings: { riskMatrix: RiskMatrix; reviewCadence: ReviewCadence },
  today: string,
): RiskFacts[] {
  return risks.map((risk) => {
    const standing = riskStanding(risk, settings, today);
    return {
      id: risk.id,
      initiativeId: risk.initiativeId,
      title: risk.title,
      category: risk.category,
      residual: risk.residual,
      inherent: risk.inherent,
      residualBand: standing.residualBand,
      reviewOverdue: standing.reviewOverdue,
      nextReviewOn: standing.nextReviewOn,
      acceptanceExpiresOn:
        standing.acceptanceExpiresInDays === null ? null : (risk.acceptance?.expiresOn ?? null),
      acceptanceExpiresInDays: standing.acceptanceExpiresInDays,
      untreated: standing.untreated,
    };
  });
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

/** The portfolio's residual risk: heat map, band and category counts, overdue reviews, expiring acceptances. */
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
  const initiativeIds = new Set<string>();
  for (const risk of facts) {
    initiativeIds.add(risk.initiativeId);
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
      (a, b) => a.inDays - b.inDays || a.title.localeCompare(b.title),
    ),
    initiativeIds: [...initiativeIds],
  };
}
