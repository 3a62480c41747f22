export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

export interface StorageReport {
  persistence: PersistenceState;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/**
 * Asks the browser to keep this origin's storage even under disk pressure.
 * Without it, IndexedDB is "best effort" and may be evicted.
 */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = 'storage' in navigator ? navigator.storage : undefined,
): Promise<StorageReport> {
  if (!storage) {
    return { persistence: 'unsupported', usageBytes: null, quotaBytes: null };
  }
  let persisted = await storage.persisted().catch(() => false);
  if (!persisted) persisted = await storage.persist().catch(() => false);
  const estimate = await storage.estimate().catch((): StorageEstimate => ({}));
  return {
    persistence: persisted ? 'persistent' : 'best-effort',
    usageBytes: estimate.usage ?? null,
    quotaBytes: estimate.quota ?? null,
  };
}
