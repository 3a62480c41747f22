import type { AuditEvent } from '../audit/auditEvent';
import type { ChainVerdict } from '../audit/verifyChain';
import { stageChangeOf, type StageChange } from '../dashboard/durations';
import type { Initiative } from '../domain/initiative';
import type { Member } from '../domain/member';
import type { Workspace } from '../domain/workspace';
import type { Evidence } from '../evidence/record';
import type { Gate } from '../gates/gate';
import type { Signoff } from '../gates/signoff';
import type { Risk } from '../risk/record';

/** Evidence rows (metadata only: a pack lists files, it does not carry them). */
export type EvidenceRecord = Evidence;

/**
 * The workspace as a pack sees it: plain rows, read from the database in the
 * app or from a backup file on the command line.
 */
export interface PackSource {
  workspace: Workspace;
  members: readonly Member[];
  initiatives: readonly Initiative[];
  gates: readonly Gate[];
  signoffs: readonly Signoff[];
  risks: readonly Risk[];
  evidence: readonly EvidenceRecord[];
  /**
   * Audit events, ascending by sequence. The whole chain may be given, or only
   * the events a pack shows (see `isInitiativeEvent`): the chain itself is
   * judged by `chain`, verified over every event before the pack is built.
   */
  events: readonly AuditEvent[];
  /**
   * Every stage change in the audit chain up to the head (`stageChangesOf`
   * over all of it, whichever events `events` keeps): the portfolio pack's
   * funnel times, as the Dashboard reads them.
   */
  stageChanges: readonly StageChange[];
  /** The result of verifying the whole audit chain at export time. */
  chain: ChainVerdict;
  /** The last event as stored (verified or not): the head the pack is generated at. */
  head: { seq: number; hash: string } | null;
}

/**
 * The stage changes among audit events, in their order: what the Dashboard
 * reads through the `action` index (`loadStageChanges`).
 */
export function stageChangesOf(events: Iterable<AuditEvent>): StageChange[] {
  const changes: StageChange[] = [];
  for (const event of events) {
    const change = stageChangeOf(event);
    if (change) changes.push(change);
  }
  return changes;
}

/** The records of one initiative, by id: what its audit trail is about. */
export interface InitiativeRecordIds {
  initiativeId: string;
  ids: ReadonlySet<string>;
}

export function initiativeRecordIds(
  source: Pick<PackSource, 'gates' | 'signoffs' | 'risks' | 'evidence'>,
  initiativeId: string,
): InitiativeRecordIds {
  const ids = new Set<string>([initiativeId]);
  for (const table of [source.gates, source.signoffs, source.risks, source.evidence]) {
    for (const row of table) if (row.initiativeId === initiativeId) ids.add(row.id);
  }
  return { initiativeId, ids };
}

/**
 * Whether an event belongs to an initiative's trail: it is about the
 * initiative or one of its gates, sign-offs, risks or evidence, or its
 * snapshot names the initiative (records deleted since still count).
 */
export function isInitiativeEvent(event: AuditEvent, records: InitiativeRecordIds): boolean {
  if (records.ids.has(event.entityId)) return true;
  return (
    snapshotInitiative(event.after) === records.initiativeId ||
    snapshotInitiative(event.before) === records.initiativeId
  );
}

function snapshotInitiative(snapshot: AuditEvent['after']): unknown {
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) return null;
  return snapshot.initiativeId;
}
