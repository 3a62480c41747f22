import type { AuditEvent } from '../../../shared/audit/auditEvent';
import { stageChangeOf, type StageChange } from '../../../shared/dashboard/durations';

/** What a command's audit events say about one initiative. */
export interface Touch {
  /** Registered by this command (`before` is null): no summary or related record can predate it. */
  created: boolean;
  /** A gate, sign-off, risk or other record of it was written by this command. */
  relatedWritten: boolean;
  /** Its stage changes in this command, in order. */
  stageChanges: StageChange[];
}

function initiativeIdOf(snapshot: unknown): string | null {
  if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) return null;
  const id = (snapshot as Record<string, unknown>).initiativeId;
  return typeof id === 'string' ? id : null;
}

/**
 * The initiatives a command touched, read from the audit events it appended:
 * every change is audited (DESIGN §4), and every record an initiative's
 * summary depends on names it, as the event's entity or as `initiativeId` in
 * the snapshot before or after.
 */
export function touchedInitiatives(events: readonly AuditEvent[]): Map<string, Touch> {
  const touched = new Map<string, Touch>();
  const touch = (id: string): Touch => {
    let entry = touched.get(id);
    if (!entry)
      touched.set(id, (entry = { created: false, relatedWritten: false, stageChanges: [] }));
    return entry;
  };
  for (const event of events) {
    if (event.entity === 'initiative') {
      const entry = touch(event.entityId);
      if (event.before === null) entry.created = true;
      const change = stageChangeOf(event);
      if (change) entry.stageChanges.push(change);
      continue;
    }
    for (const snapshot of [event.before, event.after]) {
      const id = initiativeIdOf(snapshot);
      if (id !== null) touch(id).relatedWritten = true;
    }
  }
  return touched;
}
