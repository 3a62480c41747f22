import { stageChangeOf, type StageChange } from '../../../shared/dashboard/durations';
import type { StageHistory } from '../../../shared/dashboard/summary/record';
import { stageHistories, stageHistoryOf } from '../../../shared/dashboard/summary/stageHistory';
import type { SummaryTables } from './derivedTables';

const STAGE_CHANGE = 'initiative.changeStage';
/** Events read per request: each carries two whole initiative snapshots. */
const BATCH = 2000;

/** Every initiative's stage history, from the audit trail's stage changes in chain order. */
export async function allStageHistories(
  tables: Pick<SummaryTables, 'auditEvents'>,
): Promise<Map<string, StageHistory>> {
  const seqs = await tables.auditEvents.where('action').equals(STAGE_CHANGE).primaryKeys();
  const changes: StageChange[] = [];
  for (let i = 0; i < seqs.length; i += BATCH) {
    const events = await tables.auditEvents.bulkGet(seqs.slice(i, i + BATCH));
    for (const event of events) {
      const change = event && stageChangeOf(event);
      if (change) changes.push(change);
    }
  }
  return stageHistories(changes);
}

/** One initiative's stage history, through the audit trail's `entityId` index. */
export function stageHistoryFromAudit(
  tables: Pick<SummaryTables, 'auditEvents'>,
  initiativeId: string,
) {
  return tables.auditEvents
    .where('entityId')
    .equals(initiativeId)
    .filter((e) => e.action === STAGE_CHANGE)
    .toArray()
    .then((events) => stageHistoryOf(events.flatMap((e) => stageChangeOf(e) ?? [])));
}
