import type { Member } from '../../../shared/domain/member';
import { PERMISSION_LABELS, rolesGrant } from '../../../shared/domain/permissions';
import { ROLE_LABELS, type Role } from '../../../shared/domain/roles';
import { DEFAULT_ACCEPTANCE_ROLE } from '../../../shared/risk/acceptance';

/**
 * Why this member cannot sign an acceptance, before they are asked for their
 * passphrase, or null. The sentences are the ones `acceptRisk` refuses with,
 * so the screen and the command say the same thing; the command still checks.
 */
export function acceptanceRefusal(
  member: Pick<Member, 'name' | 'roles' | 'certification'>,
  requiredRole: Role = DEFAULT_ACCEPTANCE_ROLE,
): string | null {
  if (!rolesGrant(member.roles, 'risk.accept')) {
    return `${member.name} does not have permission to ${PERMISSION_LABELS['risk.accept']}.`;
  }
  if (!member.roles.includes(requiredRole)) {
    return `${member.name} does not hold the ${ROLE_LABELS[requiredRole]} role, which this workspace requires to accept a risk.`;
  }
  if (member.certification === null) {
    return `${member.name} has not yet certified their electronic signature. Certify it first (the banner at the top of the screen), then sign.`;
  }
  return null;
}
