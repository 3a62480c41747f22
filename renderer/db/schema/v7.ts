import type { Transaction } from 'dexie';
import { SUMMARY_STORES, upgradeSummaryTables } from '../summaries/derivedTables';
import { writeAllSummaries } from '../summaries/rebuildSummaries';
import { V6_STORES } from './v6';

/**
 * Version 7: the Dashboard's summaries. `initiativeSummaries` holds one
 * compact row per initiative, derived from its records and stage history and
 * kept by the command layer in the transaction of every write, so the
 * Dashboard reads one small table instead of five large ones and the audit
 * trail. The upgrade computes every row from the rows already there.
 */
export const V7_STORES = { ...V6_STORES, ...SUMMARY_STORES } as const;

export async function upgradeToV7(tx: Transaction): Promise<void> {
  await writeAllSummaries(upgradeSummaryTables(tx));
}
