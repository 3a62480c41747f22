import { z } from 'zod';
import { optionalText } from '../../../shared/domain/common';
import type { Risk } from '../../../shared/risk/record';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';

export const RISK_REVIEW_OUTCOMES = ['still-valid', 'changed'] as const;
export const RISK_REVIEW_OUTCOME_LABELS: Record<(typeof RISK_REVIEW_OUTCOMES)[number], string> = {
  'still-valid': 'Still valid',
  changed: 'Changed',
};

export const recordRiskReviewInput = z.strictObject({
  riskId: z.uuid(),
  outcome: z.enum(RISK_REVIEW_OUTCOMES, { message: 'Say whether the risk is still valid' }),
  note: optionalText('Note', 2000),
});

/**
 * Records that a risk was reviewed: it restarts the review cadence. "Changed"
 * needs a note saying what changed (the edit itself is its own command).
 */
export const recordRiskReview = defineCommand({
  name: 'risk.review',
  label: 'record the review',
  input: recordRiskReviewInput,
  permission: 'risk.manage',
  tables: (db) => [db.risks],
  async run({ db, input, at, audit }) {
    const before = await db.risks.get(input.riskId);
    if (!before) throw new CommandError('not-found', 'That risk does not exist in this workspace.');
    if (input.outcome === 'changed' && input.note === '') {
      throw new CommandError('invalid', 'Say what changed in the note.', {
        note: 'Say what changed',
      });
    }
    const after: Risk = { ...before, lastReviewedAt: at, updatedAt: at };
    await db.risks.put(after);
    await audit.append({
      action: 'risk.review',
      entity: 'risk',
      entityId: after.id,
      before,
      after,
      reason: `${RISK_REVIEW_OUTCOME_LABELS[input.outcome]}${input.note ? `: ${input.note}` : ''}`,
    });
    return after;
  },
});
