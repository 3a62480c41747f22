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

type Filterable = Pick<Initiative, 'businessUnit' | 'ownerId' | 'classification'>;

/** Whether an initiative is in scope: every panel counts only these (and their risks, gates, sign-offs). */
export function matchesFilter(initiative: Filterable, filter: DashboardFilter): boolean {
  if (filter.businessUnit && initiative.businessUnit !== filter.businessUnit) return false;
  if (filter.ownerId && initiative.ownerId !== filter.ownerId) return false;
  if (filter.tier === 'unclassified') return initiative.classification === null;
  if (filter.tier && initiative.classification?.tier !== filter.tier) return false;
  return true;
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
