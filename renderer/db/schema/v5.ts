import type { Transaction } from 'dexie';
import { riskToV5, workspaceToV5 } from '../../../shared/domain/rowUpgrades';
import { replaceRows } from './replaceRows';
import { V4_STORES } from './v4';

/**
 * Version 5: the full risk register. The workspace gets the default 5 × 5
 * matrix, review cadence and acceptance role; risks get cause, consequence,
 * controls, linked checklist items, a review date (their creation) and no
 * acceptance. Risks are also found by treatment for the portfolio filters.
 */
export const V5_STORES = {
  ...V4_STORES,
  risks: 'id, initiativeId, category, ownerId, treatment',
} as const;

export async function upgradeToV5(tx: Transaction): Promise<void> {
  await replaceRows(tx, 'workspace', workspaceToV5);
  await replaceRows(tx, 'risks', riskToV5);
}
