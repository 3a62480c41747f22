/**
 * Upgrades of older backup formats to the current one, keyed by the version
 * they upgrade FROM (n → n + 1), each with its own test. Format version 1 is
 * the first, so there are none yet; the format test fails when the version is
 * raised without adding one.
 */
export const BACKUP_MIGRATIONS: Readonly<
  Record<number, (files: Map<string, Uint8Array>) => Map<string, Uint8Array>>
> = {};
