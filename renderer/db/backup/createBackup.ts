import type Dexie from 'dexie';
import { encodeBackup } from '../../../shared/backup/encode';
import { BACKUP_TABLES, type BackupTables } from '../../../shared/backup/format';
import type { CountersignDb } from '../database';
import type { EvidenceFileRecord } from '../records';
import { CURRENT_SCHEMA_VERSION } from '../schema/versions';
import { backupFileName } from './backupFileName';

export interface CreatedBackup {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  workspaceId: string;
  createdAt: string;
  /** Hash of the last audit event in the backup (null for an empty chain). */
  auditHeadHash: string | null;
}

/**
 * Reads every table in one read-only transaction, so the backup is one
 * consistent moment of the workspace, then packs it outside the transaction.
 */
export async function createBackup(
  db: CountersignDb,
  appVersion: string,
  now: () => Date = () => new Date(),
): Promise<CreatedBackup> {
  return createBackupAt(db, CURRENT_SCHEMA_VERSION, appVersion, now);
}

/**
 * The same, for a database at any schema version (a workspace about to be
 * upgraded): tables that version did not have yet are backed up empty.
 */
export async function createBackupAt(
  db: Dexie,
  schemaVersion: number,
  appVersion: string,
  now: () => Date = () => new Date(),
): Promise<CreatedBackup> {
  const present = new Set(db.tables.map((t) => t.name));
  const { tables, evidenceFiles } = await db.transaction('r', db.tables, async () => {
    const read = {} as BackupTables;
    for (const table of BACKUP_TABLES)
      read[table] = present.has(table) ? await db.table(table).toArray() : [];
    const files = present.has('evidenceFiles')
      ? await db.table<EvidenceFileRecord, string>('evidenceFiles').toArray()
      : [];
    return { tables: read, evidenceFiles: files };
  });
  const workspace = tables.workspace[0] as { id: string; name: string } | undefined;
  if (!workspace) throw new Error('This database holds no workspace to back up.');
  const last = tables.auditEvents.at(-1) as { seq: number; hash: string } | undefined;
  const createdAt = now().toISOString();
  const bytes = encodeBackup(
    tables,
    {
      schemaVersion,
      appVersion,
      createdAt,
      workspace: { id: workspace.id, name: workspace.name },
      auditHead: last ? { seq: last.seq, hash: last.hash } : null,
    },
    evidenceFiles,
  );
  return {
    bytes,
    fileName: backupFileName(workspace.name, createdAt),
    workspaceId: workspace.id,
    createdAt,
    auditHeadHash: last?.hash ?? null,
  };
}
