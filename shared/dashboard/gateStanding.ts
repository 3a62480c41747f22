import {
  gateOutcome,
  isApprovalExpired,
  type GateOutcome,
  type SignoffStanding,
} from '../gates/outcome';
import { sameName } from '../gates/segregation';
import type { GateFacts, InitiativeSummary, SignoffFacts } from './summary/record';

export interface StandingSignoff {
  facts: SignoffFacts;
  standing: SignoffStanding;
}

/** A gate from its summary, evaluated today: what `evaluateGate` says of it, less the change lists. */
export interface GateStanding {
  initiative: InitiativeSummary;
  gate: GateFacts;
  outcome: GateOutcome;
  /** Its current sign-offs, newest first, each with its standing today. */
  signoffs: StandingSignoff[];
}

/**
 * `evaluateGate`'s outcome over a gate's summary. Staleness comes with the
 * summary (it depends on the records only); expiry, eligibility and names
 * depend on today, the approval validity setting and the members, so they
 * are worked out here, by the same rules (`isApprovalExpired`; a signer who
 * has since become the initiative's owner or sponsor counts for nothing).
 */
export function gateStanding(input: {
  gate: GateFacts;
  initiative: InitiativeSummary;
  memberName: (id: string) => string;
  now: Date;
  approvalValidityMonths: number;
}): GateStanding {
  const { gate, initiative } = input;
  const signoffs = gate.signoffs.map((facts): StandingSignoff => {
    const reviewerName = input.memberName(facts.reviewerId);
    return {
      facts,
      standing: {
        id: facts.id,
        function: facts.function,
        reviewerId: facts.reviewerId,
        reviewerName,
        decision: facts.decision,
        stale: facts.stale,
        expired: isApprovalExpired(
          facts,
          initiative.stage,
          input.approvalValidityMonths,
          input.now,
        ),
        ineligible:
          facts.reviewerId === initiative.ownerId || sameName(reviewerName, initiative.sponsor),
        openConditions: facts.openConditions.length,
      },
    };
  });
  const outcome = gateOutcome({
    // The outcome counts quorums; the checklist items only matter to the reviewer.
    requirements: gate.requirements.map((r) => ({ ...r, items: [] })),
    signoffs: signoffs.map((s) => s.standing),
    overridden: gate.overridden,
    withdrawn: false,
  });
  return { initiative, gate, outcome, signoffs };
}
