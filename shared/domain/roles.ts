import { z } from 'zod';

export const ROLES = [
  'administrator',
  'program-manager',
  'legal-reviewer',
  'compliance-reviewer',
  'security-reviewer',
  'operations-reviewer',
  'data-privacy-reviewer',
  'business-owner-reviewer',
  'auditor',
] as const;

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  'program-manager': 'Program manager',
  'legal-reviewer': 'Legal reviewer',
  'compliance-reviewer': 'Compliance reviewer',
  'security-reviewer': 'Security reviewer',
  'operations-reviewer': 'Operations reviewer',
  'data-privacy-reviewer': 'Data/privacy reviewer',
  'business-owner-reviewer': 'Business owner reviewer',
  auditor: 'Auditor (read-only)',
};
