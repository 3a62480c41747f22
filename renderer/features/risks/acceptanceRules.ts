import type { Member } from '../../../shared/domain/member';
import { PERMISSION_LABELS, rolesGrant } from '../../../shared/domain/permissions';
import type { Role } from '../../../shared/domain/roles';
import { DEFAULT_ACCEPTANCE_ROLE, acceptanceRoleProblem } from '../../../shared/risk/acceptance';
import { certificationProblem } from '../../db/commands/requireSignature';

/**
 * Why this member cannot sign an acceptance, before they are asked for their
 * passphrase, or null: the same functions `acceptRisk` refuses with, so the
 * screen and the command say the same thing; the command still checks.
 */
export function acceptanceRefusal(
  member: Pick<Member, 'name' | 'roles' | 'certification'>,
  requiredRole: Role = DEFAULT_ACCEPTANCE_ROLE,
): string | null {
  if (!rolesGrant(member.roles, 'risk.accept')) {
    return `${member.name} does not have permission to ${PERMISSION_LABELS['risk.accept']}.`;
  }
  return (
    acceptanceRoleProblem(member.name, member.roles, requiredRole) ?? certificationProblem(member)
  );
}
