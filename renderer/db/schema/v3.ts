import type { Transaction } from 'dexie';
import { EMPTY_BUSINESS_CASE } from '../../../shared/domain/businessCase';
import { EMPTY_READINESS } from '../../../shared/domain/readiness';
import { V2_STORES } from './v2';

/**
 * Version 3: the full initiative profile. Existing initiatives get an empty
 * AI-system description, no classification, an empty business case and every
 * gap "not started"; an index on the risk tier serves the registry's filter.
 */
export const V3_STORES = {
  ...V2_STORES,
  initiatives: 'id, stage, businessUnit, ownerId, updatedAt, *tags, classification.tier',
} as const;

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('initiatives')
    .toCollection()
    .modify((initiative: Record<string, unknown>) => {
      initiative.aiSystem ??= { model: '', provider: '', version: '', hosting: null };
      initiative.dataCategories ??= [];
      initiative.peopleAffected ??= '';
      initiative.humanOversight ??= null;
      initiative.integrationPoints ??= [];
      initiative.classification ??= null;
      initiative.businessCase ??= structuredClone(EMPTY_BUSINESS_CASE);
      initiative.readiness ??= structuredClone(EMPTY_READINESS);
    });
}
