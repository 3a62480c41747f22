import { EMPTY_BUSINESS_CASE } from '../domain/businessCase';
import { EMPTY_READINESS } from '../domain/readiness';
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
 * version the same way the database upgrades in `renderer/db/schema/` do
 * (keyed by the version upgraded FROM). Audit events are never touched: their
 * snapshots stay as they were hashed.
 */
export const SCHEMA_UPGRADES: Readonly<Record<number, (tables: RawTables) => RawTables>> = {
  // v1 → v2: key history and certification on members; the signing setting.
  1: (tables) => ({
    ...tables,
    members: patchRows(tables.members, (m) => ({ keys: [], certification: null, ...m })),
    workspace: patchRows(tables.workspace, (w) => {
      const settings = (
        typeof w.settings === 'object' && w.settings !== null ? w.settings : {}
      ) as Record<string, unknown>;
      return { ...w, settings: { signingReauth: 'every-signature', ...settings } };
    }),
  }),
  // v2 → v3: the full initiative profile, business case and readiness.
  2: (tables) => ({
    ...tables,
    initiatives: patchRows(tables.initiatives, (i) => ({
      aiSystem: { model: '', provider: '', version: '', hosting: null },
      dataCategories: [],
      peopleAffected: '',
      humanOversight: null,
      integrationPoints: [],
      classification: null,
      businessCase: JSON.parse(JSON.stringify(EMPTY_BUSINESS_CASE)) as unknown,
      readiness: JSON.parse(JSON.stringify(EMPTY_READINESS)) as unknown,
      ...i,
    })),
  }),
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
