import { z } from 'zod';
import { STAGE_LABELS, stageSchema, type Initiative } from '../../../shared/domain/initiative';
import { requiredText } from '../../../shared/domain/common';
import { gateEventSnapshot, type Gate } from '../../../shared/gates/gate';
import { gateForStageChange } from '../../../shared/gates/stageRule';
import { CommandError } from './commandError';
import { evaluateInitiativeGates } from './gateContext';
import { defineCommand } from './defineCommand';
import { requireInitiative } from './lookups';

export const changeStageInput = z.strictObject({
  initiativeId: z.uuid(),
  stage: stageSchema,
  reason: requiredText('Reason', 1000),
});

/**
 * Moves an initiative to another lifecycle stage; the reason goes into the
 * audit trail. Pilot and production are entered only through a passed (or
 * overridden) gate, which is then marked as used.
 */
export const changeStage = defineCommand({
  name: 'initiative.changeStage',
  label: 'change the stage',
  input: changeStageInput,
  permission: 'initiative.changeStage',
  tables: (db) => [db.workspace, db.initiatives, db.gates, db.signoffs, db.risks],
  async run({ db, input, at, audit }) {
    const before = await requireInitiative(db, input.initiativeId);
    if (before.stage === input.stage) {
      throw new CommandError(
        'conflict',
        `${before.title} is already in ${STAGE_LABELS[input.stage]}.`,
      );
    }
    const evaluations = await evaluateInitiativeGates(db, before, new Date(at));
    const passage = gateForStageChange(
      before.stage,
      input.stage,
      evaluations.map((e) => ({ gate: e.gate, status: e.outcome.status })),
    );
    if (!passage.ok) throw new CommandError('conflict', passage.message);
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
    if (passage.gate) {
      // The gate is spent: it cannot carry the initiative in again later.
      const used: Gate = { ...passage.gate, usedAt: at };
      await db.gates.put(used);
      await audit.append({
        action: 'gate.use',
        entity: 'gate',
        entityId: used.id,
        before: gateEventSnapshot(passage.gate),
        after: gateEventSnapshot(used),
      });
    }
    return after;
  },
});
