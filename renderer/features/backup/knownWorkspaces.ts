const KEY = 'countersign.workspaceIds';

interface PrefStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function read(storage: PrefStorage): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/**
 * Which workspace each database held when it last opened, so that a database
 * that no longer opens can still be matched to its automatic backups. A
 * preference of this computer, not a governance record.
 */
export function rememberWorkspaceId(
  dbName: string,
  workspaceId: string,
  storage: PrefStorage = localStorage,
): void {
  const known = read(storage);
  if (known[dbName] === workspaceId) return;
  try {
    storage.setItem(KEY, JSON.stringify({ ...known, [dbName]: workspaceId }));
  } catch {
    // Without the preference, a failed database is only offered restore from a file.
  }
}

export function knownWorkspaceId(
  dbName: string,
  storage: PrefStorage = localStorage,
): string | null {
  return read(storage)[dbName] ?? null;
}
