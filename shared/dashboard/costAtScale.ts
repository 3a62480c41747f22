import type { Stage } from '../domain/initiative';
import type { InitiativeSummary } from './summary/record';

/** When a projected production cost is flagged (the workspace's `costAlert` setting). */
export interface CostRules {
  /**
   * Flag a projected monthly production cost above this amount. Compared in
   * each initiative's own currency: the app keeps no exchange rates.
   */
  monthlyThreshold: number;
  /** Flag a projected production cost at or above this multiple of the POC's monthly cost. */
  pocMultiple: number;
}

/**
 * The defaults of that setting. 10× matches the business case screen, which
 * already shows a ratio of 10× or more as an alarm; 25,000 a month is the
 * order at which a cost usually needs a budget line of its own.
 */
export const DEFAULT_COST_RULES: CostRules = { monthlyThreshold: 25_000, pocMultiple: 10 };

export type CostFlagReason = 'threshold' | 'multiple';

export interface CostFlag {
  initiativeId: string;
  title: string;
  stage: Stage;
  currency: string;
  pocMonthly: number | null;
  productionMonthly: number;
  /** Production ÷ POC, or null when the POC cost is unknown or zero. */
  ratio: number | null;
  reasons: CostFlagReason[];
}

export interface CostPanel {
  rules: CostRules;
  flagged: CostFlag[];
  /** Initiatives (not retired) whose business case projects a production cost. */
  projected: number;
  /** Initiatives (not retired) with no projection: no unit cost or no production volume yet. */
  withoutProjection: number;
}

/**
 * Initiatives whose projected monthly production cost (`projectCost`, kept in
 * their summary) exceeds the threshold or reaches the multiple of their POC
 * cost, highest multiple first. Retired initiatives are left out: they will
 * not scale.
 */
export function costAtScale(
  initiatives: Iterable<Pick<InitiativeSummary, 'initiativeId' | 'title' | 'stage' | 'cost'>>,
  rules: CostRules = DEFAULT_COST_RULES,
): CostPanel {
  const flagged: CostFlag[] = [];
  let projected = 0;
  let withoutProjection = 0;
  for (const initiative of initiatives) {
    if (initiative.stage === 'retired') continue;
    const { cost } = initiative;
    if (cost.productionMonthly === null) {
      withoutProjection += 1;
      continue;
    }
    projected += 1;
    const reasons: CostFlagReason[] = [];
    if (cost.productionMonthly > rules.monthlyThreshold) reasons.push('threshold');
    if (cost.ratio !== null && cost.ratio >= rules.pocMultiple) reasons.push('multiple');
    if (reasons.length === 0) continue;
    flagged.push({
      initiativeId: initiative.initiativeId,
      title: initiative.title,
      stage: initiative.stage,
      currency: cost.currency,
      pocMonthly: cost.pocMonthly,
      productionMonthly: cost.productionMonthly,
      ratio: cost.ratio,
      reasons,
    });
  }
  flagged.sort(
    (a, b) =>
      (b.ratio ?? -1) - (a.ratio ?? -1) ||
      b.productionMonthly - a.productionMonthly ||
      a.title.localeCompare(b.title),
  );
  return { rules, flagged, projected, withoutProjection };
}
