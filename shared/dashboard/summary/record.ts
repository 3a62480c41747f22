import type { Stage } from '../../domain/initiative';
import type { Gap, ReadinessStatus } from '../../domain/readiness';
import type { Rating, RiskCategory, Treatment } from '../../domain/risk';
import type { RiskTier } from '../../euAiAct/tier';
import type { ReviewFunction } from '../../gates/functions';
import type { Decision } from '../../gates/signoff';

/**
 * One row of the derived `initiativeSummaries` table: what the Dashboard
 * needs of an initiative, its gates, sign-offs, risks and stage history, and
 * nothing else. It is a pure function of those records (`summarizeInitiative`),
 * rebuilt by the command layer whenever a command touches one of them.
 *
 * It holds no workspace setting, no member name and no "now": the risk
 * matrix, review cadence, approval validity, stalled threshold, response
 * target, member names and today are applied when the Dashboard reads it, so
 * a settings change, a rename or the passing of days never leaves a row stale.
 */
export interface InitiativeSummary {
  initiativeId: string;
  title: string;
  businessUnit: string;
  ownerId: string;
  /** Free text: a reviewer with this name may not sign (segregation of duties). */
  sponsor: string;
  /** The EU AI Act tier; null while unclassified. */
  tier: RiskTier | null;
  stage: Stage;
  stageEnteredAt: string;
  history: StageHistory;
  readiness: Record<Gap, ReadinessStatus>;
  /** Gaps not ready, least ready first (`openGaps`). */
  openGaps: Gap[];
  cost: CostFacts;
  /** Gate reviews not withdrawn, newest first. */
  gates: GateFacts[];
  risks: RiskInputs[];
}

/**
 * The stage history the funnel needs, from the initiative's
 * `initiative.changeStage` audit events, so opening the Dashboard walks no
 * audit event.
 */
export interface StageHistory {
  /** Days spent in each stage it left, one entry per completed stay, oldest first. */
  stays: Partial<Record<Stage, number[]>>;
  /** The furthest funnel stage a change led from or to (idea 0 … production 3); -1 for none. */
  furthestRank: number;
}

/** The business case's projected cost (`projectCost`), which no setting changes. */
export interface CostFacts {
  currency: string;
  pocMonthly: number | null;
  productionMonthly: number | null;
  ratio: number | null;
}

/** A gate review as the Dashboard counts it: its state, requirements and current sign-offs. */
export interface GateFacts {
  id: string;
  name: string;
  openedAt: string;
  openedBy: string;
  usedAt: string | null;
  overridden: boolean;
  fromStages: Stage[];
  toStage: Stage;
  allowOneSignerForSeveralFunctions: boolean;
  /** Each function's quorum for the initiative's tier (`resolveRequirements`). */
  requirements: { function: ReviewFunction; quorum: number }[];
  /** Each reviewer's latest sign-off per function (`currentSignoffs`), newest first. */
  signoffs: SignoffFacts[];
}

export interface SignoffFacts {
  id: string;
  function: ReviewFunction;
  reviewerId: string;
  decision: Decision;
  recordedAt: string;
  /** Signed over another state of the initiative and its risks than the one recorded now. */
  stale: boolean;
  /** The first checklist item of its function it answered "not met", by its text. */
  notMet: string | null;
  /** Its conditions not yet closed. */
  openConditions: OpenCondition[];
}

export interface OpenCondition {
  id: string;
  text: string;
  ownerId: string;
  dueOn: string;
}

/** What a risk's standing is worked out from, once the matrix, cadence and today are known. */
export interface RiskInputs {
  id: string;
  title: string;
  category: RiskCategory;
  inherent: Rating;
  residual: Rating;
  treatment: Treatment;
  /** The calendar date of the last review, which is all the review cadence counts from. */
  lastReviewedOn: string;
  acceptance: { expiresOn: string; residual: Rating } | null;
  /** Controls in place (`controlsSummary`). */
  controlsInPlace: number;
}
