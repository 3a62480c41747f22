import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';

/**
 * Version 2: sign-in and signatures. Adds the `credentials` table (encrypted
 * signing keys and temporary passphrases, kept out of member records so they
 * never appear in audit snapshots or exports), gives every member an empty
 * key history and no certification, and adds the signing setting.
 */
export const V2_STORES = { ...V1_STORES, credentials: 'memberId' } as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('members')
    .toCollection()
    .modify((member: Record<string, unknown>) => {
      member.keys ??= [];
      member.certification ??= null;
    });
  await tx
    .table('workspace')
    .toCollection()
    .modify((workspace: { settings?: Record<string, unknown> }) => {
      if (workspace.settings) workspace.settings.signingReauth ??= 'every-signature';
    });
}
