import {
  GENESIS_HASH,
  sealEvent,
  type AuditEvent,
  type JsonValue,
} from '../../shared/audit/auditEvent';
import { EMPTY_BUSINESS_CASE } from '../../shared/domain/businessCase';
import type { Initiative } from '../../shared/domain/initiative';
import { EMPTY_READINESS } from '../../shared/domain/readiness';
import { rolesGrant } from '../../shared/domain/permissions';
import type { CountersignDb } from '../../renderer/db/database';
import { createInitiativeInput } from '../../renderer/db/commands/createInitiative';
import { CommandError, toCommandError } from '../../renderer/db/commands/commandError';
import { newId } from '../../renderer/db/ids';

/**
 * A variant of the app's import command (`renderer/db/commands/importInitiatives.ts`)
 * kept for comparison in scenario 5: the same validation with the registration
 * schema, authorisation, owner checks and one sealed `initiative.create` event
 * per row on the existing chain, in one strict transaction, but the events are
 * written with one `bulkAdd` instead of one awaited `add` each (`AuditWriter`).
 * Any bad row refuses the whole import and nothing is written. Scenario 5's
 * budgeted figure measures the app's command; this one only shows whether
 * batching the event writes would change it.
 */
export interface ImportResult {
  initiatives: Initiative[];
  events: AuditEvent[];
}

function toJson(value: unknown): JsonValue | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

export async function importInitiatives(
  db: CountersignDb,
  rows: readonly unknown[],
  who: { memberId: string; now?: () => Date; source?: string },
): Promise<ImportResult> {
  const inputs = rows.map((row, index) => {
    const parsed = createInitiativeInput.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.map(String).join('.') ?? '';
      throw new CommandError(
        'invalid',
        `Row ${String(index + 1)}${where ? ` (${where})` : ''}: ${issue?.message ?? 'not valid'}. Nothing was imported.`,
      );
    }
    return parsed.data;
  });
  const at = (who.now ?? (() => new Date()))().toISOString();
  const reason = `Imported from ${who.source ?? 'a file'}`;
  try {
    return await db.transaction('rw', [db.initiatives, db.members, db.auditEvents], async () => {
      const actor = await db.members.get(who.memberId);
      if (!actor || actor.status !== 'active' || !rolesGrant(actor.roles, 'initiative.create')) {
        throw new CommandError('forbidden', 'You do not have permission to import initiatives.');
      }
      const active = new Set(
        (await db.members.where('status').equals('active').primaryKeys()).map(String),
      );
      const last = await db.auditEvents.orderBy('seq').last();
      let head = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
      const initiatives: Initiative[] = [];
      const events: AuditEvent[] = [];
      inputs.forEach((input, index) => {
        if (!active.has(input.ownerId)) {
          throw new CommandError(
            'invalid',
            `Row ${String(index + 1)}: the owner is not an active member of this workspace. Nothing was imported.`,
          );
        }
        const initiative: Initiative = {
          ...input,
          classification: null,
          businessCase: EMPTY_BUSINESS_CASE,
          readiness: EMPTY_READINESS,
          id: newId(),
          stageEnteredAt: at,
          createdAt: at,
          updatedAt: at,
        };
        const event = sealEvent({
          seq: head.seq + 1,
          at,
          actor: actor.id,
          action: 'initiative.create',
          entity: 'initiative',
          entityId: initiative.id,
          before: null,
          after: toJson(initiative),
          reason,
          prevHash: head.hash,
        });
        head = { seq: event.seq, hash: event.hash };
        initiatives.push(initiative);
        events.push(event);
      });
      await db.initiatives.bulkAdd(initiatives);
      await db.auditEvents.bulkAdd(events);
      return { initiatives, events };
    });
  } catch (error) {
    throw toCommandError(error, 'import the initiatives');
  }
}
