import type { AuditEvent } from '../audit/auditEvent';
import { canonicalJson } from '../crypto/canonicalJson';
import type { Initiative } from '../domain/initiative';
import type { Member } from '../domain/member';
import type { Risk } from '../risk/record';
import type { Workspace } from '../domain/workspace';
import { BackupError } from './backupError';
import { BACKUP_TABLES, type BackupLimits, type BackupTable } from './format';
import {
  TABLE_RECORDS,
  type CredentialRow,
  type EvidenceRow,
  type GateRow,
  type SignoffRow,
} from './recordSchemas';

/** Every table's rows, each one validated against the shared schema. */
export interface BackupRows {
  workspace: Workspace[];
  members: Member[];
  credentials: CredentialRow[];
  initiatives: Initiative[];
  gates: GateRow[];
  signoffs: SignoffRow[];
  risks: Risk[];
  evidence: EvidenceRow[];
  auditEvents: AuditEvent[];
}

/**
 * Validates every row of every table with the schemas from `shared/domain`
 * (unknown fields, wrong types and missing fields are refused) and refuses
 * duplicate keys. A row must also be exactly its validated form: nothing is
 * silently trimmed, defaulted or reordered on the way in.
 */
export function validateTables(
  tables: Record<BackupTable, unknown>,
  limits: BackupLimits,
): BackupRows {
  const rows = {} as Record<BackupTable, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const raw = tables[table];
    if (!Array.isArray(raw)) {
      throw new BackupError(
        'invalid-record',
        `This backup was refused: ${table} is not a list of rows.`,
      );
    }
    if (raw.length > limits.maxRecordsPerTable) {
      throw new BackupError(
        'too-large',
        `This backup was refused: ${table} has ${String(raw.length)} rows, more than the limit of ${String(limits.maxRecordsPerTable)}.`,
      );
    }
    const { schema, key } = TABLE_RECORDS[table];
    const seen = new Set<unknown>();
    rows[table] = raw.map((row: unknown, index) => {
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
        const detail =
          issue?.code === 'unrecognized_keys'
            ? `unexpected field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
            : (issue?.message ?? 'not valid');
        throw new BackupError(
          'invalid-record',
          `This backup was refused: row ${String(index + 1)} of ${table} is not valid${field}: ${detail}.`,
        );
      }
      if (canonicalJson(parsed.data) !== canonicalJson(row)) {
        throw new BackupError(
          'invalid-record',
          `This backup was refused: row ${String(index + 1)} of ${table} is not in the form Countersign writes.`,
        );
      }
      const id = (parsed.data as Record<string, unknown>)[key];
      if (seen.has(id)) {
        throw new BackupError(
          'duplicate-id',
          `This backup was refused: ${table} has more than one row with the ${key} ${String(id)}.`,
        );
      }
      seen.add(id);
      return parsed.data;
    });
  }
  return rows as unknown as BackupRows;
}
