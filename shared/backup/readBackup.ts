import { BackupError } from './backupError';
import { checkIntegrity } from './checkIntegrity';
import {
  BACKUP_TABLES,
  DEFAULT_BACKUP_LIMITS,
  type BackupLimits,
  type BackupManifest,
  type BackupTable,
  type ChainHead,
} from './format';
import { upgradeBackupTables } from './schemaUpgrades';
import { unpackBackup } from './unpack';
import { validateTables, type BackupRows } from './validateTables';

/** What a person sees before confirming a restore. */
export interface BackupSummary {
  workspaceId: string;
  workspaceName: string;
  createdAt: string;
  appVersion: string;
  formatVersion: number;
  schemaVersion: number;
  counts: Record<BackupTable, number>;
  auditHead: ChainHead | null;
  /** The chain verified from genesis to this head, and this many certifications verified. */
  chainLength: number;
  certificationsVerified: number;
  /** Gate sign-offs and overrides whose signatures verified. */
  gateSignaturesVerified: number;
}

export interface ValidatedBackup {
  manifest: BackupManifest;
  rows: BackupRows;
  /** Evidence file bytes by evidence id, each matching its row's SHA-256. */
  evidenceFiles: Map<string, Uint8Array>;
  summary: BackupSummary;
}

export interface ReadBackupOptions {
  /** The database schema version this build writes; other versions are refused. */
  schemaVersion: number;
  limits?: BackupLimits;
}

/**
 * Reads a backup file completely and refuses it at the first problem, with a
 * BackupError saying what is wrong: zip structure, manifest and format
 * version, SHA-256 of every entry, every row against the shared schemas,
 * duplicate keys, the audit chain, and every certification signature.
 * Nothing is written anywhere: the caller restores only what this returns.
 */
export function readBackup(bytes: Uint8Array, options: ReadBackupOptions): ValidatedBackup {
  const limits = options.limits ?? DEFAULT_BACKUP_LIMITS;
  const { manifest, tables: stored, evidenceFiles } = unpackBackup(bytes, limits);
  // Older data formats are brought up to date before anything is validated.
  const upgraded =
    manifest.schemaVersion < options.schemaVersion
      ? upgradeBackupTables(stored, manifest.schemaVersion, options.schemaVersion)
      : stored;
  const cannotUpgrade = 'missing' in upgraded;
  const tables = cannotUpgrade ? stored : upgraded;
  if (manifest.schemaVersion > options.schemaVersion || cannotUpgrade) {
    const newer = manifest.schemaVersion > options.schemaVersion;
    throw new BackupError(
      'unsupported-schema',
      newer
        ? `This backup holds data format ${String(manifest.schemaVersion)}, written by a newer version of Countersign (${manifest.appVersion}); this version reads data format ${String(options.schemaVersion)}. Update Countersign to restore it.`
        : `This backup holds data format ${String(manifest.schemaVersion)} from Countersign ${manifest.appVersion}; this version restores data format ${String(options.schemaVersion)} only. Open it with the version that wrote it and make a new backup.`,
    );
  }
  const rows = validateTables(tables, limits);
  const integrity = checkIntegrity(manifest, rows, evidenceFiles);
  const counts = {} as Record<BackupTable, number>;
  for (const table of BACKUP_TABLES) counts[table] = rows[table].length;
  return {
    manifest,
    rows,
    evidenceFiles,
    summary: {
      workspaceId: integrity.workspace.id,
      workspaceName: integrity.workspace.name,
      createdAt: manifest.createdAt,
      appVersion: manifest.appVersion,
      formatVersion: manifest.formatVersion,
      schemaVersion: manifest.schemaVersion,
      counts,
      auditHead: manifest.auditHead,
      chainLength: integrity.chainLength,
      certificationsVerified: integrity.certificationsVerified,
      gateSignaturesVerified: integrity.gateSignaturesVerified,
    },
  };
}

/** readBackup as a result, for callers that show the message rather than throw. */
export function tryReadBackup(
  bytes: Uint8Array,
  options: ReadBackupOptions,
): { ok: true; backup: ValidatedBackup } | { ok: false; error: BackupError } {
  try {
    return { ok: true, backup: readBackup(bytes, options) };
  } catch (error) {
    if (error instanceof BackupError) return { ok: false, error };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: new BackupError('damaged', `This backup could not be read: ${detail}.`),
    };
  }
}
