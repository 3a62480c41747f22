import {
  initiativeToV3,
  memberToV2,
  riskToV5,
  signoffToV6,
  workspaceToV2,
  workspaceToV4,
  workspaceToV5,
  workspaceToV6,
} from '../domain/rowUpgrades';
import type { BackupTable } from './format';

type RawTables = Record<BackupTable, unknown>;

/** Applies `patch` to each object row of a table; anything else is left for validation to refuse. */
function patchRows(
  rows: unknown,
  patch: (row: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  if (!Array.isArray(rows)) return rows;
  return rows.map((row: unknown) =>
    typeof row === 'object' && row !== null && !Array.isArray(row)
      ? patch(row as Record<string, unknown>)
      : row,
  );
}

/**
 * Rows of a backup written at an older schema version, brought to the next
 * version with the same row upgrades as the database (`shared/domain/rowUpgrades.ts`),
 * keyed by the version upgraded FROM. Audit events are never touched: their
 * snapshots stay as they were hashed.
 */
export const SCHEMA_UPGRADES: Readonly<Record<number, (tables: RawTables) => RawTables>> = {
  1: (tables) => ({
    ...tables,
    members: patchRows(tables.members, memberToV2),
    workspace: patchRows(tables.workspace, workspaceToV2),
  }),
  2: (tables) => ({ ...tables, initiatives: patchRows(tables.initiatives, initiativeToV3) }),
  // Gates and sign-offs had no shape before version 4, so no backup holds any.
  3: (tables) => ({ ...tables, workspace: patchRows(tables.workspace, workspaceToV4) }),
  4: (tables) => ({
    ...tables,
    workspace: patchRows(tables.workspace, workspaceToV5),
    risks: patchRows(tables.risks, riskToV5),
  }),
  5: (tables) => ({
    ...tables,
    workspace: patchRows(tables.workspace, workspaceToV6),
    signoffs: patchRows(tables.signoffs, signoffToV6),
  }),
  // Version 7 adds only the derived initiativeSummaries table, which backups
  // never hold: it is rebuilt after every restore. Rows stay as they are.
  6: (tables) => tables,
};

/** Upgrades rows from `fromVersion` to `toVersion`, or says which step is missing. */
export function upgradeBackupTables(
  tables: RawTables,
  fromVersion: number,
  toVersion: number,
): RawTables | { missing: number } {
  let current = tables;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const upgrade = SCHEMA_UPGRADES[version];
    if (!upgrade) return { missing: version };
    current = upgrade(current);
  }
  return current;
}
