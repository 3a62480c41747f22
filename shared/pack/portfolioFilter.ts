import type { DashboardFilter } from '../dashboard/filter';
import { RISK_TIER_LABELS } from '../euAiAct/tier';
import type { PortfolioFilterText } from './model';

/** A filter's EU AI Act tier in words, or '' for any. */
function tierText(tier: DashboardFilter['tier']): string {
  if (tier === '') return '';
  return tier === 'unclassified' ? 'Not classified' : RISK_TIER_LABELS[tier];
}

/**
 * The Dashboard's filters as a portfolio pack states them: on the cover, in
 * the document control, and in the Export pack dialog before it is built.
 */
export function portfolioFilterText(
  filter: DashboardFilter,
  memberName: (id: string) => string,
): PortfolioFilterText {
  const parts = [
    { label: 'Business unit', value: filter.businessUnit, any: 'Any' },
    { label: 'Owner', value: filter.ownerId ? memberName(filter.ownerId) : '', any: 'Anyone' },
    { label: 'EU AI Act tier', value: tierText(filter.tier), any: 'Any' },
  ];
  const set = parts.filter((p) => p.value !== '');
  return {
    fields: parts.map((p) => ({ label: p.label, value: p.value || p.any })),
    text:
      set.length === 0
        ? 'None: every business unit, owner and EU AI Act tier'
        : set.map((p) => `${p.label}: ${p.value}`).join('; '),
    active: set.length > 0,
  };
}

/** A value as one shell word: as is when plain, in double quotes otherwise. */
function shellWord(value: string): string {
  return /^[\w.@/-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The command-line options that give the same filters: `--business-unit Claims --tier high-risk`. */
export function portfolioFilterOptions(filter: DashboardFilter): string {
  const options: string[] = [];
  if (filter.businessUnit) options.push(`--business-unit ${shellWord(filter.businessUnit)}`);
  if (filter.ownerId) options.push(`--owner ${filter.ownerId}`);
  if (filter.tier) options.push(`--tier ${filter.tier}`);
  return options.join(' ');
}
