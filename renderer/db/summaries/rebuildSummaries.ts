import { summarizeWithHistories } from '../../../shared/dashboard/summary/summarize';
import { EMPTY_STAGE_HISTORY } from '../../../shared/dashboard/summary/stageHistory';
import type { CountersignDb } from '../database';
import { summaryScope, summaryTablesOf, type SummaryTables } from './derivedTables';
import { allStageHistories } from './stageHistoryFromAudit';

/** Initiatives summarised per step: their records are read by id range, not whole tables. */
const CHUNK = 500;

/**
 * Recomputes every summary row from the records and the audit trail, in the
 * caller's transaction (the schema upgrade's, or `rebuildSummaries`'s).
 * Initiatives go in id ranges, so at most a chunk's records are held at once.
 */
export async function writeAllSummaries(tables: SummaryTables): Promise<number> {
  await tables.initiativeSummaries.clear();
  const histories = await allStageHistories(tables);
  const ids = await tables.initiatives.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [first, last] = [chunk[0], chunk.at(-1)];
    if (first === undefined || last === undefined) continue;
    const [initiatives, risks, gates, signoffs] = await Promise.all([
      tables.initiatives.bulkGet(chunk),
      tables.risks.where('initiativeId').between(first, last, true, true).toArray(),
      tables.gates.where('initiativeId').between(first, last, true, true).toArray(),
      tables.signoffs.where('initiativeId').between(first, last, true, true).toArray(),
    ]);
    const rows = summarizeWithHistories(
      { initiatives: initiatives.flatMap((row) => row ?? []), risks, gates, signoffs },
      (id) => histories.get(id) ?? EMPTY_STAGE_HISTORY,
    );
    await tables.initiativeSummaries.bulkPut(rows);
  }
  return ids.length;
}

/**
 * Rebuilds the derived summaries of a workspace from scratch, in one
 * transaction: after a restore, which writes the records without them.
 * Returns how many initiatives were summarised.
 */
export async function rebuildSummaries(db: CountersignDb): Promise<number> {
  return db.transaction('rw', summaryScope(db), () => writeAllSummaries(summaryTablesOf(db)));
}
