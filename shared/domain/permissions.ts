import { ROLES, type Role } from './roles';

/**
 * What each command needs. Reading is open to every member; every write names
 * a permission here and the command layer refuses callers without it. Auditors
 * hold no write permission at all.
 */
/** Everyone who records or reviews governance work: every role but the read-only auditor. */
const RECORDERS = [
  'program-manager',
  'administrator',
  'compliance-reviewer',
  'security-reviewer',
  'legal-reviewer',
  'operations-reviewer',
  'data-privacy-reviewer',
  'business-owner-reviewer',
] as const satisfies readonly Role[];

export const PERMISSIONS = {
  /**
   * A member's own account: signing in, setting their passphrase, certifying
   * their signature. Every active member holds it, auditors included; it never
   * touches governance records, and commands check the member acts on themself.
   */
  'account.self': ROLES,
  'member.manage': ['administrator'],
  'workspace.configure': ['administrator'],
  'initiative.create': ['program-manager', 'administrator'],
  'initiative.edit': ['program-manager', 'administrator'],
  'initiative.changeStage': ['program-manager', 'administrator'],
  'gate.open': ['program-manager', 'administrator'],
  'gate.signoff': [
    'legal-reviewer',
    'compliance-reviewer',
    'security-reviewer',
    'operations-reviewer',
    'data-privacy-reviewer',
    'business-owner-reviewer',
  ],
  /** Closing a condition: its owner (any role but auditor) or an administrator; the command checks which. */
  'condition.close': ROLES.filter((role) => role !== 'auditor'),
  'gate.override': ['administrator'],
  /** Accepting residual risk: the command also checks the role the workspace names. */
  'risk.accept': ROLES.filter((role) => role !== 'auditor'),
  /**
   * Attaching evidence, adding a new version, withdrawing it: everyone who
   * records or reviews governance work. Withdrawal is further limited by the
   * command to whoever added the file, program managers and administrators.
   */
  'evidence.manage': RECORDERS,
  'risk.manage': RECORDERS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export const PERMISSION_LABELS: Record<Permission, string> = {
  'account.self': 'manage their own sign-in',
  'member.manage': 'manage members',
  'workspace.configure': 'change workspace settings',
  'initiative.create': 'register initiatives',
  'initiative.edit': 'edit initiatives',
  'initiative.changeStage': 'change an initiative’s stage',
  'gate.open': 'open or withdraw gate reviews',
  'gate.signoff': 'sign gate reviews',
  'condition.close': 'close conditions',
  'gate.override': 'override a gate',
  'risk.manage': 'record risks',
  'evidence.manage': 'attach or withdraw evidence',
  'risk.accept': 'accept residual risk',
};
