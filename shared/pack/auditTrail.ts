import { ENTITY_LABELS, type AuditEvent } from '../audit/auditEvent';
import type { PackScope } from './common';
import { chainSummary } from './common';
import { counted, localDateOf } from './format';
import type { AuditRow, AuditTrailSection } from './model';
import { initiativeRecordIds, isInitiativeEvent } from './source';

/** How many hex digits of each event hash the table shows. */
export const AUDIT_HASH_DIGITS = 16;

/** The initiative's events, in chain order, as the pack's trail and Annex IV point 6 see them. */
export function initiativeEvents(scope: PackScope, initiativeId: string): AuditEvent[] {
  const records = initiativeRecordIds(scope.source, initiativeId);
  return scope.source.events.filter((event) => isInitiativeEvent(event, records));
}

function recordName(event: AuditEvent): string {
  const snapshot = event.after ?? event.before;
  const label = ENTITY_LABELS[event.entity];
  if (snapshot !== null && typeof snapshot === 'object' && !Array.isArray(snapshot)) {
    const title = snapshot.title ?? snapshot.name;
    if (typeof title === 'string') return `${label} “${title}”`;
    const template = snapshot.template;
    if (template !== null && typeof template === 'object' && !Array.isArray(template)) {
      if (typeof template.name === 'string') return `${label} “${template.name}”`;
    }
  }
  return `${label} ${event.entityId.slice(0, 8)}`;
}

export function auditTrailSection(
  scope: PackScope,
  events: readonly AuditEvent[],
  range: { from: string | null; to: string | null },
): AuditTrailSection {
  const offset = scope.offsetMinutes;
  const inRange = events.filter((event) => {
    if (range.from === null && range.to === null) return true;
    const day = localDateOf(event.at, offset);
    return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
  });
  const rows: AuditRow[] = inRange.map((event) => ({
    seq: event.seq,
    at: scope.instant(event.at, true),
    actor: scope.memberName(event.actor),
    action: event.action,
    record: recordName(event),
    reason: event.reason ?? '',
    hash: event.hash.slice(0, AUDIT_HASH_DIGITS),
  }));
  const rangeText =
    range.from === null && range.to === null
      ? 'All events'
      : range.from !== null && range.to !== null
        ? `Events from ${range.from} to ${range.to} inclusive (dates at the pack’s UTC offset)`
        : range.from !== null
          ? `Events from ${range.from} (at the pack’s UTC offset)`
          : `Events up to ${range.to ?? ''} inclusive (at the pack’s UTC offset)`;
  return {
    rangeText,
    statement:
      rows.length === 0
        ? events.length === 0
          ? 'The audit trail holds no events about this initiative.'
          : `None of the ${counted(events.length, 'event')} about this initiative falls in the chosen range.`
        : `${counted(rows.length, 'event')} about this initiative, its gates, sign-offs, risks and evidence${rows.length < events.length ? `, of ${counted(events.length, 'event')} in all` : ''}. Each row shows the first ${String(AUDIT_HASH_DIGITS)} hex digits of the event’s hash; the full hashes are in the workspace backup. The chain was verified over every event of the workspace, not only these.`,
    events: rows,
    chain: chainSummary(scope.source.chain, scope.source.head),
  };
}
