import { stageChangeOf, type StageChange } from '../../../shared/dashboard/durations';
import type { CountersignDb } from '../../db/database';

/**
 * The whole stage-change history, read through the audit trail's `action`
 * index and reduced at once to the few fields the funnel needs. The Dashboard
 * no longer reads it (the summaries carry each initiative's history); tests
 * use it to hold the summaries to what the trail says.
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
