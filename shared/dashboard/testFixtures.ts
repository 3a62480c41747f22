/**
 * Small, valid records for the dashboard's unit tests. Pure data builders,
 * no test framework: kept apart from the `*.test.ts` files that share them.
 */
import { EMPTY_BUSINESS_CASE, type CostModel } from '../domain/businessCase';
import type { Initiative } from '../domain/initiative';
import type { Member } from '../domain/member';
import { EMPTY_READINESS, GAPS, type Readiness, type ReadinessStatus } from '../domain/readiness';
import type { Rating } from '../domain/risk';
import type { RiskTier } from '../euAiAct/tier';
import { defaultTemplate } from '../gates/defaultTemplates';
import type { ReviewFunction } from '../gates/functions';
import type { Gate } from '../gates/gate';
import { reviewedState, reviewedStateHash } from '../gates/reviewedState';
import type { ChecklistAnswer, Condition, Decision, Signoff } from '../gates/signoff';
import type { GateTemplate } from '../gates/template';
import type { Risk } from '../risk/record';
import { gateStanding, type GateStanding } from './gateStanding';
import type { InitiativeSummary } from './summary/record';
import { summarizeAll, type WorkspaceRecords } from './summary/summarize';

/** Monday 23 November 2026, 09:00 UTC. */
export const NOW = new Date('2026-11-23T09:00:00.000Z');
export const DAY_MS = 86_400_000;

/** An ISO time so many days before `NOW`. */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY_MS).toISOString();
}

/** A deterministic UUID from a number. */
export function uid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const OWNER = uid(0xa0);
export const OTHER_OWNER = uid(0xa1);
export const OPENER = uid(0xa2);

function template(id: string): GateTemplate {
  const found = defaultTemplate(id);
  if (!found) throw new Error(`No default gate template ${id}`);
  return found;
}

export const ENTER_PILOT = template('enter-pilot');
export const GO_LIVE = template('go-live');

let next = 1;

export function readiness(statuses: Partial<Record<string, ReadinessStatus>> = {}): Readiness {
  const result = { ...EMPTY_READINESS };
  for (const gap of GAPS) {
    const status = statuses[gap];
    if (status) result[gap] = { status, notes: '', ownerId: null };
  }
  return result;
}

export function initiative(
  fields: Partial<Omit<Initiative, 'classification'>> & {
    tier?: RiskTier | null;
    daysInStage?: number;
    cost?: Partial<CostModel>;
  } = {},
): Initiative {
  const { tier = null, daysInStage = 10, cost, ...rest } = fields;
  const id = rest.id ?? uid(next++);
  return {
    id,
    title: `Initiative ${id.slice(-4)}`,
    summary: '',
    purpose: 'A purpose',
    businessUnit: 'Claims',
    ownerId: OWNER,
    sponsor: 'A Sponsor',
    aiSystemType: 'classical-ml',
    tags: [],
    aiSystem: { model: 'm', provider: 'p', version: '1', hosting: null },
    dataCategories: [],
    peopleAffected: '',
    humanOversight: null,
    integrationPoints: [],
    stage: 'proof-of-concept',
    stageEnteredAt: daysAgo(daysInStage),
    createdAt: daysAgo(400),
    updatedAt: daysAgo(1),
    classification:
      tier === null
        ? null
        : {
            answers: {} as never,
            tier,
            articles: [],
            reasons: [],
            classifiedAt: daysAgo(300),
            classifiedBy: OWNER,
            needsReview: false,
          },
    businessCase: { ...EMPTY_BUSINESS_CASE, cost: { ...EMPTY_BUSINESS_CASE.cost, ...cost } },
    readiness: readiness(),
    ...rest,
  };
}

export function risk(
  initiativeId: string,
  fields: Partial<Risk> & { residual?: Rating } = {},
): Risk {
  const id = fields.id ?? uid(next++);
  return {
    id,
    initiativeId,
    title: `Risk ${id.slice(-4)}`,
    description: '',
    category: 'privacy',
    ownerId: OWNER,
    cause: '',
    consequence: '',
    inherent: { likelihood: 3, impact: 3 },
    residual: { likelihood: 2, impact: 2 },
    treatment: 'mitigate',
    controls: [],
    linkedItems: [],
    templateId: null,
    lastReviewedAt: daysAgo(10),
    acceptance: null,
    createdAt: daysAgo(100),
    updatedAt: daysAgo(10),
    ...fields,
  };
}

