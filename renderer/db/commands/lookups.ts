import type { Initiative } from '../../../shared/domain/initiative';
import type { Member } from '../../../shared/domain/member';
import type { CountersignDb } from '../database';
import { CommandError } from './commandError';

/** Loads a member that a record refers to (owner, reviewer …) or refuses. */
export async function requireActiveMember(
  db: CountersignDb,
  memberId: string,
  field: string,
): Promise<Member> {
  const member = await db.members.get(memberId);
  if (!member) {
    throw new CommandError('not-found', `The ${field} is not a member of this workspace.`, {
      [`${field}Id`]: 'Choose a member of this workspace',
    });
  }
  if (member.status !== 'active') {
    throw new CommandError('invalid', `${member.name} is deactivated and cannot be the ${field}.`);
  }
  return member;
}

export async function requireInitiative(
  db: CountersignDb,
  initiativeId: string,
): Promise<Initiative> {
  const initiative = await db.initiatives.get(initiativeId);
  if (!initiative)
    throw new CommandError('not-found', 'That initiative does not exist in this workspace.');
  return initiative;
}
