import { addMonths } from '../domain/calendar';
import type { Stage } from '../domain/initiative';
import { REVIEW_FUNCTION_LABELS, type ReviewFunction } from './functions';
import type { ResolvedRequirement } from './requirements';
import type { Decision, Signoff } from './signoff';

export const GATE_STATUSES = [
  'passed',
  'in-review',
  'changes-requested',
  'blocked',
  'overridden',
  'withdrawn',
] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];

export const GATE_STATUS_LABELS: Record<GateStatus, string> = {
  passed: 'Passed',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  blocked: 'Blocked',
  overridden: 'Overridden by an administrator',
  withdrawn: 'Withdrawn',
};

/** Where one sign-off stands today: everything the outcome needs, nothing more. */
export interface SignoffStanding {
  id: string;
  function: ReviewFunction;
  reviewerId: string;
  reviewerName: string;
  decision: Decision;
  /** The initiative's material state or risk register changed since it was signed. */
  stale: boolean;
  /** An approval older than the workspace's validity period, for an initiative in production. */
  expired: boolean;
  /**
   * Signed by someone who may no longer sign this gate: they have since become
   * the initiative's owner or sponsor. It counts for nothing.
   */
  ineligible: boolean;
  openConditions: number;
}

/**
 * The sign-offs that count: each reviewer's latest per function on each gate.
 * Re-signing supersedes an earlier sign-off, which stays in history.
 */
export function currentSignoffs<
  T extends Pick<Signoff, 'gateId' | 'reviewerId' | 'function' | 'recordedAt'>,
>(signoffs: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const signoff of signoffs) {
    const key = `${signoff.gateId}|${signoff.reviewerId}|${signoff.function}`;
    const seen = latest.get(key);
    if (!seen || seen.recordedAt <= signoff.recordedAt) latest.set(key, signoff);
  }
  return [...latest.values()];
}

/** Whether an approval has run past its validity period (only initiatives in production). */
export function isApprovalExpired(
  signoff: Pick<Signoff, 'decision' | 'recordedAt'>,
  stage: Stage,
  validityMonths: number,
  now: Date,
): boolean {
  if (stage !== 'production') return false;
  if (signoff.decision !== 'approve' && signoff.decision !== 'approve-with-conditions')
    return false;
  return Date.parse(addMonths(signoff.recordedAt, validityMonths)) <= now.getTime();
}

export interface FunctionStatus {
  function: ReviewFunction;
  label: string;
  quorum: number;
  /** Fresh approvals with every condition closed: these count towards the quorum. */
  approvals: number;
  awaitingConditions: number;
  stale: number;
  expired: number;
  rejectedBy: string[];
  changesRequestedBy: string[];
  met: boolean;
  /** In words, e.g. "Security: 1 of 2 approvals; 1 stale". */
  summary: string;
}

export interface GateOutcome {
  status: GateStatus;
  /** What the status rests on, had there been no override or withdrawal. */
  underlying: Exclude<GateStatus, 'overridden' | 'withdrawn'>;
  functions: FunctionStatus[];
  staleSignoffIds: string[];
  /** One or more sentences explaining the status. */
  explanation: string[];
}

function counted(n: number, one: string, many: string): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

