import type { Role } from '../domain/roles';
import { FUNCTION_ROLES, REVIEW_FUNCTION_LABELS, type ReviewFunction } from './functions';

/** Names match whatever the spacing or case: the sponsor is recorded as free text. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}

/**
 * Segregation of duties: why this member may not sign for this function on
 * this gate, or null. The initiative's owner, its sponsor and whoever opened
 * the review never sign it; one person signs for one function per gate unless
 * the gate's template allows more; and only the function's reviewers sign.
 */
export function segregationProblem(input: {
  reviewer: { id: string; name: string; roles: readonly Role[] };
  fn: ReviewFunction;
  initiative: { ownerId: string; sponsor: string; title: string };
  gate: { openedBy: string; template: { allowOneSignerForSeveralFunctions: boolean } };
  /** The gate's current sign-offs (each reviewer's latest per function). */
  signoffs: readonly { reviewerId: string; function: ReviewFunction }[];
}): string | null {
  const { reviewer, fn, initiative, gate, signoffs } = input;
  const label = REVIEW_FUNCTION_LABELS[fn];
  if (!reviewer.roles.includes(FUNCTION_ROLES[fn])) {
    return `${reviewer.name} does not hold the ${label} reviewer role, so cannot sign for ${label}.`;
  }
  if (reviewer.id === initiative.ownerId) {
    return `${reviewer.name} owns “${initiative.title}” and cannot sign its gate reviews.`;
  }
  if (sameName(reviewer.name, initiative.sponsor)) {
    return `${reviewer.name} sponsors “${initiative.title}” and cannot sign its gate reviews.`;
  }
  if (reviewer.id === gate.openedBy) {
    return `${reviewer.name} opened this review and cannot also sign it.`;
  }
  if (!gate.template.allowOneSignerForSeveralFunctions) {
    const other = signoffs.find((s) => s.reviewerId === reviewer.id && s.function !== fn);
    if (other) {
      return `${reviewer.name} already signed for ${REVIEW_FUNCTION_LABELS[other.function]} on this gate; one person signs for one function.`;
    }
  }
  return null;
}
