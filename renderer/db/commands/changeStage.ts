import { z } from 'zod';
import { STAGE_LABELS, stageSchema, type Initiative } from '../../../shared/domain/initiative';
import { requiredText } from '../../../shared/domain/common';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireInitiative } from './lookups';

export const changeStageInput = z.strictObject({
  initiativeId: z.uuid(),
  stage: stageSchema,
  reason: requiredText('Reason', 1000),
});

/** Moves an initiative to another lifecycle stage; the reason goes into the audit trail. */
export const changeStage = defineCommand({
  name: 'initiative.changeStage',
  label: 'change the stage',
  input: changeStageInput,
  permission: 'initiative.changeStage',
  tables: (db) => [db.initiatives],
  async run({ db, input, at, audit }) {
    const before = await requireInitiative(db, input.initiativeId);
    if (before.stage === input.stage) {
      throw new CommandError(
        'conflict',
        `${before.title} is already in ${STAGE_LABELS[input.stage]}.`,
      );
    }
    const after: Initiative = { ...before, stage: input.stage, stageEnteredAt: at, updatedAt: at };
    await db.initiatives.put(after);
    await audit.append({
      action: 'initiative.changeStage',
      entity: 'initiative',
      entityId: after.id,
      before,
      after,
      reason: input.reason,
    });
    return after;
  },
});
