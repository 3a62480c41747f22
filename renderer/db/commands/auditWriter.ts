import {
  GENESIS_HASH,
  sealEvent,
  type AuditEvent,
  type EntityKind,
  type JsonValue,
} from '../../../shared/audit/auditEvent';
import type { CountersignDb } from '../database';

export interface AuditDraft {
  action: string;
  entity: EntityKind;
  entityId: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
}

/**
 * Appends events to the chain inside the caller's transaction. The head is
 * read once per transaction; hashing is synchronous so the transaction never
 * waits on anything outside IndexedDB.
 */
export class AuditWriter {
  private head: { seq: number; hash: string } | null = null;
  private readonly appended: AuditEvent[] = [];

  constructor(
    private readonly db: CountersignDb,
    private readonly actor: string,
    private readonly at: string,
  ) {}

  async append(draft: AuditDraft): Promise<AuditEvent> {
    const [event] = await this.appendMany([draft]);
    if (!event) throw new Error('No audit event was written');
    return event;
  }

  /**
   * Appends several events with one write: bulk commands (imports) would
   * otherwise pay an IndexedDB round trip per event.
   */
  async appendMany(drafts: readonly AuditDraft[]): Promise<AuditEvent[]> {
    if (!this.head) {
      const last = await this.db.auditEvents.orderBy('seq').last();
      this.head = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
    }
    const events: AuditEvent[] = [];
    let head = this.head;
    for (const draft of drafts) {
      const event = sealEvent({
        seq: head.seq + 1,
        at: this.at,
        actor: this.actor,
        action: draft.action,
        entity: draft.entity,
        entityId: draft.entityId,
        before: toJson(draft.before),
        after: toJson(draft.after),
        reason: draft.reason ?? null,
        prevHash: head.hash,
      });
      events.push(event);
      head = { seq: event.seq, hash: event.hash };
    }
    // `add`, not `put`: an existing sequence number is a conflict, never an overwrite.
    await this.db.auditEvents.bulkAdd(events);
    this.head = head;
    this.appended.push(...events);
    return events;
  }

  /** Every event appended so far in this transaction: what the command changed. */
  get written(): readonly AuditEvent[] {
    return this.appended;
  }
}

/** Snapshots go through JSON so what is stored is exactly what was hashed. */
function toJson(value: unknown): JsonValue | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}
