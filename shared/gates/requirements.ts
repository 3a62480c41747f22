import type { RiskTier } from '../euAiAct/tier';
import type { ReviewFunction } from './functions';
import type { ChecklistItem, GateTemplate } from './template';

/** What one function must do on a gate, for the initiative's tier. */
export interface ResolvedRequirement {
  function: ReviewFunction;
  quorum: number;
  items: ChecklistItem[];
}

/**
 * The requirements of a template for an initiative's EU AI Act tier. An
 * unclassified initiative gets the base requirements: classification is
 * itself a checklist item, and a later tier change makes sign-offs stale.
 */
export function resolveRequirements(
  template: Pick<GateTemplate, 'functions'>,
  tier: RiskTier | null,
): ResolvedRequirement[] {
  const applies = (tiers: readonly RiskTier[] | null) =>
    tiers === null || (tier !== null && tiers.includes(tier));
  return template.functions
    .filter((req) => applies(req.requiredForTiers))
    .map((req) => ({
      function: req.function,
      quorum: (tier === null ? undefined : req.quorumByTier[tier]) ?? req.quorum,
      items: req.items.filter((item) => applies(item.tiers)),
    }));
}
