import { z } from 'zod';
import type { MemberKey } from '../auth/memberKey';
import {
  electronicSignatureSchema,
  SIGNATURE_MEANING_LABELS,
  verifySignature,
} from '../auth/signature';
import { hashCanonical } from '../crypto/sha256';
import { isoDateTimeSchema } from '../domain/common';
import { ratingSchema, type Rating, type TREATMENTS } from '../domain/risk';
import { ROLE_LABELS, type Role } from '../domain/roles';
import { addCalendarMonths, calendarDateOf, compareIsoDates, isoDateSchema } from './dates';
import type { RiskMatrix } from './matrix';
import { isAboveAppetite } from './scoring';

type Treatment = (typeof TREATMENTS)[number];

/** The record kind bound into every risk-acceptance signature. */
export const RISK_ACCEPTANCE_RECORD_KIND = 'risk-acceptance';
/** Who may accept a residual risk unless the workspace names another role. */
export const DEFAULT_ACCEPTANCE_ROLE: Role = 'compliance-reviewer';
/** An acceptance is a decision to revisit, not a permanent waiver. */
export const MAX_ACCEPTANCE_YEARS = 3;

/** A signed acceptance of a risk's residual rating, until `expiresOn`. */
export const riskAcceptanceSchema = z
  .strictObject({
    signature: electronicSignatureSchema,
    expiresOn: isoDateSchema,
    acceptedAt: isoDateTimeSchema,
    /** The residual rating that was accepted: a different one needs a new acceptance. */
    residual: ratingSchema,
  })
  .superRefine((acceptance, ctx) => {
    if (acceptance.signature.meaning !== 'acceptance-of-risk') {
      ctx.addIssue({
        code: 'custom',
        path: ['signature', 'meaning'],
        message: 'A risk acceptance must be signed with the meaning “Acceptance of risk”',
      });
    }
    if (acceptance.signature.recordKind !== RISK_ACCEPTANCE_RECORD_KIND) {
      ctx.addIssue({
        code: 'custom',
        path: ['signature', 'recordKind'],
        message: 'This signature was made for another kind of record, not a risk acceptance',
      });
    }
  });
export type RiskAcceptance = z.infer<typeof riskAcceptanceSchema>;

/**
 * What the acceptance signature binds to. Changing any of these after signing
 * breaks the link between signature and risk, so the acceptance must be redone.
 */
export interface AcceptanceContent {
  riskId: string;
  title: string;
  residual: Rating;
  treatment: Treatment;
  expiresOn: string;
}

export function acceptanceContentHash(content: AcceptanceContent): string {
  return hashCanonical({
    // A domain tag keeps this hash from ever matching another record's.
    domain: 'countersign/risk-acceptance/v1',
    riskId: content.riskId,
    title: content.title,
    residual: { likelihood: content.residual.likelihood, impact: content.residual.impact },
    treatment: content.treatment,
    expiresOn: content.expiresOn,
  });
}

/** Residual risk above appetite that the owner chose to accept needs a signed acceptance. */
export function acceptanceNeeded(
  matrix: RiskMatrix,
  risk: { residual: Rating; treatment: Treatment },
): boolean {
  return risk.treatment === 'accept' && isAboveAppetite(matrix, risk.residual);
}

export const ACCEPTANCE_STATUSES = [
  'not-needed',
  'missing',
  'valid',
  'expired',
  'outdated',
] as const;
export type AcceptanceStatus = (typeof ACCEPTANCE_STATUSES)[number];

export const ACCEPTANCE_STATUS_LABELS: Record<AcceptanceStatus, string> = {
  'not-needed': 'Not needed',
  missing: 'Acceptance missing',
  valid: 'Accepted',
  expired: 'Acceptance expired',
  outdated: 'Residual rating changed since acceptance',
};

function sameRating(a: Rating, b: Rating): boolean {
  return a.likelihood === b.likelihood && a.impact === b.impact;
}

/**
 * Where a risk stands on acceptance today. An acceptance is valid up to the day
 * before `expiresOn`: on that date it has expired and the risk is flagged again.
 * A changed residual rating outranks expiry, since it means the thing accepted
 * is no longer the thing at hand.
 */
