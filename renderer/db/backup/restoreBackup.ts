import type { ValidatedBackup } from '../../../shared/backup/readBackup';
import { BACKUP_TABLES } from '../../../shared/backup/format';
import { rolesGrant } from '../../../shared/domain/permissions';
import type { CountersignDb } from '../database';
import { AuditWriter } from '../commands/auditWriter';
import { summaryTablesOf } from '../summaries/derivedTables';
import { writeAllSummaries } from '../summaries/rebuildSummaries';
import { CommandError, toCommandError } from '../commands/commandError';

export type RestoreMode = 'new-workspace' | 'replace';

export interface RestoreRequest {
  backup: ValidatedBackup;
  /** The member restoring: an active administrator in the backup (and, to replace, here). */
  memberId: string;
  mode: RestoreMode;
  /** Name of the file restored, recorded in the audit event. */
  sourceName: string;
  now?: () => Date;
}

/**
 * The restore command. In ONE transaction it checks who is restoring, clears
 * the target (it must be empty unless replacing), writes every validated row,
 * and appends a `workspace.restore` event after the restored chain, so the
 * restore itself is on the record and the chain still verifies. A failure
 * anywhere rolls everything back: the target is as it was.
 */
export async function restoreBackup(db: CountersignDb, request: RestoreRequest): Promise<void> {
  const { backup, memberId, mode, sourceName } = request;
  const at = (request.now ?? (() => new Date()))().toISOString();
  const { rows, summary } = backup;
  try {
    await db.transaction('rw', db.tables, async () => {
      const restorer = rows.members.find((member) => member.id === memberId);
      if (restorer?.status !== 'active' || !rolesGrant(restorer.roles, 'workspace.configure')) {
        throw new CommandError(
          'forbidden',
          'Only an active administrator of the backed-up workspace can restore it, so that they can sign in to it afterwards.',
        );
      }
      const previousHead = await db.auditEvents.orderBy('seq').last();
      if (mode === 'replace') {
        const current = await db.members.get(memberId);
        if (current?.status !== 'active' || !rolesGrant(current.roles, 'workspace.configure')) {
          throw new CommandError(
            'forbidden',
            'Only an active administrator of this workspace can replace it with a backup.',
          );
        }
        for (const table of db.tables) await table.clear();
      } else if ((await db.workspace.count()) > 0 || previousHead) {
        throw new CommandError(
          'conflict',
          'A backup can only be restored into an empty workspace.',
        );
      }
      for (const table of BACKUP_TABLES) await db.table(table).bulkAdd(rows[table]);
      await db.evidenceFiles.bulkAdd([...backup.evidenceFiles].map(([id, data]) => ({ id, data })));
      // Backups never hold the derived summaries: they are recomputed here, in the same transaction.
      await writeAllSummaries(summaryTablesOf(db));
      await new AuditWriter(db, memberId, at).append({
        action: 'workspace.restore',
        entity: 'workspace',
        entityId: summary.workspaceId,
        before:
          mode === 'replace' && previousHead
            ? { auditHead: { seq: previousHead.seq, hash: previousHead.hash } }
            : null,
        after: {
          mode,
          backupCreatedAt: summary.createdAt,
          backupAppVersion: summary.appVersion,
          formatVersion: summary.formatVersion,
          schemaVersion: summary.schemaVersion,
          auditHead: summary.auditHead,
          counts: summary.counts,
        },
        reason: `Restored from backup ${sourceName}`,
      });
    });
  } catch (error) {
    throw toCommandError(error, 'restore the backup');
  }
}
