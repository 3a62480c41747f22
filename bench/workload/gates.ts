import { DEFAULT_GATE_TEMPLATES } from '../../shared/gates/defaultTemplates';
import { FUNCTION_ROLES } from '../../shared/gates/functions';
import { resolveRequirements, type ResolvedRequirement } from '../../shared/gates/requirements';
import type { Condition, SignoffDecision } from '../../shared/gates/signoff';
import type { GateTemplate } from '../../shared/gates/template';
import type { Role } from '../../shared/domain/roles';
import type { Random } from './random';
import * as words from './vocabulary';

/**
 * Gate reviews in the reference workload, shared by the generator and by
 * scenario 3: the two gates that let an initiative into pilot and production,
 * how many there are, who may sign them and what a reviewer decides.
 */

/** The default templates a stage change into pilot or production needs. */
export const GATED_TEMPLATE_IDS = ['enter-pilot', 'go-live'] as const;
export type GatedTemplateId = (typeof GATED_TEMPLATE_IDS)[number];

/** Of the sign-offs, about this share are on go-live gates, the rest on enter-pilot gates. */
export const GO_LIVE_SIGNOFF_SHARE = 0.5;
/** This share of approvals carry one condition, closed by its owner before the stage change. */
export const CONDITIONAL_SHARE = 0.1;

export function gatedTemplate(id: GatedTemplateId): GateTemplate {
  const template = DEFAULT_GATE_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`The default gate templates have no “${id}”`);
  return template;
}

/** What each function checks on a gate, for an initiative without a tier (the workload classifies none). */
export function workloadRequirements(id: GatedTemplateId): ResolvedRequirement[] {
  return resolveRequirements(gatedTemplate(id), null);
}

export interface GatePlan {
  enterPilot: number;
  goLive: number;
  /** One approval per required function of every gate. */
  signoffs: number;
  /** Approvals with a condition, each closed once. */
  conditionCloses: number;
}

/** As many gates as give (about) the requested number of sign-offs. */
export function planGates(signoffs: number): GatePlan {
  const perEnterPilot = workloadRequirements('enter-pilot').length;
  const perGoLive = workloadRequirements('go-live').length;
  const goLive = Math.round((signoffs * GO_LIVE_SIGNOFF_SHARE) / perGoLive);
  const enterPilot = Math.max(0, Math.round((signoffs - goLive * perGoLive) / perEnterPilot));
  const total = enterPilot * perEnterPilot + goLive * perGoLive;
  return {
    enterPilot,
    goLive,
    signoffs: total,
    conditionCloses: Math.floor(total * CONDITIONAL_SHARE),
  };
}

export interface Reviewer {
  id: string;
  name: string;
  roles: readonly Role[];
}

/**
 * One reviewer per required function, chosen at random among those who may
 * sign it under `segregationProblem` (shared/gates/segregation.ts): holds the
 * function's reviewer role, does not own the initiative, and signs for no
 * other function on this gate. The caller passes only members who can sign (a
 * signing key, a certified signature) and picks the opener among those not
 * chosen. Functions with the fewest candidates are filled first, each
 * preferably by someone who reviews for no other function still open. In
 * requirement order; null when no assignment is found.
 */
export function assignReviewers(
  random: Random,
  requirements: readonly ResolvedRequirement[],
  reviewers: readonly Reviewer[],
  ownerId: string,
): Reviewer[] | null {
  const roles = requirements.map((r) => FUNCTION_ROLES[r.function]);
  const candidates = roles.map((role) =>
    reviewers.filter((r) => r.roles.includes(role) && r.id !== ownerId),
  );
  const order = roles
    .map((_, k) => k)
    .sort((a, b) => (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0));
  const chosen: (Reviewer | undefined)[] = roles.map(() => undefined);
  for (const k of order) {
    const open = (candidates[k] ?? []).filter((r) => !chosen.includes(r));
    const othersOpen = (r: Reviewer) =>
      roles.some((role, m) => m !== k && chosen[m] === undefined && r.roles.includes(role));
    const single = open.filter((r) => !othersOpen(r));
    const pool = single.length > 0 ? single : open;
    if (pool.length === 0) return null;
    chosen[k] = random.pick(pool);
  }
  return chosen.filter((r): r is Reviewer => r !== undefined);
}

/**
 * A reviewer's approval, as the review form builds it: every item answered
 * (met with evidence where required, sometimes not applicable with a reason),
 * and, with a condition, one item not met that the condition covers.
 */
export function approvalDecision(
  random: Random,
  requirement: ResolvedRequirement,
  condition: Condition | null,
): SignoffDecision {
  const openItem = condition ? random.pick(requirement.items).id : null;
  return {
    function: requirement.function,
    decision: condition ? 'approve-with-conditions' : 'approve',
    answers: requirement.items.map((item) => {
      if (item.id === openItem) {
        return {
          itemId: item.id,
          answer: 'not-met' as const,
          note: random.pick(words.NOT_MET_NOTES),
          evidence: '',
        };
      }
      if (!item.evidenceRequired && random.next() < 0.08) {
        return {
          itemId: item.id,
          answer: 'not-applicable' as const,
          note: random.pick(words.NOT_APPLICABLE_NOTES),
          evidence: '',
        };
      }
      return {
        itemId: item.id,
        answer: 'met' as const,
        note: random.next() < 0.2 ? random.pick(words.ANSWER_REMARKS) : '',
        evidence: item.evidenceRequired
          ? `${item.id}-v${String(random.int(1, 4))}.pdf, ${random.pick(words.EVIDENCE_PLACES)}`
          : '',
      };
    }),
    comment: condition
      ? random.pick(words.CONDITIONAL_COMMENTS)
      : random.next() < 0.4
        ? random.pick(words.SIGNOFF_COMMENTS)
        : '',
    conditions: condition ? [condition] : [],
    evidence: [],
  };
}

const DAY_MS = 86_400_000;

/** A condition due two to twelve weeks after `at`, owned by `ownerId`. */
export function workloadCondition(random: Random, ownerId: string, at: string): Condition {
  const due = new Date(Date.parse(at) + random.int(14, 84) * DAY_MS);
  return {
    id: random.uuid(),
    text: random.pick(words.CONDITION_TEXTS),
    ownerId,
    dueOn: due.toISOString().slice(0, 10),
  };
}
