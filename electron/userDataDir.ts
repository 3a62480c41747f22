import path from 'node:path';

/** Lets a test run use a throwaway profile instead of the person's real data. */
export const USER_DATA_DIR_ENV = 'COUNTERSIGN_USER_DATA_DIR';

/**
 * The userData folder requested through the environment, or null to keep
 * Electron's default. Packaged builds ignore it, so the environment cannot point
 * an installed app at someone else's workspace. Only absolute paths count: a
 * relative one would depend on wherever the app happened to be started from.
 */
export function userDataDirOverride(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | null {
  if (isPackaged) return null;
  const value = env[USER_DATA_DIR_ENV];
  if (value === undefined || value.trim() === '' || !path.isAbsolute(value)) return null;
  return path.normalize(value);
}
