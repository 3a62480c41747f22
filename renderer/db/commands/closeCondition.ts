import { z } from 'zod';
import { optionalText } from '../../../shared/domain/common';
import type { Signoff } from '../../../shared/gates/signoff';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';

export const closeConditionInput = z.strictObject({
  signoffId: z.uuid(),
  conditionId: z.uuid(),
  note: optionalText('Closing note', 1000),
});

/**
 * Closes a condition of an approval. Its owner closes it (an administrator
 * may, when the owner has left); who and when are recorded. Closing does not
 * touch what the reviewer signed, so the signature still verifies.
 */
export const closeCondition = defineCommand({
  name: 'condition.close',
  label: 'close the condition',
  input: closeConditionInput,
  permission: 'condition.close',
  tables: (db) => [db.signoffs],
  async run({ db, input, actor, at, audit }) {
    const before = await db.signoffs.get(input.signoffId);
    const condition = before?.conditions.find((c) => c.id === input.conditionId);
    if (!before || !condition) {
      throw new CommandError('not-found', 'That condition does not exist in this workspace.');
    }
    if (before.closures[condition.id]) {
      throw new CommandError('conflict', `“${condition.text}” is already closed.`);
    }
    if (condition.ownerId !== actor.id && !actor.roles.includes('administrator')) {
      throw new CommandError(
        'forbidden',
        `Only the owner of “${condition.text}” (or an administrator) can close it.`,
      );
    }
    const after: Signoff = {
      ...before,
      closures: {
        ...before.closures,
        [condition.id]: { closedBy: actor.id, closedAt: at, note: input.note },
      },
    };
    await db.signoffs.put(after);
    await audit.append({
      action: 'condition.close',
      entity: 'signoff',
      entityId: after.id,
      before,
      after,
      reason: input.note === '' ? null : input.note,
    });
    return after;
  },
});
