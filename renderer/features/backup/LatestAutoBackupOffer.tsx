import { useEffect, useState } from 'react';
import type { StoredBackup } from '../../../shared/ipc/contract';
import { useHost } from '../../host/HostContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FirstRunRestore } from './FirstRunRestore';
import { knownWorkspaceId } from './knownWorkspaces';

/**
 * For a workspace that will not open: the newest automatic backup of it (on
 * the desktop), ready to check and restore; otherwise restore from a file.
 */
export function LatestAutoBackupOffer({ dbName }: { dbName: string }) {
  const host = useHost();
  const [latest, setLatest] = useState<StoredBackup | null>(null);
  const [file, setFile] = useState<{ name: string; data: Uint8Array } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const workspaceId = knownWorkspaceId(dbName);
    if (!host.backups || !workspaceId) return;
    let cancelled = false;
    void host.backups.list(workspaceId).then((result) => {
      if (!cancelled && result.ok) setLatest(result.value[0] ?? null);
    });
    return () => {
      cancelled = true;
    };
  }, [dbName, host]);

  async function restoreLatest() {
    if (!latest || !host.backups) return;
    const read = await host.backups.read(latest.name);
    if (read.ok) setFile({ name: latest.name, data: read.value });
    else setError(`The automatic backup could not be read: ${read.error}`);
  }

  return (
    <>
      {latest && !file && (
        <section aria-labelledby="latest-backup-heading" className="card">
          <h2 id="latest-backup-heading">Latest automatic backup</h2>
          <p>
            Saved {new Date(latest.createdAt).toLocaleString()} ({(latest.bytes / 1024).toFixed(0)}{' '}
            KB).
          </p>
          <button type="button" onClick={() => void restoreLatest()}>
            Restore the latest automatic backup
          </button>
          <ErrorAlert message={error} />
        </section>
      )}
      <FirstRunRestore key={file?.name ?? 'file'} initialFile={file} />
    </>
  );
}
