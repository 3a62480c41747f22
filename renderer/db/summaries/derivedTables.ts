import type { Table, Transaction } from 'dexie';
import type { CountersignDb } from '../database';
import type {
  AuditEventRecord,
  GateRecord,
  InitiativeRecord,
  InitiativeSummaryRecord,
  RiskRecord,
  SignoffRecord,
} from '../records';

/**
 * Tables derived from the others. They are never backed up or restored:
 * `rebuildSummaries` recomputes them from the records and the audit trail.
 */
export const DERIVED_TABLES = ['initiativeSummaries'] as const;

/** The summaries' store: one row per initiative, by its id; the Dashboard reads them all. */
export const SUMMARY_STORES = { initiativeSummaries: 'initiativeId' } as const;

/** What a summary is computed from, and the table it is written to. */
export interface SummaryTables {
  initiatives: Table<InitiativeRecord, string>;
  risks: Table<RiskRecord, string>;
  gates: Table<GateRecord, string>;
  signoffs: Table<SignoffRecord, string>;
  auditEvents: Table<AuditEventRecord, number>;
  initiativeSummaries: Table<InitiativeSummaryRecord, string>;
}

export function summaryTablesOf(db: CountersignDb): SummaryTables {
  return {
    initiatives: db.initiatives,
    risks: db.risks,
    gates: db.gates,
    signoffs: db.signoffs,
    auditEvents: db.auditEvents,
    initiativeSummaries: db.initiativeSummaries,
  };
}

/** The same tables inside a schema upgrade, where only names are known. */
export function upgradeSummaryTables(tx: Transaction): SummaryTables {
  return {
    initiatives: tx.table<InitiativeRecord, string>('initiatives'),
    risks: tx.table<RiskRecord, string>('risks'),
    gates: tx.table<GateRecord, string>('gates'),
    signoffs: tx.table<SignoffRecord, string>('signoffs'),
    auditEvents: tx.table<AuditEventRecord, number>('auditEvents'),
    initiativeSummaries: tx.table<InitiativeSummaryRecord, string>('initiativeSummaries'),
  };
}

/** Every table a command's transaction needs so its summaries can be rebuilt inside it. */
export function summaryScope(db: CountersignDb): Table[] {
  return [db.initiatives, db.risks, db.gates, db.signoffs, db.auditEvents, db.initiativeSummaries];
}
