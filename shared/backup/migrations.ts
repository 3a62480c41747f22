type Manifest = Record<string, unknown>;

/**
 * Upgrades of older backup manifests to the current format, keyed by the
 * version they upgrade FROM (n → n + 1). Applied before the manifest is
 * validated; the format test fails when the version is raised without one.
 */
export const BACKUP_MIGRATIONS: Readonly<Record<number, (manifest: Manifest) => Manifest>> = {
  // Version 1 had no evidence files: its manifest lists none.
  1: (manifest) => ({ ...manifest, formatVersion: 2, files: [] }),
};

/** Brings a manifest from `fromVersion` to the current format, or says which step is missing. */
export function migrateManifest(
  manifest: Manifest,
  fromVersion: number,
  toVersion: number,
): Manifest | null {
  let current = manifest;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const migrate = BACKUP_MIGRATIONS[version];
    if (!migrate) return null;
    current = migrate(current);
  }
  return current;
}
