import { z } from 'zod';
import { requiredText } from '../../../shared/domain/common';
import { gateEventSnapshot, type Gate } from '../../../shared/gates/gate';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireGate } from './gateContext';

export const withdrawGateReviewInput = z.strictObject({
  gateId: z.uuid(),
  reason: requiredText('Reason', 1000),
});

/** Withdraws a review that is no longer wanted; its sign-offs stay in history. */
export const withdrawGateReview = defineCommand({
  name: 'gate.withdraw',
  label: 'withdraw the gate review',
  input: withdrawGateReviewInput,
  permission: 'gate.open',
  tables: (db) => [db.gates],
  async run({ db, input, actor, at, audit }) {
    const before = await requireGate(db, input.gateId);
    if (before.withdrawal !== null)
      throw new CommandError('conflict', 'This review is already withdrawn.');
    if (before.usedAt !== null) {
      throw new CommandError('conflict', 'This gate already carried the initiative to its stage.');
    }
    const after: Gate = { ...before, withdrawal: { by: actor.id, at, reason: input.reason } };
    await db.gates.put(after);
    await audit.append({
      action: 'gate.withdraw',
      entity: 'gate',
      entityId: after.id,
      before: gateEventSnapshot(before),
      after: gateEventSnapshot(after),
      reason: input.reason,
    });
    return after;
  },
});
