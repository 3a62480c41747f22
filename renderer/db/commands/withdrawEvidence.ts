import { z } from 'zod';
import { idSchema, requiredText } from '../../../shared/domain/common';
import { mayWithdrawEvidence, type Evidence } from '../../../shared/evidence/record';
import type { CountersignDb } from '../database';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';

export async function requireEvidence(db: CountersignDb, evidenceId: string): Promise<Evidence> {
  const evidence = await db.evidence.get(evidenceId);
  if (!evidence)
    throw new CommandError('not-found', 'That evidence does not exist in this workspace.');
  return evidence;
}

export const withdrawEvidenceInput = z.strictObject({
  evidenceId: idSchema,
  reason: requiredText('Reason for withdrawal', 1000),
});

/**
 * Withdraws a file: it stops counting as current evidence, but its row, bytes
 * and hash stay, so sign-offs that cited it and the audit trail still verify.
 * Whoever added it, a program manager or an administrator may withdraw it.
 */
export const withdrawEvidence = defineCommand({
  name: 'evidence.withdraw',
  label: 'withdraw the evidence',
  input: withdrawEvidenceInput,
  permission: 'evidence.manage',
  tables: (db) => [db.evidence],
  async run({ db, input, actor, at, audit }) {
    const before = await requireEvidence(db, input.evidenceId);
    if (!mayWithdrawEvidence(actor, before)) {
      throw new CommandError(
        'forbidden',
        `Only whoever attached “${before.name}”, a program manager or an administrator can withdraw it.`,
      );
    }
    if (before.withdrawal)
      throw new CommandError('conflict', `“${before.name}” is already withdrawn.`);
    const after: Evidence = {
      ...before,
      withdrawal: { by: actor.id, at, reason: input.reason },
    };
    await db.evidence.put(after);
    await audit.append({
      action: 'evidence.withdraw',
      entity: 'evidence',
      entityId: after.id,
      before,
      after,
      reason: input.reason,
    });
    return after;
  },
});
