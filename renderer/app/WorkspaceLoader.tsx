import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { CountersignDb } from '../db/database';
import type { CreatedBackup } from '../db/backup/createBackup';
import { openWorkspaceDb } from '../db/openWorkspaceDb';
import { useHost } from '../host/HostContext';
import { LatestAutoBackupOffer } from '../features/backup/LatestAutoBackupOffer';
import { rememberWorkspaceId } from '../features/backup/knownWorkspaces';

declare const __APP_VERSION__: string;
import { useSession } from '../state/sessionStore';
import { SignInGate } from '../features/session/SignInGate';
import { WorkspaceContext } from './WorkspaceContext';

type Opening =
  | { state: 'opening' }
  | { state: 'open'; db: CountersignDb }
  | { state: 'failed'; message: string };

/** Opens the chosen workspace database and keeps it open while it is in use. */
export function WorkspaceLoader({ dbName }: { dbName: string }) {
  const [opening, setOpening] = useState<Opening>({ state: 'opening' });
  const closeWorkspace = useSession((s) => s.closeWorkspace);
  const host = useHost();

  useEffect(() => {
    let db: CountersignDb | null = null;
    let cancelled = false;
    // On the desktop, a workspace about to be upgraded is backed up first (issue: data safety).
    const backups = host.backups;
    const options = backups
      ? {
          appVersion: __APP_VERSION__,
          beforeUpgrade: async (backup: CreatedBackup) => {
            const stored = await backups.write(backup.workspaceId, backup.bytes);
            if (!stored.ok) throw new Error(stored.error);
          },
        }
      : {};
    openWorkspaceDb(dbName, options).then(
      (opened) => {
        db = opened;
        if (cancelled) opened.close();
        else setOpening({ state: 'open', db: opened });
      },
      (error: unknown) => {
        if (!cancelled)
          setOpening({
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      cancelled = true;
      db?.close();
    };
  }, [dbName, host]);

  if (opening.state === 'opening')
    return (
      <p className="loading" role="status">
        Opening workspace…
      </p>
    );
  if (opening.state === 'failed') {
    return (
      <main className="centered">
        <h1>Countersign</h1>
        <p role="alert" className="alert alert-error">
          {opening.message}
        </p>
        <p>Your other workspaces are untouched. You can restore this one from a backup:</p>
        <LatestAutoBackupOffer dbName={dbName} />
        <button type="button" className="button-secondary" onClick={closeWorkspace}>
          Choose another workspace
        </button>
      </main>
    );
  }
  return <OpenedWorkspace db={opening.db} />;
}

function OpenedWorkspace({ db }: { db: CountersignDb }) {
  const closeWorkspace = useSession((s) => s.closeWorkspace);
  // `undefined` while loading, `null` once we know there is no workspace row.
  const workspace = useLiveQuery(
    async () => (await db.workspace.toCollection().first()) ?? null,
    [db],
    undefined,
  );
  const missing = workspace === null;
  const workspaceId = workspace?.id;
  useEffect(() => {
    // Remembered so that, if this database ever fails to open, its automatic backups can be offered.
    if (workspaceId) rememberWorkspaceId(db.name, workspaceId);
  }, [db, workspaceId]);
  useEffect(() => {
    // A database without a workspace row (deleted, or never finished) is not a workspace.
    if (missing) closeWorkspace();
  }, [missing, closeWorkspace]);
  if (!workspace)
    return (
      <p className="loading" role="status">
        Opening workspace…
      </p>
    );
  return (
    <WorkspaceContext.Provider value={{ db, workspace }}>
      <SignInGate />
    </WorkspaceContext.Provider>
  );
}
