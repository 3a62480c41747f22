import { z } from 'zod';

/** EU AI Act risk tiers, from the questionnaire (Art. 5, Art. 6 with Annexes I and III, Art. 50). */
export const RISK_TIERS = ['prohibited', 'high-risk', 'limited-risk', 'minimal-risk'] as const;
export const riskTierSchema = z.enum(RISK_TIERS, { message: 'Choose a risk tier' });
export type RiskTier = z.infer<typeof riskTierSchema>;

export const RISK_TIER_LABELS: Record<RiskTier, string> = {
  prohibited: 'Prohibited',
  'high-risk': 'High risk',
  'limited-risk': 'Transparency obligations',
  'minimal-risk': 'Minimal risk',
};

/** The organisation's role for this system under the Act (Art. 3). */
export const AI_ACT_ROLES = ['provider', 'deployer', 'importer', 'distributor'] as const;
export const aiActRoleSchema = z.enum(AI_ACT_ROLES, { message: 'Choose your organisation’s role' });
export type AiActRole = z.infer<typeof aiActRoleSchema>;

export const AI_ACT_ROLE_LABELS: Record<AiActRole, string> = {
  provider: 'Provider',
  deployer: 'Deployer',
  importer: 'Importer',
  distributor: 'Distributor',
};
