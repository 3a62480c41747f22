import { useEffect, useState } from 'react';
import type { StoredBackup } from '../../../shared/ipc/contract';
import { useWorkspace } from '../../app/WorkspaceContext';
import type { HostBackups } from '../../host/host';
import { ErrorAlert } from '../../ui/ErrorAlert';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The desktop app's automatic backups of this workspace, newest first, each restorable. */
export function AutoBackupsList({
  backups,
  refreshKey,
  onRestore,
}: {
  backups: HostBackups;
  refreshKey: number;
  onRestore: (name: string, data: Uint8Array) => void;
}) {
  const { workspace } = useWorkspace();
  const [list, setList] = useState<StoredBackup[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void backups.list(workspace.id).then((result) => {
      if (cancelled) return;
      if (result.ok) setList(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [backups, workspace.id, refreshKey]);

  async function restore(name: string) {
    setError(null);
    const read = await backups.read(name);
    if (read.ok) onRestore(name, read.value);
    else setError(read.error);
  }

  return (
    <section aria-labelledby="auto-heading" className="card">
      <h2 id="auto-heading">Automatic backups</h2>
      <p className="muted">
        Written every 15 minutes when something changed. Kept: three from today and one for each of
        the last 30 days.
      </p>
      <ErrorAlert message={error} />
      {list?.length === 0 && <p>No automatic backups yet.</p>}
      {list && list.length > 0 && (
        <table aria-label="Automatic backups">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((entry) => (
              <tr key={entry.name}>
                <td>{new Date(entry.createdAt).toLocaleString()}</td>
                <td>{formatSize(entry.bytes)}</td>
                <td>
                  <button
                    type="button"
                    className="button-secondary"
                    aria-label={`Restore backup of ${new Date(entry.createdAt).toLocaleString()}`}
                    onClick={() => void restore(entry.name)}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
