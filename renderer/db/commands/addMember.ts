import { memberFieldsSchema, type Member } from '../../../shared/domain/member';
import { newId } from '../ids';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';

export const addMember = defineCommand({
  name: 'member.create',
  label: 'add the member',
  input: memberFieldsSchema,
  permission: 'member.manage',
  tables: () => [],
  async run({ db, input, at, audit }) {
    const clash = await db.members.where('email').equals(input.email).first();
    if (clash) {
      throw new CommandError('conflict', `${input.email} already belongs to ${clash.name}.`, {
        email: 'This email is already in use',
      });
    }
    const member: Member = { ...input, id: newId(), status: 'active', createdAt: at };
    await db.members.add(member);
    await audit.append({
      action: 'member.create',
      entity: 'member',
      entityId: member.id,
      before: null,
      after: member,
    });
    return member;
  },
});
