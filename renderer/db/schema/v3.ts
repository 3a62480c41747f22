import type { Transaction } from 'dexie';
import { initiativeToV3 } from '../../../shared/domain/rowUpgrades';
import { replaceRows } from './replaceRows';
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
  await replaceRows(tx, 'initiatives', initiativeToV3);
}
