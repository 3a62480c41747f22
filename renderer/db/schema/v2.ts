import type { Transaction } from 'dexie';
import { memberToV2, workspaceToV2 } from '../../../shared/domain/rowUpgrades';
import { replaceRows } from './replaceRows';
import { V1_STORES } from './v1';

/**
 * Version 2: sign-in and signatures. Adds the `credentials` table (encrypted
 * signing keys and temporary passphrases, kept out of member records so they
 * never appear in audit snapshots or exports), gives every member an empty
 * key history and no certification, and adds the signing setting.
 */
export const V2_STORES = { ...V1_STORES, credentials: 'memberId' } as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await replaceRows(tx, 'members', memberToV2);
  await replaceRows(tx, 'workspace', workspaceToV2);
}
