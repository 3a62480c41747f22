/**
 * A portfolio that exercises every rule the Dashboard applies: reviews
 * awaited, stale, expired, blocked, sent back, overridden, withdrawn and
 * passed; signers who became ineligible or left; conditions overdue, closed
 * and not yet due; risks in every band, outside the matrix, accepted (valid,
 * expiring, expired, outdated), treated or not; stage histories that move
 * back and retire. Pure data builders for tests.
 */
import type { Initiative, Stage } from '../../domain/initiative';
import type { Member } from '../../domain/member';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../domain/workspace';
import type { Gate } from '../../gates/gate';
import type { Signoff } from '../../gates/signoff';
import type { Risk } from '../../risk/record';
import type { DashboardInput } from '../buildDashboard';
import type { StageChange } from '../durations';
import {
  COMPLIANCE,
  daysAgo,
  gate,
  GO_LIVE,
  initiative,
  LEGAL,
  NOW,
  OPENER,
  OPERATIONS,
  OTHER_OWNER,
  OWNER,
  OWNER_MEMBER,
  readiness,
  REVIEWERS,
  risk,
  SECURITY,
  signoff,
  uid,
} from '../testFixtures';

type TestMember = Pick<Member, 'id' | 'name' | 'roles' | 'status'>;

const member = (n: number, name: string, role: Member['roles'][number]): TestMember => ({
  id: uid(n),
  name,
  roles: [role],
  status: 'active',
});

export const SECOND_SECURITY = member(0xb5, 'Second Security', 'security-reviewer');
/** Holds two reviewer roles: signing for one function on a gate rules out the other. */
export const SECOND_COMPLIANCE: TestMember = {
  ...member(0xb6, 'Second Compliance', 'compliance-reviewer'),
  roles: ['compliance-reviewer', 'operations-reviewer'],
};
export const PRIVACY = member(0xb7, 'Dee Privacy', 'data-privacy-reviewer');
export const BUSINESS = member(0xb8, 'Bo Business', 'business-owner-reviewer');
export const FORMER_LEGAL: TestMember = {
  ...member(0xba, 'Old Legal', 'legal-reviewer'),
  status: 'deactivated',
};
export const PRIYA: TestMember = {
  id: OTHER_OWNER,
  name: 'Priya Owner',
  roles: ['program-manager'],
  status: 'active',
};

function change(id: string, from: Stage, to: Stage, entered: number, at: number): StageChange {
  return { initiativeId: id, from, to, fromEnteredAt: daysAgo(entered), at: daysAgo(at) };
}

const acceptance = (expiresOn: string, residual: Risk['residual']): Risk['acceptance'] => ({
  signature: {} as never,
  expiresOn,
  acceptedAt: daysAgo(100),
  residual,
});

