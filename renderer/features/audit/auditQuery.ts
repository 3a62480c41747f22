import type { Collection } from 'dexie';
import type { AuditEvent } from '../../../shared/audit/auditEvent';
import type { CountersignDb } from '../../db/database';
import type { AuditFilter } from '../../state/uiStore';

/** Local-time calendar day `YYYY-MM-DD` → ISO instant of its start. */
function startOfLocalDay(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function startOfNextLocalDay(day: string): string | null {
  const start = startOfLocalDay(day);
  if (!start) return null;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return next.toISOString();
}

/**
 * Sequence numbers of the events matching the filter, newest first. Only keys
 * are returned: the list fetches the rows it is actually showing.
 */
export async function findAuditSeqs(db: CountersignDb, filter: AuditFilter): Promise<number[]> {
  const from = filter.from ? startOfLocalDay(filter.from) : null;
  const to = filter.to ? startOfNextLocalDay(filter.to) : null;
  const inRange = (at: string) => (!from || at >= from) && (!to || at < to);

  // Start from the most selective index, then filter on the rest.
  let collection: Collection<AuditEvent, number>;
  const rest: ((e: AuditEvent) => boolean)[] = [];
  if (filter.entityId) {
    collection = db.auditEvents.where('entityId').equals(filter.entityId);
    if (filter.entity) rest.push((e) => e.entity === filter.entity);
    if (filter.actor) rest.push((e) => e.actor === filter.actor);
    if (from || to) rest.push((e) => inRange(e.at));
  } else if (filter.entity) {
    collection = db.auditEvents.where('entity').equals(filter.entity);
    if (filter.actor) rest.push((e) => e.actor === filter.actor);
    if (from || to) rest.push((e) => inRange(e.at));
  } else if (filter.actor) {
    collection = db.auditEvents.where('actor').equals(filter.actor);
    if (from || to) rest.push((e) => inRange(e.at));
  } else if (from || to) {
    collection = db.auditEvents.where('at').between(from ?? '', to ?? '\uffff', true, false);
  } else {
    collection = db.auditEvents.toCollection();
  }
  if (rest.length > 0) collection = collection.filter((e) => rest.every((test) => test(e)));
  const keys = await collection.primaryKeys();
  return keys.sort((a, b) => b - a);
}
