import { z } from 'zod';
import { euAiActAnswersSchema } from '../../../shared/euAiAct/answers';
import { classifyEuAiAct } from '../../../shared/euAiAct/classify';
import type { Initiative } from '../../../shared/domain/initiative';
import { RISK_TIER_LABELS } from '../../../shared/euAiAct/tier';
import { defineCommand } from './defineCommand';
import { requireInitiative } from './lookups';

export const classifyInitiativeInput = z.strictObject({
  initiativeId: z.uuid(),
  answers: euAiActAnswersSchema,
});

/**
 * Stores the questionnaire's answers and the tier they lead to. The tier is
 * computed here from the answers, never taken from the caller.
 */
export const classifyInitiative = defineCommand({
  name: 'initiative.classify',
  label: 'save the classification',
  input: classifyInitiativeInput,
  permission: 'initiative.edit',
  tables: (db) => [db.initiatives],
  async run({ db, input, actor, at, audit }) {
    const before = await requireInitiative(db, input.initiativeId);
    const result = classifyEuAiAct(input.answers);
    const after: Initiative = {
      ...before,
      classification: {
        answers: input.answers,
        tier: result.tier,
        articles: result.articles,
        reasons: result.reasons,
        classifiedAt: at,
        classifiedBy: actor.id,
        needsReview: false,
      },
      updatedAt: at,
    };
    await db.initiatives.put(after);
    const previous = before.classification?.tier;
    await audit.append({
      action: 'initiative.classify',
      entity: 'initiative',
      entityId: after.id,
      before,
      after,
      reason:
        previous && previous !== result.tier
          ? `Risk tier changed from ${RISK_TIER_LABELS[previous]} to ${RISK_TIER_LABELS[result.tier]}`
          : null,
    });
    return after;
  },
});
