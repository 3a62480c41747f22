import { z } from 'zod';
import { memberFieldsSchema, type Member } from '../../../shared/domain/member';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireAnotherActiveAdministrator, requireMember, requireUniqueEmail } from './lookups';

export const updateMemberInput = memberFieldsSchema.extend({ memberId: z.uuid() });

/** Administrators correct a member's details and roles. */
export const updateMember = defineCommand({
  name: 'member.update',
  label: 'update the member',
  input: updateMemberInput,
  permission: 'member.manage',
  tables: () => [],
  async run({ db, input, audit }) {
    const { memberId, ...fields } = input;
    const before = await requireMember(db, memberId);
    await requireUniqueEmail(db, fields.email, memberId);
    if (
      before.roles.includes('administrator') &&
      !fields.roles.includes('administrator') &&
      before.status === 'active'
    ) {
      await requireAnotherActiveAdministrator(db, memberId);
    }
    const after: Member = { ...before, ...fields };
    if (JSON.stringify(after) === JSON.stringify(before)) {
      throw new CommandError('conflict', 'Nothing was changed.');
    }
    await db.members.put(after);
    await audit.append({
      action: 'member.update',
      entity: 'member',
      entityId: memberId,
      before,
      after,
    });
    return after;
  },
});