export function acceptanceStatus(
  matrix: RiskMatrix,
  risk: { residual: Rating; treatment: Treatment },
  acceptance: Pick<RiskAcceptance, 'expiresOn' | 'residual'> | null,
  today: string,
): AcceptanceStatus {
  if (!acceptanceNeeded(matrix, risk)) return 'not-needed';
  if (acceptance === null) return 'missing';
  if (!sameRating(acceptance.residual, risk.residual)) return 'outdated';
  const day = calendarDateOf(today);
  if (day === null) throw new RangeError(`“${today}” is not a valid date`);
  return compareIsoDates(day, acceptance.expiresOn) >= 0 ? 'expired' : 'valid';
}

/** Why this person may not accept risk in this workspace, or null. */
export function acceptanceRoleProblem(
  name: string,
  roles: readonly Role[],
  requiredRole: Role = DEFAULT_ACCEPTANCE_ROLE,
): string | null {
  return roles.includes(requiredRole)
    ? null
    : `${name} does not hold the ${ROLE_LABELS[requiredRole]} role, which this workspace requires to accept a risk.`;
}

export interface AcceptanceAttempt {
  /** Roles held by the member who signed. */
  signerRoles: readonly Role[];
  /** The role the workspace requires; compliance reviewer by default. */
  requiredRole?: Role;
  signature: unknown;
  riskId: string;
  /** `acceptanceContentHash` of the risk as it will be saved with this acceptance. */
  expectedContentHash: string;
  /** The signer's key history. */
  keyHistory: readonly MemberKey[];
  /** When given, the signature must be by this member. */
  signerId?: string;
  expiresOn: string;
  /** Today's date (or a date-time with the person's UTC offset). */
  today: string;
}

/**
 * Why an acceptance cannot be recorded, or null when it can. Every refusal is a
 * sentence the person can act on; the command changes nothing when one is given.
 */
export function acceptanceProblem(attempt: AcceptanceAttempt): string | null {
  const parsed = electronicSignatureSchema.safeParse(attempt.signature);
  if (!parsed.success) return 'The signature is incomplete or malformed.';
  const signature = parsed.data;

  const roleRefusal = acceptanceRoleProblem(
    signature.printedName,
    attempt.signerRoles,
    attempt.requiredRole,
  );
  if (roleRefusal) return roleRefusal;

  if (signature.meaning !== 'acceptance-of-risk') {
    return `The signature means “${SIGNATURE_MEANING_LABELS[signature.meaning]}”; accepting a risk needs a signature meaning “Acceptance of risk”.`;
  }

  const check = verifySignature(signature, attempt.keyHistory, {
    recordKind: RISK_ACCEPTANCE_RECORD_KIND,
    recordId: attempt.riskId,
    contentHash: attempt.expectedContentHash,
    ...(attempt.signerId === undefined ? {} : { signerId: attempt.signerId }),
  });
  if (!check.ok) {
    if (check.reason !== 'wrong-record') return check.message;
    if (signature.recordKind !== RISK_ACCEPTANCE_RECORD_KIND) {
      return 'This signature was made for another kind of record, not a risk acceptance.';
    }
    if (signature.recordId !== attempt.riskId) {
      return 'This signature was made for another risk; it cannot accept this one.';
    }
    if (attempt.signerId !== undefined && signature.signerId !== attempt.signerId) {
      return 'This signature was made by someone other than the member accepting the risk.';
    }
    return 'This signature was made for a different version of this risk: its title, residual rating, treatment or expiry has changed since. Sign again.';
  }

  return expiryProblem(attempt.expiresOn, attempt.today);
}

/** Why an expiry date will not do, or null: it must fall after today and within three years. */
export function expiryProblem(expiresOn: string, today: string): string | null {
  if (!isoDateSchema.safeParse(expiresOn).success) {
    return 'Enter the expiry date as YYYY-MM-DD.';
  }
  const day = calendarDateOf(today);
  if (day === null) throw new RangeError(`“${today}” is not a valid date`);
  if (compareIsoDates(expiresOn, day) <= 0) {
    return `The acceptance must expire after today (${day}); ${expiresOn} has already come.`;
  }
  const latest = addCalendarMonths(day, MAX_ACCEPTANCE_YEARS * 12);
  if (compareIsoDates(expiresOn, latest) > 0) {
    return `An acceptance can last at most ${MAX_ACCEPTANCE_YEARS} years: choose an expiry on or before ${latest}.`;
  }
  return null;
}
