import { z } from 'zod';
import type { Role } from '../domain/roles';

/** The functions whose sign-off a gate can require (DESIGN §3). */
export const REVIEW_FUNCTIONS = [
  'legal',
  'compliance',
  'security',
  'operations',
  'data-privacy',
  'business-owner',
] as const;
export const reviewFunctionSchema = z.enum(REVIEW_FUNCTIONS, { message: 'Choose a function' });
export type ReviewFunction = z.infer<typeof reviewFunctionSchema>;

export const REVIEW_FUNCTION_LABELS: Record<ReviewFunction, string> = {
  legal: 'Legal',
  compliance: 'Compliance',
  security: 'Security',
  operations: 'Operations',
  'data-privacy': 'Data/privacy',
  'business-owner': 'Business owner',
};

/** The role a member must hold to sign for a function. */
export const FUNCTION_ROLES: Record<ReviewFunction, Role> = {
  legal: 'legal-reviewer',
  compliance: 'compliance-reviewer',
  security: 'security-reviewer',
  operations: 'operations-reviewer',
  'data-privacy': 'data-privacy-reviewer',
  'business-owner': 'business-owner-reviewer',
};

/** The functions a member with these roles can sign for. */
export function functionsFor(roles: readonly Role[]): ReviewFunction[] {
  return REVIEW_FUNCTIONS.filter((fn) => roles.includes(FUNCTION_ROLES[fn]));
}
