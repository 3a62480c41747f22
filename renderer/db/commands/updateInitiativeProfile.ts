import { z } from 'zod';
import { initiativeProfileSchema, type Initiative } from '../../../shared/domain/initiative';
import { changesNeedingReason, materialChanges } from '../../../shared/domain/materialFields';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireActiveMember, requireInitiative } from './lookups';

export const updateInitiativeProfileInput = z.strictObject({
  initiativeId: z.uuid(),
  profile: initiativeProfileSchema,
  /** Required when a material field changes; it goes into the audit event. */
  reason: z
    .string()
    .trim()
    .max(1000, { message: 'Reason must be at most 1000 characters' })
    .default(''),
});

/**
 * Saves the profile. Changing a material field that already held a value
 * needs a reason (filling in an empty one does not); any material change sends
 * the EU AI Act classification back for review (sign-offs go stale with the
 * gates work, which reads the same material-field list).
 */
export const updateInitiativeProfile = defineCommand({
  name: 'initiative.update',
  label: 'save the initiative',
  input: updateInitiativeProfileInput,
  permission: 'initiative.edit',
  tables: (db) => [db.initiatives],
  async run({ db, input, at, audit }) {
    const before = await requireInitiative(db, input.initiativeId);
    if (input.profile.ownerId !== before.ownerId)
      await requireActiveMember(db, input.profile.ownerId, 'owner');
    const draft: Initiative = { ...before, ...input.profile };
    const changes = materialChanges(before, draft);
    const needReason = changesNeedingReason(changes);
    if (needReason.length > 0 && input.reason === '') {
      const fields = needReason.map((c) => c.label).join(', ');
      throw new CommandError(
        'invalid',
        `Give a reason for changing ${fields}: these fields are material.`,
        {
          reason: 'A reason is required for material changes',
        },
      );
    }
    if (JSON.stringify(draft) === JSON.stringify(before))
      throw new CommandError('conflict', 'Nothing was changed.');
    const after: Initiative = {
      ...draft,
      classification:
        draft.classification && changes.length > 0
          ? { ...draft.classification, needsReview: true }
          : draft.classification,
      updatedAt: at,
    };
    await db.initiatives.put(after);
    await audit.append({
      action: 'initiative.update',
      entity: 'initiative',
      entityId: after.id,
      before,
      after,
      reason: input.reason === '' ? null : input.reason,
    });
    return { initiative: after, materialChanges: changes };
  },
});
