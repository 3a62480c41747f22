import type { Initiative } from '../domain/initiative';
import type { RiskTier } from '../euAiAct/tier';

/**
 * What the dashboard is narrowed to. The fields mean exactly what the same
 * fields of the initiative list's filter mean, so a panel's link can carry
 * them into the list unchanged. Empty means "any".
 */
export interface DashboardFilter {
  businessUnit: string;
  /** The initiative's owner (not a risk's or a condition's owner). */
  ownerId: string;
  tier: RiskTier | 'unclassified' | '';
}

export const EMPTY_DASHBOARD_FILTER: DashboardFilter = { businessUnit: '', ownerId: '', tier: '' };

/** Whether a summarised initiative is in scope: every panel counts only these (and their risks, gates, sign-offs). */
export function summaryMatches(
  summary: { businessUnit: string; ownerId: string; tier: RiskTier | null },
  filter: DashboardFilter,
): boolean {
  if (filter.businessUnit && summary.businessUnit !== filter.businessUnit) return false;
  if (filter.ownerId && summary.ownerId !== filter.ownerId) return false;
  if (filter.tier === 'unclassified') return summary.tier === null;
  if (filter.tier && summary.tier !== filter.tier) return false;
  return true;
}

/** The same for a whole initiative record (the portfolio pack narrows its inventory with it). */
export function matchesFilter(
  initiative: Pick<Initiative, 'businessUnit' | 'ownerId' | 'classification'>,
  filter: DashboardFilter,
): boolean {
  return summaryMatches(
    {
      businessUnit: initiative.businessUnit,
      ownerId: initiative.ownerId,
      tier: initiative.classification?.tier ?? null,
    },
    filter,
  );
}

export function isFilterEmpty(filter: DashboardFilter): boolean {
  return !filter.businessUnit && !filter.ownerId && !filter.tier;
}

export interface FilterOptions {
  /** Business units in use, sorted. */
  businessUnits: string[];
  /** Members who own at least one initiative, by name. */
  owners: { id: string; name: string }[];
}

/** The choices the filter offers: only values some initiative actually has. */
export function filterOptions(
  initiatives: readonly Pick<Initiative, 'businessUnit' | 'ownerId'>[],
  memberName: (id: string) => string,
): FilterOptions {
  const units = new Set<string>();
  const owners = new Set<string>();
  for (const initiative of initiatives) {
    units.add(initiative.businessUnit);
    owners.add(initiative.ownerId);
  }
  return {
    businessUnits: [...units].sort((a, b) => a.localeCompare(b)),
    owners: [...owners]
      .map((id) => ({ id, name: memberName(id) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