function functionStatus(
  requirement: ResolvedRequirement,
  signoffs: readonly SignoffStanding[],
): FunctionStatus {
  const mine = signoffs.filter((s) => s.function === requirement.function);
  const fresh = mine.filter((s) => !s.stale && !s.expired && !s.ineligible);
  const approving = fresh.filter(
    (s) => s.decision === 'approve' || s.decision === 'approve-with-conditions',
  );
  const approvals = approving.filter((s) => s.openConditions === 0).length;
  const awaitingConditions = approving.length - approvals;
  const stale = mine.filter((s) => s.stale).length;
  const expired = mine.filter((s) => !s.stale && s.expired).length;
  const ineligible = mine.filter((s) => s.ineligible).length;
  const rejectedBy = fresh.filter((s) => s.decision === 'reject').map((s) => s.reviewerName);
  const changesRequestedBy = fresh
    .filter((s) => s.decision === 'request-changes')
    .map((s) => s.reviewerName);
  const label = REVIEW_FUNCTION_LABELS[requirement.function];
  const parts = [
    `${label}: ${String(approvals)} of ${counted(requirement.quorum, 'approval', 'approvals')}`,
  ];
  if (awaitingConditions > 0) {
    parts.push(
      `${counted(awaitingConditions, 'approval waits', 'approvals wait')} on open conditions`,
    );
  }
  if (stale > 0) parts.push(`${counted(stale, 'sign-off', 'sign-offs')} stale`);
  if (expired > 0) parts.push(`${counted(expired, 'approval', 'approvals')} expired`);
  if (ineligible > 0) {
    parts.push(
      `${counted(ineligible, 'sign-off', 'sign-offs')} by someone who now owns or sponsors the initiative`,
    );
  }
  if (rejectedBy.length > 0) parts.push(`rejected by ${rejectedBy.join(', ')}`);
  if (changesRequestedBy.length > 0)
    parts.push(`changes requested by ${changesRequestedBy.join(', ')}`);
  return {
    function: requirement.function,
    label,
    quorum: requirement.quorum,
    approvals,
    awaitingConditions,
    stale,
    expired,
    rejectedBy,
    changesRequestedBy,
    met: approvals >= requirement.quorum,
    summary: parts.join('; '),
  };
}

/**
 * A gate's outcome (DESIGN §3). Blocked on a fresh rejection; changes
 * requested when a fresh sign-off asks for them; passed when every function
 * has its quorum of fresh approvals with closed conditions and no sign-off is
 * stale; in review otherwise. Stale and expired sign-offs count for nothing.
 * An override or a withdrawal is shown as such, over what the sign-offs say.
 */
export function gateOutcome(input: {
  requirements: readonly ResolvedRequirement[];
  signoffs: readonly SignoffStanding[];
  overridden: boolean;
  withdrawn: boolean;
}): GateOutcome {
  const relevant = input.signoffs.filter((s) =>
    input.requirements.some((req) => req.function === s.function),
  );
  const functions = input.requirements.map((req) => functionStatus(req, relevant));
  const staleSignoffIds = relevant.filter((s) => s.stale).map((s) => s.id);
  const explanation: string[] = [];
  let underlying: GateOutcome['underlying'];
  const rejecting = functions.filter((f) => f.rejectedBy.length > 0);
  const requesting = functions.filter((f) => f.changesRequestedBy.length > 0);
  if (rejecting.length > 0) {
    underlying = 'blocked';
    explanation.push(`Rejected by ${rejecting.map((f) => f.label).join(', ')}.`);
  } else if (requesting.length > 0) {
    underlying = 'changes-requested';
    explanation.push(`${requesting.map((f) => f.label).join(', ')} asked for changes.`);
  } else if (functions.length === 0) {
    // A template must require someone; a gate nobody signs never passes by default.
    underlying = 'in-review';
    explanation.push('No function is required to sign this gate for this initiative.');
  } else if (functions.every((f) => f.met) && staleSignoffIds.length === 0) {
    underlying = 'passed';
    explanation.push('Every required function has approved, with all conditions closed.');
  } else {
    underlying = 'in-review';
    const waiting = functions.filter((f) => !f.met);
    if (waiting.length > 0) {
      explanation.push(`Waiting on ${waiting.map((f) => f.label).join(', ')}.`);
    }
  }
  if (staleSignoffIds.length > 0) {
    explanation.push(
      `${counted(staleSignoffIds.length, 'sign-off is', 'sign-offs are')} stale: the initiative changed after signing.`,
    );
  }
  const expired = functions.reduce((sum, f) => sum + f.expired, 0);
  if (expired > 0) {
    explanation.push(
      `${counted(expired, 'approval has expired and needs', 'approvals have expired and need')} a re-review.`,
    );
  }
  let status: GateStatus = underlying;
  if (input.withdrawn) {
    status = 'withdrawn';
    explanation.unshift('This review was withdrawn.');
  } else if (input.overridden) {
    status = 'overridden';
    explanation.unshift('An administrator overrode this gate with a signed justification.');
  }
  return { status, underlying, functions, staleSignoffIds, explanation };
}
