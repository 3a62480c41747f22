import { RISK_TIERS, RISK_TIER_LABELS } from '../../../shared/euAiAct/tier';
import type { FilterOption } from '../../ui/FilterSelect';

/** The EU AI Act tiers, then initiatives not classified yet: the tier filter of lists and the dashboard. */
export const TIER_FILTER_OPTIONS: FilterOption<(typeof RISK_TIERS)[number] | 'unclassified'>[] = [
  ...RISK_TIERS.map((tier) => ({ value: tier, label: RISK_TIER_LABELS[tier] })),
  { value: 'unclassified', label: 'Not classified' },
];
