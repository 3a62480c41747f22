import { strToU8, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../crypto/sha256';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  MANIFEST_PATH,
  tablePath,
  type BackupManifest,
  type BackupTables,
  evidenceFilePath,
  type ChainHead,
  type ManifestEntry,
  type ManifestFile,
} from './format';

export interface BackupMeta {
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  workspace: { id: string; name: string };
  auditHead: ChainHead | null;
}

/** Fixed entry time, so the same rows always make the same bytes. */
const ENTRY_MTIME = new Date('2000-01-01T00:00:00Z');

/**
 * Builds a backup file from every table's rows (already in key order). Pure
 * and synchronous: the caller reads the tables in one transaction and passes
 * them here outside it.
 */
export function encodeBackup(
  tables: BackupTables,
  meta: BackupMeta,
  evidenceFiles: readonly { id: string; data: Uint8Array }[] = [],
): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  const entries: ManifestEntry[] = [];
  for (const table of BACKUP_TABLES) {
    const rows = tables[table];
    const bytes = strToU8(JSON.stringify(rows));
    const path = tablePath(table);
    files[path] = [bytes, { mtime: ENTRY_MTIME }];
    entries.push({ path, sha256: sha256Hex(bytes), bytes: bytes.byteLength, records: rows.length });
  }
  const fileEntries: ManifestFile[] = [];
  for (const { id, data } of evidenceFiles) {
    const path = evidenceFilePath(id);
    // Stored, not deflated: evidence is mostly PDFs, images and Office files, already compressed.
    files[path] = [data, { mtime: ENTRY_MTIME, level: 0 }];
    fileEntries.push({ path, sha256: sha256Hex(data), bytes: data.byteLength });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...meta,
    entries,
    files: fileEntries,
  };
  files[MANIFEST_PATH] = [strToU8(JSON.stringify(manifest, null, 2)), { mtime: ENTRY_MTIME }];
  return zipSync(files, { level: 6 });
}
