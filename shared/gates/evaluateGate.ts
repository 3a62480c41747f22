import type { Initiative } from '../domain/initiative';
import type { Risk } from '../risk/record';
import type { Gate } from './gate';
import {
  currentSignoffs,
  gateOutcome,
  isApprovalExpired,
  type GateOutcome,
  type SignoffStanding,
} from './outcome';
import { resolveRequirements, type ResolvedRequirement } from './requirements';
import {
  changesSince,
  reviewedState,
  reviewedStateHash,
  type ReviewedChange,
  type ReviewedState,
} from './reviewedState';
import { sameName } from './segregation';
import type { Signoff } from './signoff';

/** The signer has since become the initiative's owner or sponsor (segregation of duties). */
function becameIneligible(
  reviewerId: string,
  reviewerName: string,
  initiative: Pick<Initiative, 'ownerId' | 'sponsor'>,
): boolean {
  return reviewerId === initiative.ownerId || sameName(reviewerName, initiative.sponsor);
}

export interface SignoffView {
  signoff: Signoff;
  standing: SignoffStanding;
  /** False when a later sign-off by the same reviewer for the same function replaced it. */
  current: boolean;
  /** What changed since it was signed (empty unless stale). */
  changes: ReviewedChange[];
}

export interface GateEvaluation {
  gate: Gate;
  requirements: ResolvedRequirement[];
  outcome: GateOutcome;
  /** Every sign-off of the gate, newest first. */
  signoffs: SignoffView[];
  currentState: ReviewedState;
  currentStateHash: string;
}

/**
 * Everything the app shows about a gate, from its records and the
 * initiative's current state: requirements for the current tier, each
 * sign-off's standing (stale, expired, open conditions) and the outcome.
 */
export function evaluateGate(input: {
  gate: Gate;
  signoffs: readonly Signoff[];
  initiative: Initiative;
  risks: readonly Risk[];
  memberName: (id: string) => string;
  now: Date;
  approvalValidityMonths: number;
  /**
   * The initiative's current state and hash when the caller already has them
   * (the dashboard hashes each initiative once for all its gates).
   */
  state?: { currentState: ReviewedState; currentStateHash: string };
  /** Work out what changed for stale sign-offs (the Gates tab); counting them does not need it. */
  describeChanges?: boolean;
}): GateEvaluation {
  const { gate, initiative, now } = input;
  const currentState = input.state?.currentState ?? reviewedState(initiative, input.risks);
  const currentStateHash = input.state?.currentStateHash ?? reviewedStateHash(currentState);
  const describeChanges = input.describeChanges ?? true;
  const requirements = resolveRequirements(gate.template, initiative.classification?.tier ?? null);
  const current = new Set(currentSignoffs(input.signoffs).map((s) => s.id));
  const views = [...input.signoffs]
    .sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0))
    .map((signoff): SignoffView => {
      const stale = signoff.reviewedStateHash !== currentStateHash;
      return {
        signoff,
        current: current.has(signoff.id),
        changes: stale && describeChanges ? changesSince(signoff.reviewedState, currentState) : [],
        standing: {
          id: signoff.id,
          function: signoff.function,
          reviewerId: signoff.reviewerId,
          reviewerName: input.memberName(signoff.reviewerId),
          decision: signoff.decision,
          stale,
          expired: isApprovalExpired(signoff, initiative.stage, input.approvalValidityMonths, now),
          ineligible: becameIneligible(
            signoff.reviewerId,
            input.memberName(signoff.reviewerId),
            initiative,
          ),
          openConditions: signoff.conditions.filter((c) => signoff.closures[c.id] === undefined)
            .length,
        },
      };
    });
  const outcome = gateOutcome({
    requirements,
    signoffs: views.filter((v) => v.current).map((v) => v.standing),
    overridden: gate.override !== null,
    withdrawn: gate.withdrawal !== null,
  });
  return { gate, requirements, outcome, signoffs: views, currentState, currentStateHash };
}
