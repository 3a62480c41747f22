import { verifyChain } from '../audit/verifyChain';
import type { BackupRows } from '../backup/validateTables';
import { stageChangesOf, type PackSource } from './source';

/** A validated backup's rows as a pack source, with the chain verified over every event. */
export function packSourceFromRows(rows: BackupRows): PackSource {
  const [workspace] = rows.workspace;
  if (!workspace) throw new Error('The backup holds no workspace.');
  const last = rows.auditEvents.at(-1);
  return {
    workspace,
    members: rows.members,
    initiatives: rows.initiatives,
    gates: rows.gates,
    signoffs: rows.signoffs,
    risks: rows.risks,
    evidence: rows.evidence,
    events: rows.auditEvents,
    stageChanges: stageChangesOf(rows.auditEvents),
    chain: verifyChain(rows.auditEvents),
    head: last ? { seq: last.seq, hash: last.hash } : null,
  };
}
