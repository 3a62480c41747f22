import { stageChangeOf, type StageChange } from '../../../shared/dashboard/durations';
import type { CountersignDb } from '../../db/database';

/**
 * The stage-change history, read through the audit trail's `action` index:
 * only `initiative.changeStage` events are loaded (one batched read, which
 * IndexedDB serves far faster than a cursor), and each is reduced at once to
 * the few fields the funnel needs, so the snapshots they carry are not kept.
 */
export async function loadStageChanges(db: CountersignDb): Promise<StageChange[]> {
  const events = await db.auditEvents.where('action').equals('initiative.changeStage').toArray();
  const changes: StageChange[] = [];
  for (const event of events) {
    const change = stageChangeOf(event);
    if (change) changes.push(change);
  }
  return changes;
}
