import type { AuditEvent } from '../../../shared/audit/auditEvent';
import type { Workspace } from '../../../shared/domain/workspace';
import type { CountersignDb } from '../../db/database';

/**
 * The audit trail as JSON: every event exactly as stored, so anyone can
 * recompute the chain with `verifyChain`.
 */
export async function auditTrailJson(
  db: CountersignDb,
  workspace: Workspace,
  exportedAt: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const events: AuditEvent[] = await db.auditEvents.orderBy('seq').toArray();
  const last = events.at(-1);
  const body = {
    format: 'countersign.audit-trail',
    formatVersion: 1,
    workspace: { id: workspace.id, name: workspace.name },
    exportedAt: exportedAt.toISOString(),
    head: last ? { seq: last.seq, hash: last.hash } : null,
    events,
  };
  return new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`);
}

export function auditTrailFileName(workspace: Workspace, at: Date): string {
  const slug =
    workspace.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'workspace';
  return `${slug}-audit-trail-${at.toISOString().slice(0, 10)}.json`;
}
