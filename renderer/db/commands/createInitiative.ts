import { EMPTY_BUSINESS_CASE } from '../../../shared/domain/businessCase';
import {
  initiativeProfileSchema,
  stageSchema,
  type Initiative,
} from '../../../shared/domain/initiative';
import { EMPTY_READINESS } from '../../../shared/domain/readiness';
import type { z } from 'zod';
import { newId } from '../ids';
import type { AuditDraft } from './auditWriter';
import { defineCommand } from './defineCommand';
import { requireActiveMember } from './lookups';

export const createInitiativeInput = initiativeProfileSchema.extend({
  /** Existing work may be registered at the stage it has already reached. */
  stage: stageSchema.default('idea'),
});

export const createInitiative = defineCommand({
  name: 'initiative.create',
  label: 'register the initiative',
  input: createInitiativeInput,
  permission: 'initiative.create',
  tables: (db) => [db.initiatives],
  async run({ db, input, at, audit }) {
    await requireActiveMember(db, input.ownerId, 'owner');
    const initiative = newInitiative(input, at);
    await db.initiatives.add(initiative);
    await audit.append(initiativeCreated(initiative));
    return initiative;
  },
});

/** A newly registered initiative: not classified, empty business case, every gap not started. */
export function newInitiative(
  input: z.output<typeof createInitiativeInput>,
  at: string,
): Initiative {
  return {
    ...input,
    classification: null,
    businessCase: EMPTY_BUSINESS_CASE,
    readiness: EMPTY_READINESS,
    id: newId(),
    stageEnteredAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

/** The audit event of a registration (one per initiative, imports included). */
export function initiativeCreated(
  initiative: Initiative,
  reason: string | null = null,
): AuditDraft {
  return {
    action: 'initiative.create',
    entity: 'initiative',
    entityId: initiative.id,
    before: null,
    after: initiative,
    reason,
  };
}
