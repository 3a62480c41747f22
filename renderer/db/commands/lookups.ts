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

/** Refuses an email already used by another member (emails identify people in exports). */
export async function requireUniqueEmail(
  db: CountersignDb,
  email: string,
  exceptMemberId?: string,
): Promise<void> {
  const clash = await db.members.where('email').equals(email).first();
  if (clash && clash.id !== exceptMemberId) {
    throw new CommandError('conflict', `${email} already belongs to ${clash.name}.`, {
      email: 'This email is already in use',
    });
  }
}

export async function requireMember(db: CountersignDb, memberId: string): Promise<Member> {
  const member = await db.members.get(memberId);
  if (!member) throw new CommandError('not-found', 'That member does not exist in this workspace.');
  return member;
}

/** The rule that keeps a workspace manageable: someone active must remain an administrator. */
export async function requireAnotherActiveAdministrator(
  db: CountersignDb,
  memberId: string,
): Promise<void> {
  const others = await db.members
    .where('status')
    .equals('active')
    .filter((m) => m.id !== memberId && m.roles.includes('administrator'))
    .count();
  if (others === 0) {
    throw new CommandError(
      'conflict',
      'This is the last active administrator. Make another member an administrator first.',
    );
  }
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
