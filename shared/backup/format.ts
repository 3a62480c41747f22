import { z } from 'zod';
import { HEX_SHA256 } from '../crypto/sha256';

/**
 * The Countersign backup format: one zip file per workspace backup.
 *
 *   manifest.json           what is inside, with the SHA-256 of every entry
 *   tables/<table>.json     a JSON array of the table's rows, in key order
 *   evidence/<id>           the bytes of each evidence file (format version 2)
 *
 * The manifest is the only entry not listed in itself. Readers refuse entries
 * the manifest does not list, so nothing can ride along unchecked.
 */
export const BACKUP_FORMAT = 'countersign-backup';

/** Raised for every incompatible change to the layout above; older versions are migrated. */
export const BACKUP_FORMAT_VERSION = 2;

/** File extension of backups (letters and digits only, as the file dialogs require). */
export const BACKUP_EXTENSION = 'csbackup';
export const BACKUP_MEDIA_TYPE = 'application/zip';
export const MANIFEST_PATH = 'manifest.json';

/** Every table of a workspace database, in the order a backup lists them. */
export const BACKUP_TABLES = [
  'workspace',
  'members',
  'credentials',
  'initiatives',
  'gates',
  'signoffs',
  'risks',
  'evidence',
  'auditEvents',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export function tablePath(table: BackupTable): string {
  return `tables/${table}.json`;
}

/** Where an evidence file's bytes are, named by its evidence id (never by its own name). */
export function evidenceFilePath(evidenceId: string): string {
  return `evidence/${evidenceId}`;
}
export const EVIDENCE_FILE_PATH =
  /^evidence\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Bounds that keep a hostile file from exhausting memory. */
export interface BackupLimits {
  /** Size of the backup file itself. */
  maxFileBytes: number;
  /** Uncompressed size of any one entry. */
  maxEntryBytes: number;
  /** Uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Rows in any one table. */
  maxRecordsPerTable: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  // As large as the host moves a file: evidence files make backups large.
  maxFileBytes: 512 * 1024 * 1024,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRecordsPerTable: 2_000_000,
};

const sha256Schema = z.string().regex(HEX_SHA256, { message: 'must be SHA-256 hex' });

export const manifestEntrySchema = z.strictObject({
  path: z.string().min(1).max(200),
  sha256: sha256Schema,
  bytes: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const chainHeadSchema = z.strictObject({
  seq: z.number().int().positive(),
  hash: sha256Schema,
});
export type ChainHead = z.infer<typeof chainHeadSchema>;

/** Only these two fields are read before the version is known to be one this build reads. */
export const manifestVersionSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
});

/** An evidence file in the backup: its bytes are checked against this before anything is read. */
export const manifestFileSchema = z.strictObject({
  path: z.string().regex(EVIDENCE_FILE_PATH, { message: 'is not an evidence file path' }),
  sha256: sha256Schema,
  bytes: z.number().int().nonnegative(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  /** Database schema version the rows were written in (see renderer/db/schema). */
  schemaVersion: z.number().int().positive(),
  /** Version of the Countersign build that wrote the backup. */
  appVersion: z.string().min(1).max(40),
  createdAt: z.iso.datetime(),
  workspace: z.strictObject({ id: z.uuid(), name: z.string().min(1).max(120) }),
  /** Last event of the audit chain in the backup; null for an empty chain. */
  auditHead: chainHeadSchema.nullable(),
  entries: z.array(manifestEntrySchema).max(64),
  files: z.array(manifestFileSchema).max(1_000_000),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The rows of every table, as read from (or to be written to) a workspace database. */
export type BackupTables = Record<BackupTable, unknown[]>;
