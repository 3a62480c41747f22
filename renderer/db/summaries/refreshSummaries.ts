import type { Table } from 'dexie';
import type { AuditEvent } from '../../../shared/audit/auditEvent';
import type { StageHistory } from '../../../shared/dashboard/summary/record';
import {
  EMPTY_STAGE_HISTORY,
  withStageChange,
} from '../../../shared/dashboard/summary/stageHistory';
import { summarizeWithHistories } from '../../../shared/dashboard/summary/summarize';
import type { SummaryTables } from './derivedTables';
import { stageHistoryFromAudit } from './stageHistoryFromAudit';
import { touchedInitiatives } from './touchedInitiatives';

/** The rows of a table that belong to some initiatives, through its `initiativeId` index. */
function ofInitiatives<T>(table: Table<T, string>, ids: readonly string[]) {
  const where = table.where('initiativeId');
  return (ids.length === 1 ? where.equals(ids[0] ?? '') : where.anyOf(ids)).toArray();
}

/**
 * Rebuilds, inside the command's transaction, the summary row of every
 * initiative its audit events name, from the records as they now stand. Runs
 * after every command (`execute`), so no command can forget it. An initiative
 * registered by the command has no other records but those its events name,
 * so bulk imports read nothing else.
 *
 * Every await here is on IndexedDB requests, never a loop of plain promises:
 * Dexie keeps its transaction across only so many of those (`ZONE_ECHO_LIMIT`).
 */
export async function refreshSummaries(
  tables: SummaryTables,
  events: readonly AuditEvent[],
): Promise<void> {
  const touched = touchedInitiatives(events);
  if (touched.size === 0) return;
  const ids = [...touched.keys()];
  const existing = ids.filter((id) => touched.get(id)?.created !== true);
  const withRecords = ids.filter((id) => {
    const touch = touched.get(id);
    return touch !== undefined && (!touch.created || touch.relatedWritten);
  });
  const [initiatives, stored, risks, gates, signoffs] = await Promise.all([
    tables.initiatives.bulkGet(ids),
    tables.initiativeSummaries.bulkGet(existing),
    ofInitiatives(tables.risks, withRecords),
    ofInitiatives(tables.gates, withRecords),
    ofInitiatives(tables.signoffs, withRecords),
  ]);
  const storedById = new Map(stored.flatMap((row) => (row ? [[row.initiativeId, row]] : [])));
  // A missing row (never expected after the upgrade) is rebuilt from the audit
  // trail, which already holds this command's events.
  const missing = existing.filter((id) => !storedById.has(id));
  const fromAudit = new Map(
    await Promise.all(
      missing.map((id) =>
        stageHistoryFromAudit(tables, id).then((history) => [id, history] as const),
      ),
    ),
  );
  const historyOf = (id: string): StageHistory => {
    const audited = fromAudit.get(id);
    if (audited) return audited;
    const changes = touched.get(id)?.stageChanges ?? [];
    return changes.reduce(withStageChange, storedById.get(id)?.history ?? EMPTY_STAGE_HISTORY);
  };
  const present = initiatives.flatMap((row) => row ?? []);
  await tables.initiativeSummaries.bulkPut(
    summarizeWithHistories({ initiatives: present, risks, gates, signoffs }, historyOf),
  );
  const found = new Set(present.map((row) => row.id));
  const gone = ids.filter((id) => !found.has(id));
  if (gone.length > 0) await tables.initiativeSummaries.bulkDelete(gone);
}
