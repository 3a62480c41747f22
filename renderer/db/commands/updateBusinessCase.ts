import { z } from 'zod';
import { businessCaseSchema } from '../../../shared/domain/businessCase';
import type { Initiative } from '../../../shared/domain/initiative';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireInitiative } from './lookups';

export const updateBusinessCaseInput = z.strictObject({
  initiativeId: z.uuid(),
  businessCase: businessCaseSchema,
});

export const updateBusinessCase = defineCommand({
  name: 'initiative.updateBusinessCase',
  label: 'save the business case',
  input: updateBusinessCaseInput,
  permission: 'initiative.edit',
  tables: (db) => [db.initiatives],
  async run({ db, input, at, audit }) {
    const before = await requireInitiative(db, input.initiativeId);
    if (JSON.stringify(before.businessCase) === JSON.stringify(input.businessCase)) {
      throw new CommandError('conflict', 'Nothing was changed.');
    }
    const after: Initiative = { ...before, businessCase: input.businessCase, updatedAt: at };
    await db.initiatives.put(after);
    await audit.append({
      action: 'initiative.updateBusinessCase',
      entity: 'initiative',
      entityId: after.id,
      before,
      after,
    });
    return after;
  },
});
