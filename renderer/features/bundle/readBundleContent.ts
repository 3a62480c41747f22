import type { AuditEvent } from '../../../shared/audit/auditEvent';
import type { AuditScope } from '../../../shared/bundle/format';
import type { BundleContent, EvidenceFileSource } from '../../../shared/bundle/writeBundle';
import { initiativeRecordIds, isInitiativeEvent } from '../../../shared/pack/source';
import type { CountersignDb } from '../../db/database';

/** Evidence is handed to the zip in slices of this size. */
const SLICE = 1024 * 1024;
/** Audit events are read from the database in batches of this many. */
const EVENT_BATCH = 5_000;

export interface BundleIdentity {
  bundleId: string;
  appVersion: string;
  createdAt: string;
  exportedBy: { memberId: string; name: string };
  auditScope: AuditScope;
}

/**
 * Everything an audit bundle holds but the pack, read from the database: the
 * initiative's records in one read transaction (one consistent moment), then
 * evidence files and audit events streamed one file or batch at a time, so a
 * large bundle never holds its evidence twice.
 */
export async function readBundleContent(
  db: CountersignDb,
  initiativeId: string,
  identity: BundleIdentity,
  pack: { name: string; bytes: Uint8Array },
): Promise<BundleContent> {
  const read = await db.transaction(
    'r',
    [
      db.workspace,
      db.initiatives,
      db.gates,
      db.signoffs,
      db.risks,
      db.evidence,
      db.members,
      db.auditEvents,
    ],
    async () => {
      const initiative = await db.initiatives.get(initiativeId);
      if (!initiative) throw new Error('That initiative does not exist in this workspace.');
      const [workspace, gates, signoffs, risks, evidence, members, head] = await Promise.all([
        db.workspace.toCollection().first(),
        db.gates.where('initiativeId').equals(initiativeId).toArray(),
        db.signoffs.where('initiativeId').equals(initiativeId).toArray(),
        db.risks.where('initiativeId').equals(initiativeId).toArray(),
        db.evidence.where('initiativeId').equals(initiativeId).toArray(),
        db.members.toArray(),
        db.auditEvents.orderBy('seq').last(),
      ]);
      if (!workspace) throw new Error('This workspace has no settings row.');
      return { workspace, initiative, gates, signoffs, risks, evidence, members, head };
    },
  );
  const chainHead = read.head ? { seq: read.head.seq, hash: read.head.hash } : null;
  const records = {
    initiative: read.initiative,
    gates: read.gates,
    signoffs: read.signoffs,
    risks: read.risks,
    evidence: read.evidence,
  };
  const ids = initiativeRecordIds(records, initiativeId);
  const last = chainHead?.seq ?? 0;
  const events =
    identity.auditScope === 'workspace'
      ? eventsBetween(db, 1, last, () => true)
      : eventsBetween(db, 1, last, (event) => isInitiativeEvent(event, ids));
  const eventCount =
    identity.auditScope === 'workspace'
      ? last
      : await db.auditEvents
          .where('seq')
          .belowOrEqual(last)
          .filter((event) => isInitiativeEvent(event, ids))
          .count();
  const evidenceFiles: EvidenceFileSource[] = read.evidence.map((evidence) => ({
    evidence,
    read: () => slicesOf(db, evidence.id),
  }));
  return {
    ...identity,
    workspace: { id: read.workspace.id, name: read.workspace.name },
    marking: read.workspace.settings.marking,
    chainHead,
    records,
    members: read.members,
    events,
    eventCount,
    pack,
    evidenceFiles,
  };
}

/** The events from `first` to `last` that pass `keep`, read batch by batch in chain order. */
async function* eventsBetween(
  db: CountersignDb,
  first: number,
  last: number,
  keep: (event: AuditEvent) => boolean,
): AsyncGenerator<AuditEvent> {
  for (let from = first; from <= last; from += EVENT_BATCH) {
    const batch = await db.auditEvents
      .where('seq')
      .between(from, Math.min(from + EVENT_BATCH - 1, last), true, true)
      .toArray();
    for (const event of batch) if (keep(event)) yield event;
  }
}

/** One evidence file's bytes, read when the zip reaches it, in slices. */
async function* slicesOf(db: CountersignDb, evidenceId: string): AsyncGenerator<Uint8Array> {
  const stored = await db.evidenceFiles.get(evidenceId);
  if (!stored) throw new Error('An evidence file is missing from this workspace.');
  for (let offset = 0; offset < stored.data.byteLength; offset += SLICE) {
    yield stored.data.subarray(offset, offset + SLICE);
  }
}
