import { z } from 'zod';
import { requiredText } from '../../../shared/domain/common';
import { memberStatusSchema, type Member } from '../../../shared/domain/member';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireAnotherActiveAdministrator, requireMember } from './lookups';

export const setMemberStatusInput = z.strictObject({
  memberId: z.uuid(),
  status: memberStatusSchema,
  reason: requiredText('Reason', 500),
});

/**
 * Deactivates or reactivates a member. Members are never deleted: their
 * history stays attributable to a name.
 */
export const setMemberStatus = defineCommand({
  name: 'member.setStatus',
  label: 'change the member’s status',
  input: setMemberStatusInput,
  permission: 'member.manage',
  tables: () => [],
  async run({ db, input, audit }) {
    const before = await requireMember(db, input.memberId);
    if (before.status === input.status) {
      throw new CommandError(
        'conflict',
        `${before.name} is already ${input.status === 'active' ? 'active' : 'deactivated'}.`,
      );
    }
    if (input.status === 'deactivated' && before.roles.includes('administrator')) {
      await requireAnotherActiveAdministrator(db, before.id);
    }
    const after: Member = { ...before, status: input.status };
    await db.members.put(after);
    await audit.append({
      action: input.status === 'active' ? 'member.reactivate' : 'member.deactivate',
      entity: 'member',
      entityId: before.id,
      before,
      after,
      reason: input.reason,
    });
    return after;
  },
});
