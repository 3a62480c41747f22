import type { Transaction } from 'dexie';
import { signoffToV6, workspaceToV6 } from '../../../shared/domain/rowUpgrades';
import { replaceRows } from './replaceRows';
import { V5_STORES } from './v5';

/**
 * Version 6: the evidence library. Evidence rows (metadata, found by
 * initiative and by hash) and their bytes in `evidenceFiles` under the same
 * id, so listing evidence never loads a file. Sign-offs cite evidence with its
 * SHA-256; the workspace gets the evidence size cap and type allow-list.
 */
export const V6_STORES = {
  ...V5_STORES,
  evidence: 'id, initiativeId, sha256, addedAt',
  evidenceFiles: 'id',
} as const;

export async function upgradeToV6(tx: Transaction): Promise<void> {
  await replaceRows(tx, 'workspace', workspaceToV6);
  await replaceRows(tx, 'signoffs', signoffToV6);
}
