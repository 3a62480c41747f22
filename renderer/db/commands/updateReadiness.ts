import { z } from 'zod';
import type { Initiative } from '../../../shared/domain/initiative';
import { GAPS, readinessSchema } from '../../../shared/domain/readiness';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireActiveMember, requireInitiative } from './lookups';

export const updateReadinessInput = z.strictObject({
  initiativeId: z.uuid(),
  readiness: readinessSchema,
});

/** Records where the initiative stands on each of the six production gaps. */
export const updateReadiness = defineCommand({
  name: 'initiative.updateReadiness',
  label: 'save the readiness assessment',
  input: updateReadinessInput,
  permission: 'initiative.edit',
  tables: (db) => [db.initiatives],
  async run({ db, input, at, audit }) {
    const before = await requireInitiative(db, input.initiativeId);
    for (const gap of GAPS) {
      const ownerId = input.readiness[gap].ownerId;
      if (ownerId !== null && ownerId !== before.readiness[gap].ownerId)
        await requireActiveMember(db, ownerId, 'owner');
    }
    if (JSON.stringify(before.readiness) === JSON.stringify(input.readiness)) {
      throw new CommandError('conflict', 'Nothing was changed.');
    }
    const after: Initiative = { ...before, readiness: input.readiness, updatedAt: at };
    await db.initiatives.put(after);
    await audit.append({
      action: 'initiative.updateReadiness',
      entity: 'initiative',
      entityId: after.id,
      before,
      after,
    });
    return after;
  },
});