export function gate(
  of: Pick<Initiative, 'id'>,
  fields: Partial<Gate> & { openedDaysAgo?: number } = {},
): Gate {
  const { openedDaysAgo = 20, ...rest } = fields;
  return {
    id: uid(next++),
    initiativeId: of.id,
    template: ENTER_PILOT,
    openedBy: OPENER,
    openedAt: daysAgo(openedDaysAgo),
    note: '',
    withdrawal: null,
    override: null,
    usedAt: null,
    ...rest,
  };
}

/** A sign-off of the initiative's state as given (pass an older state to make it stale). */
export function signoff(
  on: Gate,
  of: Initiative,
  fields: {
    reviewerId: string;
    fn: ReviewFunction;
    decision?: Decision;
    recordedDaysAgo?: number;
    answers?: ChecklistAnswer[];
    conditions?: Condition[];
    closures?: Signoff['closures'];
    risks?: Risk[];
    signedState?: Initiative;
  },
): Signoff {
  const state = reviewedState(fields.signedState ?? of, fields.risks ?? []);
  return {
    id: uid(next++),
    gateId: on.id,
    initiativeId: of.id,
    templateId: on.template.id,
    templateVersion: on.template.version,
    reviewerId: fields.reviewerId,
    reviewedStateHash: reviewedStateHash(state),
    reviewedState: state,
    function: fields.fn,
    decision: fields.decision ?? 'approve',
    answers: fields.answers ?? [],
    comment: '',
    conditions: fields.conditions ?? [],
    evidence: [],
    signature: {} as Signoff['signature'],
    recordedAt: daysAgo(fields.recordedDaysAgo ?? 5),
    closures: fields.closures ?? {},
  };
}

type TestMember = Pick<Member, 'id' | 'name' | 'roles' | 'status'>;

export const LEGAL: TestMember = {
  id: uid(0xb1),
  name: 'Lee Legal',
  roles: ['legal-reviewer'],
  status: 'active',
};
export const COMPLIANCE: TestMember = {
  id: uid(0xb2),
  name: 'Cara Compliance',
  roles: ['compliance-reviewer'],
  status: 'active',
};
export const SECURITY: TestMember = {
  id: uid(0xb3),
  name: 'Sam Security',
  roles: ['security-reviewer'],
  status: 'active',
};
export const OPERATIONS: TestMember = {
  id: uid(0xb4),
  name: 'Olu Operations',
  roles: ['operations-reviewer'],
  status: 'active',
};
export const OWNER_MEMBER: TestMember = {
  id: OWNER,
  name: 'Pat Owner',
  roles: ['program-manager'],
  status: 'active',
};
export const REVIEWERS: readonly TestMember[] = [LEGAL, COMPLIANCE, SECURITY, OPERATIONS];

/** The summary rows of these records, as the command layer keeps them. */
export function summaries(
  records: Partial<Omit<WorkspaceRecords, 'initiatives'>> & { initiatives: readonly Initiative[] },
): InitiativeSummary[] {
  return summarizeAll({ risks: [], gates: [], signoffs: [], ...records });
}

/** One initiative's summary row, with no gates, risks or history. */
export function summaryOf(of: Initiative): InitiativeSummary {
  const [row] = summaries({ initiatives: [of] });
  if (!row) throw new Error('No summary');
  return row;
}

/**
 * Each initiative's gates from its summary with their standing today, the
 * initiatives in the order of their first gate in `records.gates` (as the
 * gates table lists them).
 */
export function gateStandings(
  records: Partial<Omit<WorkspaceRecords, 'initiatives'>> & { initiatives: readonly Initiative[] },
  options: { memberName: (id: string) => string; now?: Date; approvalValidityMonths?: number },
): Map<string, GateStanding[]> {
  const byId = new Map(summaries(records).map((row) => [row.initiativeId, row]));
  const result = new Map<string, GateStanding[]>();
  for (const { initiativeId } of records.gates ?? []) {
    const initiative = byId.get(initiativeId);
    if (!initiative || result.has(initiativeId)) continue;
    result.set(
      initiativeId,
      initiative.gates.map((gate) =>
        gateStanding({
          gate,
          initiative,
          memberName: options.memberName,
          now: options.now ?? NOW,
          approvalValidityMonths: options.approvalValidityMonths ?? 12,
        }),
      ),
    );
  }
  return result;
}
