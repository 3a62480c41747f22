import { hashAll } from '../audit/verifyStoredChain';
import type { AuditEvent } from '../../../shared/audit/auditEvent';
import { ChainVerifier } from '../../../shared/audit/verifyChain';
import { stageChangeOf, type StageChange } from '../../../shared/dashboard/durations';
import {
  initiativeRecordIds,
  isInitiativeEvent,
  type InitiativeRecordIds,
  type PackSource,
} from '../../../shared/pack/source';
import { PackCancelled } from '../../../shared/pack/generatePack';
import type { CountersignDb } from '../../db/database';

export interface ReadProgress {
  checked: number;
  total: number;
}

/**
 * Reads what a pack needs from the workspace database. The records and the
 * chain head are read in one transaction, so the pack is one consistent
 * moment; the chain up to that head is then verified a batch at a time,
 * keeping only the events the pack shows (those of one initiative, or none
 * for the portfolio) and the stage changes reduced to what the funnel needs
 * (as the Dashboard reads them), so memory stays flat however long the chain is.
 */
export async function readPackSource(
  db: CountersignDb,
  options: {
    /** Keep the events of this initiative; null keeps none. */
    initiativeId: string | null;
    batchSize?: number;
    signal?: AbortSignal;
    onProgress?: (progress: ReadProgress) => void;
    /** Hashes many texts at once (WebCrypto in the worker); the synchronous hash is used without it. */
    hashBatch?: (texts: string[]) => Promise<string[]>;
  },
): Promise<PackSource> {
  const { initiativeId, batchSize = 5000, signal, onProgress, hashBatch } = options;
  const snapshot = await db.transaction(
    'r',
    [
      db.workspace,
      db.members,
      db.initiatives,
      db.gates,
      db.signoffs,
      db.risks,
      db.evidence,
      db.auditEvents,
    ],
    async () => {
      const [workspace, members, initiatives, gates, signoffs, risks, evidence, last] =
        await Promise.all([
          db.workspace.toCollection().first(),
          db.members.toArray(),
          db.initiatives.toArray(),
          db.gates.toArray(),
          db.signoffs.toArray(),
          db.risks.toArray(),
          db.evidence.toArray(),
          db.auditEvents.orderBy('seq').last(),
        ]);
      return { workspace, members, initiatives, gates, signoffs, risks, evidence, last };
    },
  );
  const { workspace, last } = snapshot;
  if (!workspace) throw new Error('This workspace has no settings row, so no pack can be made.');
  const records: InitiativeRecordIds | null =
    initiativeId === null ? null : initiativeRecordIds(snapshot, initiativeId);
  const total = last?.seq ?? 0;
  const verifier = new ChainVerifier();
  const kept: AuditEvent[] = [];
  const stageChanges: StageChange[] = [];
  let after = 0;
  let checked = 0;
  onProgress?.({ checked, total });
  while (after < total) {
    if (signal?.aborted) throw new PackCancelled();
    const batch = await db.auditEvents
      .where('seq')
      .between(after, total, false, true)
      .limit(batchSize)
      .toArray();
    if (batch.length === 0) break;
    const hashes = hashBatch ? await hashAll(batch, hashBatch) : null;
    let broken = false;
    for (const [index, event] of batch.entries()) {
      if (records && isInitiativeEvent(event, records)) kept.push(event);
      const change = stageChangeOf(event);
      if (change) stageChanges.push(change);
      if (!broken && verifier.push(event, hashes?.[index])) broken = true;
    }
    checked += batch.length;
    after = batch.at(-1)?.seq ?? total;
    onProgress?.({ checked, total });
  }
  return {
    workspace,
    members: snapshot.members,
    initiatives: snapshot.initiatives,
    gates: snapshot.gates,
    signoffs: snapshot.signoffs,
    risks: snapshot.risks,
    evidence: snapshot.evidence,
    events: kept,
    stageChanges,
    chain: verifier.verdict(),
    head: last ? { seq: last.seq, hash: last.hash } : null,
  };
}
