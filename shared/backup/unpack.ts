import { strFromU8, unzipSync } from 'fflate';
import { sha256Hex } from '../crypto/sha256';
import { BackupError, formatSize } from './backupError';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  MANIFEST_PATH,
  manifestSchema,
  manifestVersionSchema,
  tablePath,
  type BackupLimits,
  type BackupManifest,
  type BackupTable,
} from './format';
import { migrateManifest } from './migrations';
import { parseUntrustedJson, UnsafeJsonError } from './safeJson';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export interface UnpackedBackup {
  manifest: BackupManifest;
  /** Each table's parsed JSON, its bytes already checked against the manifest. */
  tables: Record<BackupTable, unknown>;
  /** Evidence file bytes by evidence id, each already checked against the manifest. */
  evidenceFiles: Map<string, Uint8Array>;
}

/**
 * Opens the zip, reads and checks the manifest, and checks every entry
 * against the SHA-256 the manifest lists. Rows are parsed as JSON but not
 * yet validated (see validateTables).
 */
export function unpackBackup(bytes: Uint8Array, limits: BackupLimits): UnpackedBackup {
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new BackupError(
      'too-large',
      `This file is ${formatSize(bytes.byteLength)}, larger than the ${formatSize(limits.maxFileBytes)} a backup may be.`,
    );
  }
  if (bytes.byteLength < ZIP_MAGIC.length || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new BackupError('not-a-backup', 'This file is not a Countersign backup.');
  }
  const entries = unzip(bytes, limits);
  const manifestBytes = entries.get(MANIFEST_PATH);
  if (!manifestBytes) {
    throw new BackupError(
      'not-a-backup',
      'This file is not a Countersign backup: it is a zip file without a backup manifest.',
    );
  }
  const manifest = readManifest(manifestBytes);
  checkListing(manifest, entries);
  const tables = {} as Record<BackupTable, unknown>;
  for (const table of BACKUP_TABLES) {
    const path = tablePath(table);
    const data = entries.get(path);
    const listed = manifest.entries.find((entry) => entry.path === path);
    if (!data || !listed) throw missing(path);
    if (data.byteLength !== listed.bytes || sha256Hex(data) !== listed.sha256) {
      throw new BackupError(
        'hash-mismatch',
        `This backup has been altered or damaged: ${path} does not match the SHA-256 hash recorded in its manifest.`,
      );
    }
    tables[table] = parseEntry(path, data);
  }
  const evidenceFiles = new Map<string, Uint8Array>();
  for (const file of manifest.files) {
    const data = entries.get(file.path);
    if (!data) throw missing(file.path);
    if (data.byteLength !== file.bytes || sha256Hex(data) !== file.sha256) {
      throw new BackupError(
        'hash-mismatch',
        `This backup has been altered or damaged: the evidence file ${file.path} does not match the SHA-256 hash recorded in its manifest.`,
      );
    }
    evidenceFiles.set(file.path.slice(file.path.indexOf('/') + 1), data);
  }
  return { manifest, tables, evidenceFiles };
}

function unzip(bytes: Uint8Array, limits: BackupLimits): Map<string, Uint8Array> {
  let total = 0;
  const refused: { error: BackupError | null } = { error: null };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        const limit =
          file.originalSize > limits.maxEntryBytes
            ? limits.maxEntryBytes
            : total > limits.maxTotalBytes
              ? limits.maxTotalBytes
              : null;
        if (limit !== null) {
          refused.error ??= new BackupError(
            'too-large',
            `This backup unpacks to more than the ${formatSize(limit)} limit (at ${file.name}).`,
          );
        }
        return refused.error === null;
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      'damaged',
      `This backup is damaged or incomplete (perhaps cut short while copying): the zip could not be read (${detail}).`,
    );
  }
  if (refused.error) throw refused.error;
  return new Map(Object.entries(files));
}

function readManifest(data: Uint8Array): BackupManifest {
  const raw = parseEntry(MANIFEST_PATH, data);
  const version = manifestVersionSchema.safeParse(raw);
  if (!version.success) {
    throw new BackupError(
      'not-a-backup',
      'This file is not a Countersign backup: its manifest does not name the Countersign backup format.',
    );
  }
  if (version.data.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'newer-format',
      `This backup was written in backup format version ${String(version.data.formatVersion)} by a newer version of Countersign; this version reads up to format version ${String(BACKUP_FORMAT_VERSION)}. Update Countersign to restore it.`,
    );
  }
  const current =
    version.data.formatVersion < BACKUP_FORMAT_VERSION
      ? migrateManifest(
          raw as Record<string, unknown>,
          version.data.formatVersion,
          BACKUP_FORMAT_VERSION,
        )
      : raw;
  const parsed = manifestSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    throw new BackupError(
      'damaged',
      `This backup’s manifest is not valid${where}: ${issue?.message ?? 'unknown problem'}.`,
    );
  }
  return parsed.data;
}

function checkListing(manifest: BackupManifest, entries: Map<string, Uint8Array>): void {
  const listed = new Set<string>();
  for (const entry of [...manifest.entries, ...manifest.files]) {
    if (listed.has(entry.path)) {
      throw new BackupError('damaged', `This backup’s manifest lists ${entry.path} twice.`);
    }
    listed.add(entry.path);
  }
  for (const table of BACKUP_TABLES) {
    if (!listed.has(tablePath(table)) || !entries.has(tablePath(table)))
      throw missing(tablePath(table));
  }
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) {
      throw new BackupError(
        'hash-mismatch',
        `This backup has been altered: it contains ${name}, which its manifest does not list.`,
      );
    }
  }
  for (const path of listed) {
    if (!entries.has(path)) throw missing(path);
  }
}

function missing(path: string): BackupError {
  return new BackupError('damaged', `This backup is incomplete: ${path} is missing.`);
}

function parseEntry(path: string, data: Uint8Array): unknown {
  try {
    return parseUntrustedJson(strFromU8(data));
  } catch (error) {
    if (error instanceof UnsafeJsonError) {
      throw new BackupError('unsafe-key', `This backup was refused: ${path} ${error.message}.`);
    }
    throw new BackupError('damaged', `This backup is damaged: ${path} is not valid JSON.`);
  }
}