/** Every record of the portfolio, `DashboardInput` without a filter. */
export function richPortfolio(): DashboardInput {
  const initiatives: Initiative[] = [];
  const risks: Risk[] = [];
  const gates: Gate[] = [];
  const signoffs: Signoff[] = [];
  const stageChanges: StageChange[] = [];
  const add = (i: Initiative) => (initiatives.push(i), i);
  const addRisks = (...rows: Risk[]) => (risks.push(...rows), rows);
  const addGate = (g: Gate) => (gates.push(g), g);

  // Stalled proof of concept: security asked for changes on an item; compliance and operations awaited.
  const claims = add(
    initiative({
      title: 'Motor claims categoriser',
      businessUnit: 'Claims',
      tier: 'minimal-risk',
      daysInStage: 245,
      readiness: readiness({ scale: 'ready', 'data-quality': 'in-progress' }),
      cost: {
        pocMonthlyCost: 1_200,
        unitCost: 0.02,
        unitBasis: 'per-case',
        productionMonthlyVolume: 18_000,
      },
    }),
  );
  const claimsRisks = addRisks(
    risk(claims.id, { category: 'evaluation', residual: { likelihood: 3, impact: 4 } }),
    risk(claims.id, { category: 'bias-and-fairness', residual: { likelihood: 2, impact: 4 } }),
  );
  const claimsReview = addGate(gate(claims, { openedDaysAgo: 40 }));
  signoffs.push(
    signoff(claimsReview, claims, {
      reviewerId: LEGAL.id,
      fn: 'legal',
      recordedDaysAgo: 37,
      risks: claimsRisks,
    }),
    signoff(claimsReview, claims, {
      reviewerId: SECURITY.id,
      fn: 'security',
      decision: 'request-changes',
      recordedDaysAgo: 33,
      risks: claimsRisks,
      answers: [
        { itemId: 'secrets-handling', answer: 'met', note: '', evidence: '' },
        { itemId: 'threat-model', answer: 'not-met', note: '', evidence: '' },
      ],
    }),
  );
  stageChanges.push(change(claims.id, 'idea', 'proof-of-concept', 330, 245));

  // A pilot whose profile changed after signing, through a used gate; a go-live review open.
  const signedTriage = initiative({
    title: 'Ticket triage assistant',
    businessUnit: 'Customer Service',
    ownerId: OTHER_OWNER,
    tier: 'limited-risk',
    stage: 'pilot',
    daysInStage: 70,
    readiness: readiness({ evaluation: 'ready', integration: 'in-progress' }),
    cost: {
      currency: 'USD',
      pocMonthlyCost: 600,
      unitCost: 55,
      unitBasis: 'per-1000-requests',
      productionMonthlyVolume: 780_000,
    },
  });
  const triage = add({ ...signedTriage, purpose: 'A wider purpose' });
  const triageRisks = addRisks(
    risk(triage.id, { category: 'privacy', residual: { likelihood: 2, impact: 4 } }),
    risk(triage.id, { category: 'regulatory', residual: { likelihood: 2, impact: 4 } }),
    risk(triage.id, {
      category: 'scale-and-cost',
      residual: { likelihood: 2, impact: 3 },
      lastReviewedAt: daysAgo(400),
    }),
  );
  const triageReview = addGate(gate(triage, { openedDaysAgo: 84, usedAt: daysAgo(70) }));
  signoffs.push(
    signoff(triageReview, triage, {
      reviewerId: LEGAL.id,
      fn: 'legal',
      recordedDaysAgo: 80,
      signedState: signedTriage,
      risks: triageRisks,
    }),
    signoff(triageReview, triage, {
      reviewerId: COMPLIANCE.id,
      fn: 'compliance',
      decision: 'approve-with-conditions',
      recordedDaysAgo: 25,
      risks: triageRisks,
      conditions: [
        { id: uid(0xc1), text: 'Recheck cover', ownerId: OTHER_OWNER, dueOn: '2026-11-12' },
        { id: uid(0xc2), text: 'Closed already', ownerId: OWNER, dueOn: '2026-10-01' },
        { id: uid(0xc3), text: 'Not due yet', ownerId: OWNER, dueOn: '2026-12-30' },
        { id: uid(0xc4), text: 'Due long ago', ownerId: OWNER, dueOn: '2026-09-01' },
      ],
      closures: { [uid(0xc2)]: { closedBy: OWNER, closedAt: daysAgo(3), note: '' } },
    }),
    signoff(triageReview, triage, {
      reviewerId: OPERATIONS.id,
      fn: 'operations',
      recordedDaysAgo: 75,
      risks: triageRisks,
    }),
  );
  addGate(gate(triage, { template: GO_LIVE, openedDaysAgo: 10 }));
  stageChanges.push(
    change(triage.id, 'idea', 'proof-of-concept', 220, 190),
    change(triage.id, 'proof-of-concept', 'pilot', 190, 70),
  );

  // High-risk in production: approvals older than the validity period; one re-signed.
  const live = add(
    initiative({
      title: 'Radiology worklist',
      businessUnit: 'Health',
      tier: 'high-risk',
      stage: 'production',
      daysInStage: 30,
    }),
  );
  const liveRisks = addRisks(
    risk(live.id, {
      title: 'Shared title',
      category: 'safety',
      residual: { likelihood: 5, impact: 5 },
      treatment: 'accept',
      acceptance: acceptance('2026-12-13', { likelihood: 5, impact: 5 }),
    }),
    risk(live.id, {
      category: 'security',
      residual: { likelihood: 4, impact: 4 },
      treatment: 'accept',
      acceptance: acceptance('2026-11-23', { likelihood: 4, impact: 4 }),
    }),
    risk(live.id, {
      category: 'privacy',
      residual: { likelihood: 4, impact: 5 },
      treatment: 'accept',
      acceptance: acceptance('2027-06-01', { likelihood: 3, impact: 3 }),
    }),
  );
  const liveReview = addGate(
    gate(live, { template: GO_LIVE, openedDaysAgo: 500, usedAt: daysAgo(30) }),
  );
  signoffs.push(
    signoff(liveReview, live, {
      reviewerId: LEGAL.id,
      fn: 'legal',
      decision: 'request-changes',
      recordedDaysAgo: 450,
      risks: liveRisks,
    }),
    signoff(liveReview, live, {
      reviewerId: LEGAL.id,
      fn: 'legal',
      recordedDaysAgo: 400,
      risks: liveRisks,
    }),
    signoff(liveReview, live, {
      reviewerId: SECURITY.id,
      fn: 'security',
      recordedDaysAgo: 400,
      risks: liveRisks,
    }),
    signoff(liveReview, live, {
      reviewerId: SECOND_SECURITY.id,
      fn: 'security',
      recordedDaysAgo: 120,
      risks: liveRisks,
    }),
    signoff(liveReview, live, {
      reviewerId: PRIVACY.id,
      fn: 'data-privacy',
      recordedDaysAgo: 380,
      risks: liveRisks,
    }),
  );
  // Its spent Enter pilot review: a stale sign-off there asks no one now it is in production.
  const livePilotReview = addGate(gate(live, { openedDaysAgo: 820, usedAt: daysAgo(600) }));
  signoffs.push(
    signoff(livePilotReview, live, {
      reviewerId: LEGAL.id,
      fn: 'legal',
      recordedDaysAgo: 700,
      signedState: { ...live, stage: 'proof-of-concept' },
    }),
  );
  stageChanges.push(
    change(live.id, 'idea', 'proof-of-concept', 900, 800),
    change(live.id, 'proof-of-concept', 'pilot', 800, 600),
    change(live.id, 'pilot', 'production', 600, 30),
  );

  // Rejected outright (no item marked), with a fresh approval beside it.
  const rejected = add(
    initiative({
      title: 'Contract review',
      businessUnit: 'Claims',
      ownerId: OTHER_OWNER,
      daysInStage: 100,
    }),
  );
  const rejectedReview = addGate(gate(rejected, { openedDaysAgo: 30 }));
  signoffs.push(
    signoff(rejectedReview, rejected, {
      reviewerId: LEGAL.id,
      fn: 'legal',
      decision: 'reject',
      recordedDaysAgo: 10,
    }),
    signoff(rejectedReview, rejected, {
      reviewerId: COMPLIANCE.id,
      fn: 'compliance',
      recordedDaysAgo: 5,
    }),
  );

  // Overridden by an administrator; and a withdrawn review replaced by a new one.
  const overridden = add(
    initiative({
      title: 'Invoice extraction',
      businessUnit: 'Finance',
      tier: 'minimal-risk',
      daysInStage: 120,
    }),
  );
  addGate(
    gate(overridden, {
      openedDaysAgo: 50,
      override: {
        by: OWNER,
        at: daysAgo(3),
        justification: 'Board decision',
        signature: {} as never,
      },
    }),
  );
  const reopened = add(
    initiative({ title: 'Expense auditor', businessUnit: 'Finance', daysInStage: 95 }),
  );
  const withdrawn = addGate(
    gate(reopened, {
      openedDaysAgo: 60,
      withdrawal: { by: OPENER, at: daysAgo(40), reason: 'Wrong scope' },
    }),
  );
  signoffs.push(
    signoff(withdrawn, reopened, { reviewerId: LEGAL.id, fn: 'legal', recordedDaysAgo: 50 }),
  );
  const reopenedReview = addGate(gate(reopened, { openedDaysAgo: 20 }));
  signoffs.push(
    signoff(reopenedReview, reopened, {
      reviewerId: SECOND_COMPLIANCE.id,
      fn: 'compliance',
      recordedDaysAgo: 1,
    }),
  );

  // An idea whose projected cost is flagged on the threshold alone.
  const idea = add(
    initiative({
      title: 'Fraud scoring',
      businessUnit: 'Claims',
      stage: 'idea',
      daysInStage: 12,
      cost: {
        pocMonthlyCost: null,
        unitCost: 3,
        unitBasis: 'per-case',
        productionMonthlyVolume: 20_000,
      },
    }),
  );
  addRisks(
    // Its id sorts before every other risk's: ties fall by risk id, not by initiative.
    risk(idea.id, {
      id: uid(0),
      title: 'Shared title',
      category: 'safety',
      residual: { likelihood: 5, impact: 5 },
      treatment: 'accept',
      acceptance: acceptance('2026-12-13', { likelihood: 5, impact: 5 }),
    }),
  );

  // Retired from pilot.
  const retired = add(
    initiative({
      title: 'Chat concierge',
      businessUnit: 'Health',
      ownerId: OTHER_OWNER,
      stage: 'retired',
      daysInStage: 40,
    }),
  );
  stageChanges.push(
    change(retired.id, 'idea', 'proof-of-concept', 400, 350),
    change(retired.id, 'proof-of-concept', 'pilot', 350, 200),
    change(retired.id, 'pilot', 'retired', 200, 40),
  );

  // Sponsored by a security reviewer: their approval counts for nothing and they may not sign.
  const sponsored = add(
    initiative({
      title: 'Churn predictor',
      businessUnit: 'Customer Service',
      sponsor: ' sam  SECURITY ',
      daysInStage: 200,
    }),
  );
  addRisks(risk(sponsored.id, { category: 'vendor', residual: { likelihood: 6, impact: 6 } }));
  // Opened by the other security reviewer, who may not sign it either: nobody can.
  const sponsoredReview = addGate(
    gate(sponsored, { openedDaysAgo: 15, openedBy: SECOND_SECURITY.id }),
  );
  signoffs.push(
    signoff(sponsoredReview, sponsored, {
      reviewerId: SECURITY.id,
      fn: 'security',
      recordedDaysAgo: 2,
      risks: risks.filter((r) => r.initiativeId === sponsored.id),
    }),
  );

  // Passed go-live, waiting only for the stage change; its risks treated or avoided.
  const passed = add(
    initiative({
      title: 'Demand forecaster',
      businessUnit: 'Health',
      ownerId: OTHER_OWNER,
      tier: 'minimal-risk',
      stage: 'pilot',
      daysInStage: 120,
      readiness: readiness({
        'data-quality': 'ready',
        integration: 'ready',
        'stakeholder-alignment': 'ready',
        evaluation: 'ready',
        scale: 'ready',
        maintenance: 'ready',
      }),
    }),
  );
  const passedRisks = addRisks(
    risk(passed.id, {
      category: 'security',
      residual: { likelihood: 3, impact: 4 },
      controls: [
        { id: uid(0xd1), description: 'WAF', ownerId: OWNER, dueDate: null, status: 'in-place' },
      ],
    }),
    risk(passed.id, {
      category: 'maintenance-and-drift',
      residual: { likelihood: 4, impact: 4 },
      treatment: 'avoid',
    }),
  );
  const passedReview = addGate(gate(passed, { template: GO_LIVE, openedDaysAgo: 30 }));
  for (const [who, fn] of [
    [LEGAL, 'legal'],
    [COMPLIANCE, 'compliance'],
    [SECURITY, 'security'],
    [OPERATIONS, 'operations'],
    [BUSINESS, 'business-owner'],
  ] as const) {
    signoffs.push(
      signoff(passedReview, passed, {
        reviewerId: who.id,
        fn,
        recordedDaysAgo: 4,
        risks: passedRisks,
      }),
    );
  }
  stageChanges.push(change(passed.id, 'proof-of-concept', 'pilot', 300, 120));

  // Signed by a reviewer who has since left, on an older state.
  const departed = add(
    initiative({ title: 'Claims letters', businessUnit: 'Claims', daysInStage: 20 }),
  );
  const departedReview = addGate(gate(departed, { openedDaysAgo: 25 }));
  signoffs.push(
    signoff(departedReview, departed, {
      reviewerId: FORMER_LEGAL.id,
      fn: 'legal',
      recordedDaysAgo: 21,
      signedState: { ...departed, title: 'Old title' },
    }),
  );

  // Moved on and back again.
  const backAgain = add(
    initiative({
      title: 'Email router',
      businessUnit: 'Finance',
      ownerId: OTHER_OWNER,
      stage: 'idea',
      daysInStage: 5,
    }),
  );
  stageChanges.push(
    change(backAgain.id, 'idea', 'proof-of-concept', 60, 30),
    change(backAgain.id, 'proof-of-concept', 'idea', 30, 5),
  );

  // Namesakes whose reviews opened at the same moment, the later-registered one's first:
  // their pending reviews tie, and fall in the order of the gates table.
  const twin = initiative({ title: 'Twin', businessUnit: 'Finance', daysInStage: 8 });
  const laterTwin = initiative({ title: 'Twin', businessUnit: 'Finance', daysInStage: 8 });
  add(twin);
  add(laterTwin);
  addGate(gate(laterTwin, { openedDaysAgo: 7 }));
  addGate(gate(twin, { openedDaysAgo: 7 }));

  // Records of an initiative that no longer exists.
  const gone = initiative({ title: 'Gone' });
  addRisks(risk(gone.id));
  const goneReview = addGate(gate(gone));
  signoffs.push(signoff(goneReview, gone, { reviewerId: LEGAL.id, fn: 'legal' }));
  stageChanges.push(change(gone.id, 'idea', 'proof-of-concept', 50, 40));

  return {
    now: NOW,
    settings: DEFAULT_WORKSPACE_SETTINGS,
    initiatives,
    risks,
    gates,
    signoffs,
    members: [
      ...REVIEWERS,
      OWNER_MEMBER,
      PRIYA,
      SECOND_SECURITY,
      SECOND_COMPLIANCE,
      PRIVACY,
      BUSINESS,
      FORMER_LEGAL,
    ],
    stageChanges,
  };
}

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The same records in the order IndexedDB returns each table: by primary key. */
export function asStored(input: DashboardInput): DashboardInput {
  return {
    ...input,
    initiatives: byId(input.initiatives),
    risks: byId(input.risks),
    gates: byId(input.gates),
    signoffs: byId(input.signoffs),
  };
}
