import { temporaryPassphraseSchema } from '../../../shared/auth/credential';
import { memberFieldsSchema, type Member } from '../../../shared/domain/member';
import { newId } from '../ids';
import { defineCommand } from './defineCommand';
import { requireUniqueEmail } from './lookups';

export const addMemberInput = memberFieldsSchema.extend({
  /**
   * A one-time passphrase the administrator gives the new member in person.
   * It only lets them in to choose their own; their signing key is created then.
   */
  temporaryPassphrase: temporaryPassphraseSchema,
});

export const addMember = defineCommand({
  name: 'member.create',
  label: 'add the member',
  input: addMemberInput,
  permission: 'member.manage',
  tables: (db) => [db.credentials],
  async run({ db, input, actor, at, audit }) {
    const { temporaryPassphrase, ...fields } = input;
    await requireUniqueEmail(db, fields.email);
    const member: Member = {
      ...fields,
      id: newId(),
      status: 'active',
      createdAt: at,
      keys: [],
      certification: null,
    };
    await db.members.add(member);
    await db.credentials.add({
      memberId: member.id,
      kind: 'temporary',
      temporary: temporaryPassphrase,
      setAt: at,
      setBy: actor.id,
    });
    await audit.append({
      action: 'member.create',
      entity: 'member',
      entityId: member.id,
      before: null,
      after: member,
      reason: 'Temporary passphrase issued by an administrator',
    });
    return member;
  },
});
