import type { Transaction } from 'dexie';
import { workspaceToV4 } from '../../../shared/domain/rowUpgrades';
import { replaceRows } from './replaceRows';
import { V3_STORES } from './v3';

/**
 * Version 4: gate reviews and sign-offs. The workspace gets the default gate
 * templates and the approval validity period; gates are found by initiative,
 * sign-offs by gate, initiative and reviewer.
 */
export const V4_STORES = {
  ...V3_STORES,
  gates: 'id, initiativeId, openedAt',
  signoffs: 'id, gateId, initiativeId, reviewerId, recordedAt',
} as const;

export async function upgradeToV4(tx: Transaction): Promise<void> {
  await replaceRows(tx, 'workspace', workspaceToV4);
}
