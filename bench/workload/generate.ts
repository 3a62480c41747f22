import { sha256 } from '@noble/hashes/sha2.js';
import {
  CERTIFICATION_RECORD_KIND,
  certificationContentHash,
} from '../../shared/auth/certification';
import {
  keyFingerprint,
  sealSecretKey,
  type CredentialEnvelope,
  type RandomBytes,
  type TemporaryPassphrase,
} from '../../shared/auth/credential';
import { toHex } from '../../shared/auth/hex';
import {
  DEFAULT_KDF_COST,
  deriveKey,
  kdfParams,
  type KdfCost,
  type KdfParams,
} from '../../shared/auth/kdf';
import {
  isoWithOffset,
  signPayload,
  type ElectronicSignature,
  type SignatureMeaning,
} from '../../shared/auth/signature';
import type { z } from 'zod';
import type { Stage } from '../../shared/domain/initiative';
import {
  AI_SYSTEM_TYPES,
  DATA_CATEGORIES,
  HOSTING_OPTIONS,
  INTEGRATION_DIRECTIONS,
  OVERSIGHT_OPTIONS,
  STAGES,
} from '../../shared/domain/initiative';
import { createInitiativeInput } from '../../renderer/db/commands/createInitiative';
import { functionsFor } from '../../shared/gates/functions';
import { reviewedState, reviewedStateHash } from '../../shared/gates/reviewedState';
import {
  SIGNOFF_RECORD_KIND,
  meaningOf,
  signoffContentHash,
  type SignoffDecision,
} from '../../shared/gates/signoff';
import { GATED_STAGES } from '../../shared/gates/stageRule';
import type { Role } from '../../shared/domain/roles';
import {
  EMPTY_READINESS,
  GAPS,
  READINESS_STATUSES,
  type Readiness,
} from '../../shared/domain/readiness';
import { RISK_CATEGORIES, TREATMENTS } from '../../shared/domain/risk';
import { CONTROL_STATUSES } from '../../shared/risk/controls';
import { RISK_TEMPLATES } from '../../shared/risk/templates';
import { addRiskInput } from '../../renderer/db/commands/addRisk';
import { rolesGrant } from '../../shared/domain/permissions';
import {
  approvalDecision,
  assignReviewers,
  gatedTemplate,
  planGates,
  workloadCondition,
  workloadRequirements,
  type GatedTemplateId,
  type GatePlan,
  type Reviewer,
} from './gates';
import { Random } from './random';
import * as words from './vocabulary';

/**
 * The reference workload as a stream of operations in chain order. Each
 * operation is exactly the input one command would receive, with the actor,
 * the commit time and the identifier the command would mint, so the same
 * stream can be replayed through the real commands (tests) or written by the
 * bulk path (`bulkWrite.ts`), with identical results.
 */

export type Scale = 'small' | 'full';

export interface WorkloadCounts {
  members: number;
  initiatives: number;
  risks: number;
  /** Signed gate sign-offs (approvals), on the gates into pilot and production. */
  signoffs: number;
  /** Total events in the chain, the workspace's own two included. */
  auditEvents: number;
}

/** DESIGN.md §6. */
export const REFERENCE_COUNTS: WorkloadCounts = {
  members: 200,
  initiatives: 10_000,
  risks: 50_000,
  signoffs: 20_000,
  auditEvents: 500_000,
};

/** `--scale small` divides every count by this. */
export const SMALL_DIVISOR = 20;

export function countsForScale(scale: Scale): WorkloadCounts {
  if (scale === 'full') return { ...REFERENCE_COUNTS };
  return {
    members: Math.ceil(REFERENCE_COUNTS.members / SMALL_DIVISOR),
    initiatives: Math.ceil(REFERENCE_COUNTS.initiatives / SMALL_DIVISOR),
    risks: Math.ceil(REFERENCE_COUNTS.risks / SMALL_DIVISOR),
    signoffs: Math.ceil(REFERENCE_COUNTS.signoffs / SMALL_DIVISOR),
    auditEvents: Math.ceil(REFERENCE_COUNTS.auditEvents / SMALL_DIVISOR),
  };
}

export interface MemberInput {
  name: string;
  email: string;
  title: string;
  roles: Role[];
}

/** The registration command's input, as a form or an import file would give it. */
export type InitiativeInput = z.input<typeof createInitiativeInput>;

/** The risk command's input, as the risk form gives it. */
export type RiskInput = z.input<typeof addRiskInput>;

export interface CreateWorkspaceOp {
  kind: 'createWorkspace';
  at: string;
  input: {
    workspaceId: string;
    name: string;
    marking: string;
    sample: boolean;
    administrator: {
      memberId: string;
      name: string;
      email: string;
      title: string;
      otherRoles: Role[];
      credential: CredentialEnvelope;
    };
  };
}

/** Operations run by a member through `execute()`; `id` is what the command's `newId()` returns. */
export type CommandOp =
  | {
      kind: 'addMember';
      at: string;
      actorId: string;
      id: string;
      input: MemberInput & { temporaryPassphrase: TemporaryPassphrase };
    }
  | {
      kind: 'setOwnPassphrase';
      at: string;
      actorId: string;
      input: { memberId: string; credential: CredentialEnvelope };
    }
  | {
      kind: 'certifySignature';
      at: string;
      actorId: string;
      input: { signature: ElectronicSignature };
    }
  | { kind: 'createInitiative'; at: string; actorId: string; id: string; input: InitiativeInput }
  | { kind: 'addRisk'; at: string; actorId: string; id: string; input: RiskInput }
  | {
      kind: 'changeStage';
      at: string;
      actorId: string;
      input: { initiativeId: string; stage: Stage; reason: string };
    }
  | {
      kind: 'updateReadiness';
      at: string;
      actorId: string;
      input: { initiativeId: string; readiness: Readiness };
    }
  | { kind: 'recordSignIn'; at: string; actorId: string; input: { outcome: SignInOutcome } }
  | {
      kind: 'openGateReview';
      at: string;
      actorId: string;
      id: string;
      input: { initiativeId: string; templateId: string; note: string };
    }
  | {
      kind: 'recordSignoff';
      at: string;
      actorId: string;
      input: {
        signoffId: string;
        gateId: string;
        decision: SignoffDecision;
        reviewedStateHash: string;
        signature: ElectronicSignature;
      };
    }
  | {
      kind: 'closeCondition';
      at: string;
      actorId: string;
      input: { signoffId: string; conditionId: string; note: string };
    };

export type WorkloadOp = CreateWorkspaceOp | CommandOp;

export type SignInOutcome = 'signed-in' | 'unlocked' | 'failed';

/**
 * Key material for the members. One scrypt derivation serves every member (as
 * in the sample workspace): they share a passphrase, so separate salts would
 * only multiply setup time. Each member still gets their own key pair.
 */
export interface WorkloadKeys {
  passphrase: string;
  kdf: KdfParams;
  derived: Uint8Array;
}

/** Every member of the reference workspace signs in with this. */
export const REFERENCE_PASSPHRASE = 'reference workload passphrase';

/**
 * Derives the shared key once. The default cost is the app's own, so signing in
 * to the reference workspace costs what it costs a person; tests pass a cheap one.
 */
export async function prepareWorkloadKeys(
  seed = DEFAULT_SEED,
  cost: KdfCost = DEFAULT_KDF_COST,
  passphrase = REFERENCE_PASSPHRASE,
): Promise<WorkloadKeys> {
  const random = new Random(`${seed}:kdf`);
  const kdf = kdfParams(toHex(randomBytes(random)(16)), cost);
  return { passphrase, kdf, derived: await deriveKey(passphrase, kdf) };
}

function randomBytes(random: Random): RandomBytes {
  return (length) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 1) out[i] = random.uint32() & 0xff;
    return out;
  };
}

export interface WorkloadOptions {
  counts: WorkloadCounts;
  keys: WorkloadKeys;
  seed?: string;
  /** Time of the first event; later events follow at random intervals. */
  start?: string;
}

export const DEFAULT_SEED = 'countersign-reference-v1';
const DEFAULT_START = '2023-01-02T08:00:00.000Z';

/**
 * How the filler events (those beyond the set-up, the creates and the gate
 * reviews) are shared. Stage changes and readiness updates carry full
 * before/after snapshots of the initiative, as every edit does, so together
 * they also stand in for the edit events later features will add (risk
 * reviews, evidence); sign-in events are small. Half of the filler as sign-ins
 * is about one per member per working day over the three years. The stage
 * changes include those into pilot and production, each at the end of a gate
 * review.
 */
export const FILLER_SHARES = { stageChanges: 0.2, readinessUpdates: 0.3 } as const;

/**
 * Role mix of the members after the first (an administrator and program
 * manager). The first nine, all a small workspace has, cover every function
 * the gates into pilot and production need for an unclassified initiative.
 */
const ROLE_SLOTS: Role[][] = [
  ['program-manager'],
  ['legal-reviewer'],
  ['compliance-reviewer'],
  ['security-reviewer'],
  ['operations-reviewer'],
  ['business-owner-reviewer'],
  ['program-manager', 'operations-reviewer'],
  ['auditor'],
  ['data-privacy-reviewer'],
  ['compliance-reviewer', 'legal-reviewer'],
];

export interface WorkloadMember {
  id: string;
  name: string;
  roles: Role[];
  /**
   * Replaced the temporary passphrase with their own, which creates their
   * signing key: about nine in ten do, and every reviewer.
   */
  setsPassphrase: boolean;
}

/** Reviewers certify their electronic signature when they choose their passphrase. */
export function certifiesSignature(member: WorkloadMember): boolean {
  return member.setsPassphrase && functionsFor(member.roles).length > 0;
}

/** The people of the workspace, decided up front so ops can refer to them. */
export function workloadMembers(counts: WorkloadCounts, seed = DEFAULT_SEED): WorkloadMember[] {
  const random = new Random(`${seed}:members`);
  const members: WorkloadMember[] = [];
  const names = new Set<string>();
  const name = () => `${random.pick(words.FIRST_NAMES)} ${random.pick(words.LAST_NAMES)}`;
  for (let i = 0; i < counts.members; i += 1) {
    let candidate = name();
    while (names.has(candidate)) candidate = name();
    names.add(candidate);
    const roles: Role[] =
      i === 0
        ? ['administrator', 'program-manager']
        : [...(ROLE_SLOTS[(i - 1) % ROLE_SLOTS.length] ?? [])];
    members.push({
      id: random.uuid(),
      name: candidate,
      roles,
      setsPassphrase: i === 0 || random.next() < 0.9 || functionsFor(roles).length > 0,
    });
  }
  return members;
}

export interface WorkloadPlan {
  members: WorkloadMember[];
  /** Events of the workspace and member set-up, which come first. */
  setupEvents: number;
  /** Gate reviews and their sign-offs: each gate is opened, signed and used by a stage change. */
  gates: GatePlan;
  /** All stage changes, the gated ones (one per gate) included. */
  stageChanges: number;
  readinessUpdates: number;
  signIns: number;
}

/** Workspace (2 events), each further member added, each passphrase chosen, each certification. */
export function setupEventCount(members: readonly WorkloadMember[]): number {
  const rest = members.slice(1);
  return (
    2 +
    rest.length +
    rest.filter((m) => m.setsPassphrase).length +
    members.filter(certifiesSignature).length
  );
}

/**
 * Events of the gate reviews besides their stage changes: `gate.open` and
 * `gate.use` per gate, `gate.signoff` per sign-off, `condition.close` per condition.
 */
export function gateEventCount(gates: GatePlan): number {
  return 2 * (gates.enterPilot + gates.goLive) + gates.signoffs + gates.conditionCloses;
}

/** How the requested number of events is made up. */
export function planWorkload(counts: WorkloadCounts, seed = DEFAULT_SEED): WorkloadPlan {
  const members = workloadMembers(counts, seed);
  const setupEvents = setupEventCount(members);
  const gates = planGates(counts.initiatives === 0 ? 0 : counts.signoffs);
  const filler =
    counts.auditEvents - setupEvents - counts.initiatives - counts.risks - gateEventCount(gates);
  if (filler < 0) {
    throw new Error(
      `${String(counts.auditEvents)} audit events cannot hold the set-up (${String(setupEvents)}), ${String(counts.initiatives)} initiatives, ${String(counts.risks)} risks and ${String(gateEventCount(gates))} gate review events`,
    );
  }
  const share = (f: number) => (counts.initiatives === 0 ? 0 : Math.round(filler * f));
  const stageChanges = Math.max(share(FILLER_SHARES.stageChanges), gates.enterPilot + gates.goLive);
  const readinessUpdates = Math.min(share(FILLER_SHARES.readinessUpdates), filler - stageChanges);
  if (readinessUpdates < 0) {
    throw new Error(
      `${String(counts.auditEvents)} audit events cannot hold the gated stage changes`,
    );
  }
  return {
    members,
    setupEvents,
    gates,
    stageChanges,
    readinessUpdates,
    signIns: filler - stageChanges - readinessUpdates,
  };
}

function emailFor(name: string, index: number): string {
  const local = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return `${local}.${String(index)}@northwind.example`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).trimEnd();
}

/** Streams of the random merge, by index. */
const CREATE = 0;
const RISK = 1;
const STAGE = 2;
const SIGN_IN = 3;
const READINESS = 4;
const ENTER_PILOT = 5;
const GO_LIVE = 6;

/**
 * The workload, op by op, in chain order. What is kept per initiative is
 * what later ops depend on: its input and current stage, its readiness, and
 * the inputs of its risks (a gate review signs over the initiative's
 * material state and risk register).
 *
 * A gate review is a run of consecutive ops: a program manager opens it, one
 * reviewer per required function approves it (about one in ten with a
 * condition), each condition's owner closes it, and the stage change that
 * uses the gate follows. Reviewers sign with their own keys; every member's
 * secret key is kept here for that, as the app keeps it sealed.
 */
export function* generateWorkload(options: WorkloadOptions): Generator<WorkloadOp> {
  const { counts, keys, seed = DEFAULT_SEED } = options;
  const random = new Random(seed);
  const keyRandom = randomBytes(new Random(`${seed}:keys`));
  const secretKeys = new Map<string, { secret: Uint8Array; fingerprint: string }>();
  const sealFor = (memberId: string) => {
    const secret = keyRandom(32);
    const envelope = sealSecretKey(keys.derived, secret, memberId, keys.kdf, keyRandom);
    secretKeys.set(memberId, { secret, fingerprint: keyFingerprint(envelope.publicKey) });
    return envelope;
  };
  const temporaryPassphrase: TemporaryPassphrase = {
    version: 1,
    kdf: keys.kdf,
    check: toHex(sha256(keys.derived)),
  };
  const plan = planWorkload(counts, seed);
  const { members, gates } = plan;
  const admin = members[0];
  if (!admin) throw new Error('The workload needs at least one member');
  const gatedChanges = gates.enterPilot + gates.goLive;
  const totalOps =
    plan.setupEvents -
    1 +
    counts.initiatives +
    counts.risks +
    plan.stageChanges +
    plan.readinessUpdates +
    plan.signIns +
    gatedChanges +
    gates.signoffs +
    gates.conditionCloses;
  // Three years of activity.
  const meanStepMs = Math.max(1, (3 * 365 * 24 * 3600 * 1000) / totalOps);
  let time = Date.parse(options.start ?? DEFAULT_START);
  const tick = () => {
    time += 1 + Math.floor(random.next() * 2 * meanStepMs);
    return new Date(time).toISOString();
  };

  /** The member's signature, made a few seconds before the command commits at `at`. */
  const sign = (
    member: { id: string; name: string },
    record: {
      recordKind: string;
      recordId: string;
      contentHash: string;
      meaning: SignatureMeaning;
    },
    at: string,
  ): ElectronicSignature => {
    const key = secretKeys.get(member.id);
    if (!key) throw new Error(`${member.name} has no signing key`);
    return signPayload(key.secret, {
      ...record,
      signerId: member.id,
      printedName: member.name,
      keyFingerprint: key.fingerprint,
      signedAt: isoWithOffset(new Date(Date.parse(at) - random.int(1, 20) * 1000), 60),
    });
  };

  const workspaceId = random.uuid();
  yield {
    kind: 'createWorkspace',
    at: new Date(time).toISOString(),
    input: {
      workspaceId,
      name: 'Reference workspace — Northwind Group',
      marking: 'Confidential',
      sample: false,
      administrator: {
        memberId: admin.id,
        name: admin.name,
        email: emailFor(admin.name, 0),
        title: 'Head of AI Governance',
        otherRoles: admin.roles.filter((role) => role !== 'administrator'),
        credential: sealFor(admin.id),
      },
    },
  };

  // The administrator adds everyone in the first hours, a minute apart; most
  // then sign in and choose their own passphrase, and reviewers certify their
  // electronic signature as the banner asks them to.
  for (let i = 1; i < members.length; i += 1) {
    const member = members[i];
    if (!member) continue;
    time += 60_000;
    yield {
      kind: 'addMember',
      at: new Date(time).toISOString(),
      actorId: admin.id,
      id: member.id,
      input: {
        name: member.name,
        email: emailFor(member.name, i),
        title: random.pick(words.JOB_TITLES),
        roles: member.roles,
        temporaryPassphrase,
      },
    };
  }
  for (const member of members.slice(1)) {
    if (!member.setsPassphrase) continue;
    time += 60_000;
    yield {
      kind: 'setOwnPassphrase',
      at: new Date(time).toISOString(),
      actorId: member.id,
      input: { memberId: member.id, credential: sealFor(member.id) },
    };
    if (!certifiesSignature(member)) continue;
    time += 60_000;
    const at = new Date(time).toISOString();
    yield {
      kind: 'certifySignature',
      at,
      actorId: member.id,
      input: {
        signature: sign(
          member,
          {
            recordKind: CERTIFICATION_RECORD_KIND,
            recordId: member.id,
            contentHash: certificationContentHash(member.id, workspaceId),
            meaning: 'responsibility',
          },
          at,
        ),
      },
    };
  }

  const creators = members.filter((m) => rolesGrant(m.roles, 'initiative.create'));
  const movers = members.filter((m) => rolesGrant(m.roles, 'initiative.changeStage'));
  const riskRecorders = members.filter((m) => rolesGrant(m.roles, 'risk.manage'));
  const signers = members.filter((m) => m.setsPassphrase);
  const openers = members.filter((m) => m.roles.includes('program-manager'));
  const reviewers: Reviewer[] = members.filter(certifiesSignature);
  const conditionOwners = members.filter((m) => rolesGrant(m.roles, 'condition.close'));
  const initiativeIds: string[] = [];
  const inputs: InitiativeInput[] = [];
  const stages: Stage[] = [];
  const readiness: Readiness[] = [];
  const risks: { id: string; input: RiskInput }[][] = [];
  const remaining = [
    counts.initiatives,
    counts.risks,
    plan.stageChanges - gatedChanges,
    plan.signIns,
    plan.readinessUpdates,
    gates.enterPilot,
    gates.goLive,
  ];
  // Which approvals carry a condition: exactly the planned number, spread at random.
  let signoffsLeft = gates.signoffs;
  let conditionsLeft = gates.conditionCloses;
  const nextHasCondition = () => {
    const yes = random.next() * signoffsLeft < conditionsLeft;
    signoffsLeft -= 1;
    if (yes) conditionsLeft -= 1;
    return yes;
  };

  /** Whether a go-live review (the one with most functions) can be signed on an initiative of this owner. */
  const reviewable = new Map<string, boolean>();
  const reviewableOwner = (ownerId: string) => {
    let known = reviewable.get(ownerId);
    if (known === undefined) {
      known = assignReviewers(random, workloadRequirements('go-live'), reviewers, ownerId) !== null;
      reviewable.set(ownerId, known);
    }
    return known;
  };

  /**
   * An initiative that can take this gate now, its reviewers and who opens
   * it; null if none. An initiative enters pilot only if it could also be
   * reviewed for go-live, so that every go-live review finds one in pilot.
   */
  const chooseReview = (templateId: GatedTemplateId) => {
    const template = gatedTemplate(templateId);
    const requirements = workloadRequirements(templateId);
    const start = random.int(0, initiativeIds.length - 1);
    for (let j = 0; j < initiativeIds.length; j += 1) {
      const index = (start + j) % initiativeIds.length;
      const stage = stages[index];
      const ownerId = inputs[index]?.ownerId ?? '';
      if (!stage || !template.fromStages.includes(stage)) continue;
      const signing = assignReviewers(random, requirements, reviewers, ownerId);
      if (!signing) continue;
      if (templateId === 'enter-pilot' && !reviewableOwner(ownerId)) continue;
      const opener = random.pick(openers.filter((m) => !signing.includes(m)));
      return { template, requirements, opener, index, signing };
    }
    return null;
  };

  function* gateReview(review: NonNullable<ReturnType<typeof chooseReview>>): Generator<CommandOp> {
    const { template, requirements, opener, index, signing } = review;
    const initiativeId = initiativeIds[index] ?? '';
    const input = inputs[index];
    if (!input) throw new Error('No such initiative');
    const gateId = random.uuid();
    yield {
      kind: 'openGateReview',
      at: tick(),
      actorId: opener.id,
      id: gateId,
      input: { initiativeId, templateId: template.id, note: random.pick(words.GATE_NOTES) },
    };
    // What the reviewers see: unchanged while the review runs, as nothing else touches the initiative.
    const stateHash = reviewedStateHash(
      reviewedState(
        { ...createInitiativeInput.parse(input), classification: null },
        (risks[index] ?? []).map((risk) => ({
          id: risk.id,
          ...addRiskInput.parse(risk.input),
        })),
      ),
    );
    const closes: CommandOp[] = [];
    for (const [k, requirement] of requirements.entries()) {
      const reviewer = signing[k];
      if (!reviewer) throw new Error('A function has no reviewer');
      const at = tick();
      const signoffId = random.uuid();
      // A condition is owned by the initiative's owner, unless they cannot close one (auditors).
      const condition = nextHasCondition()
        ? workloadCondition(
            random,
            (conditionOwners.find((m) => m.id === input.ownerId) ?? random.pick(conditionOwners))
              .id,
            at,
          )
        : null;
      const decision = approvalDecision(random, requirement, condition);
      const contentHash = signoffContentHash({
        ...decision,
        gateId,
        initiativeId,
        templateId: template.id,
        templateVersion: template.version,
        reviewedStateHash: stateHash,
      });
      const signature = sign(
        reviewer,
        {
          recordKind: SIGNOFF_RECORD_KIND,
          recordId: signoffId,
          contentHash,
          meaning: meaningOf(decision.decision),
        },
        at,
      );
      yield {
        kind: 'recordSignoff',
        at,
        actorId: reviewer.id,
        input: { signoffId, gateId, decision, reviewedStateHash: stateHash, signature },
      };
      if (condition) {
        closes.push({
          kind: 'closeCondition',
          at: '',
          actorId: condition.ownerId,
          input: {
            signoffId,
            conditionId: condition.id,
            note: random.pick(words.CONDITION_CLOSING_NOTES),
          },
        });
      }
    }
    for (const close of closes) yield { ...close, at: tick() };
    stages[index] = template.toStage;
    yield {
      kind: 'changeStage',
      at: tick(),
      actorId: random.pick(movers).id,
      input: {
        initiativeId,
        stage: template.toStage,
        reason: random.pick(words.GATE_PASSAGE_REASONS),
      },
    };
  }

  /** An initiative `accept`s, scanning from a random one; -1 when there is none. */
  const findInitiative = (accept: (stage: Stage, ownerId: string) => boolean) => {
    const start = random.int(0, initiativeIds.length - 1);
    for (let j = 0; j < initiativeIds.length; j += 1) {
      const index = (start + j) % initiativeIds.length;
      const stage = stages[index];
      if (stage && accept(stage, inputs[index]?.ownerId ?? '')) return index;
    }
    return -1;
  };
  /** Another stream, at random, when the drawn one cannot go next. */
  const otherKind = (...excluded: number[]) => {
    const weights = remaining.map((n, k) => (excluded.includes(k) ? 0 : n));
    if (weights.every((n) => n === 0)) {
      throw new Error('The workload cannot place its remaining gate reviews and stage changes');
    }
    return random.weighted(weights);
  };

  while (remaining.some((n) => n > 0)) {
    // A random merge of the streams: each kind is spread over the whole chain.
    let kind = random.weighted(remaining);
    if (initiativeIds.length === 0 && kind !== SIGN_IN) kind = CREATE;
    let toProofOfConcept = false;
    if (kind === ENTER_PILOT || kind === GO_LIVE) {
      // Go-live needs an initiative in pilot, which an enter-pilot review makes:
      // go-live reviews go first whenever one can and as many remain as
      // enter-pilot ones, so they are not all left for the end.
      const goLiveFirst =
        kind === GO_LIVE || (remaining[GO_LIVE] ?? 0) >= (remaining[ENTER_PILOT] ?? 0);
      let review = null;
      for (const k of goLiveFirst ? [GO_LIVE, ENTER_PILOT] : [ENTER_PILOT, GO_LIVE]) {
        if ((remaining[k] ?? 0) === 0) continue;
        review = chooseReview(k === GO_LIVE ? 'go-live' : 'enter-pilot');
        if (review) {
          remaining[k] = (remaining[k] ?? 0) - 1;
          break;
        }
      }
      if (review) {
        yield* gateReview(review);
        continue;
      }
      // No initiative can take a gate now: a stage change brings one to proof of concept.
      toProofOfConcept = (remaining[STAGE] ?? 0) > 0;
      kind = toProofOfConcept ? STAGE : otherKind(ENTER_PILOT, GO_LIVE);
    }
    // Pilot and production are entered only through a gate review (above) and,
    // once there, initiatives stay: other changes move them between idea,
    // proof of concept and retired.
    const movable =
      kind === STAGE
        ? findInitiative(
            (s, ownerId) =>
              !GATED_STAGES.includes(s) &&
              !(toProofOfConcept && (s === 'proof-of-concept' || !reviewableOwner(ownerId))),
          )
        : -1;
    if (kind === STAGE && movable < 0) kind = otherKind(ENTER_PILOT, GO_LIVE, STAGE);
    remaining[kind] = (remaining[kind] ?? 0) - 1;
    const at = tick();
    if (kind === CREATE) {
      const id = random.uuid();
      const stage = STAGES[random.weighted([60, 25, 10, 5, 0])] ?? 'idea';
      const input = initiativeInput(random, members, initiativeIds.length + 1, stage);
      initiativeIds.push(id);
      inputs.push(input);
      stages.push(stage);
      readiness.push(EMPTY_READINESS);
      risks.push([]);
      yield { kind: 'createInitiative', at, actorId: random.pick(creators).id, id, input };
    } else if (kind === RISK) {
      const index = random.int(0, initiativeIds.length - 1);
      const id = random.uuid();
      const input = riskInput(random, members, initiativeIds[index] ?? '', at);
      risks[index]?.push({ id, input });
      yield { kind: 'addRisk', at, actorId: random.pick(riskRecorders).id, id, input };
    } else if (kind === STAGE) {
      const current = stages[movable];
      const stage = toProofOfConcept
        ? 'proof-of-concept'
        : random.pick(STAGES.filter((s) => s !== current && !GATED_STAGES.includes(s)));
      stages[movable] = stage;
      yield {
        kind: 'changeStage',
        at,
        actorId: random.pick(movers).id,
        input: {
          initiativeId: initiativeIds[movable] ?? '',
          stage,
          reason: random.pick(words.STAGE_REASONS),
        },
      };
    } else if (kind === READINESS) {
      const index = random.int(0, initiativeIds.length - 1);
      const next = nextReadiness(random, readiness[index] ?? EMPTY_READINESS, members);
      readiness[index] = next;
      yield {
        kind: 'updateReadiness',
        at,
        actorId: random.pick(movers).id,
        input: { initiativeId: initiativeIds[index] ?? '', readiness: next },
      };
    } else {
      const member = random.pick(signers);
      // The administrator never fails, so the reference workspace is never locked out.
      const outcome: SignInOutcome =
        (['signed-in', 'unlocked', 'failed'] as const)[
          random.weighted([75, 20, member === admin ? 0 : 5])
        ] ?? 'signed-in';
      yield { kind: 'recordSignIn', at, actorId: member.id, input: { outcome } };
    }
  }
}

function initiativeInput(
  random: Random,
  members: readonly { id: string }[],
  serial: number,
  stage: Stage,
): InitiativeInput {
  const subject = random.pick(words.TITLE_SUBJECTS);
  const task = random.pick(words.TITLE_TASKS);
  const qualifier = random.next() < 0.6 ? ` ${random.pick(words.TITLE_QUALIFIERS)}` : '';
  const title = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${task}${qualifier} #${String(serial)}`;
  const sentences = random.int(1, 3);
  let summary = `${random.pick(words.SUMMARY_OPENERS)} ${random.pick(words.SUMMARY_ACTIONS)}.`;
  for (const follow of random.sample(words.SUMMARY_FOLLOW_UPS, sentences)) summary += ` ${follow}`;
  const purpose = random.sample(words.PURPOSE_SENTENCES, random.int(1, 3)).join(' ');
  const [model, provider] = random.pick(words.MODELS);
  return {
    title: clip(title, 160),
    summary: clip(summary, 2000),
    purpose: clip(purpose, 4000),
    businessUnit: random.pick(words.BUSINESS_UNITS),
    ownerId: random.pick(members).id,
    sponsor: random.pick(words.SPONSOR_TITLES),
    aiSystemType: random.pick(AI_SYSTEM_TYPES),
    tags: random.sample(words.TAGS, random.int(3, 6)),
    aiSystem: {
      model,
      provider,
      version: random.pick(words.MODEL_VERSIONS),
      hosting: random.pick(HOSTING_OPTIONS),
    },
    dataCategories: random.sample(DATA_CATEGORIES, random.int(1, 3)),
    peopleAffected: random.pick(words.PEOPLE_AFFECTED),
    humanOversight: random.pick(OVERSIGHT_OPTIONS),
    integrationPoints: random
      .sample(words.INTEGRATION_SYSTEMS, random.int(1, 3))
      .map((system) => ({ system, direction: random.pick(INTEGRATION_DIRECTIONS) })),
    stage,
  };
}

/** One assessment step: a gap or two move on (or back), with a note and sometimes an owner. */
function nextReadiness(
  random: Random,
  current: Readiness,
  members: readonly { id: string }[],
): Readiness {
  const next: Readiness = { ...current };
  for (const gap of random.sample(GAPS, random.int(1, 2))) {
    const was = current[gap];
    const rank = READINESS_STATUSES.indexOf(was.status);
    const status =
      READINESS_STATUSES[Math.max(0, Math.min(2, rank + (random.next() < 0.8 ? 1 : -1)))] ??
      'in-progress';
    next[gap] = {
      status,
      notes: random.pick(words.READINESS_NOTES),
      ownerId: was.ownerId ?? (random.next() < 0.7 ? random.pick(members).id : null),
    };
  }
  // Always a change, as the command refuses an unchanged assessment.
  if (JSON.stringify(next) === JSON.stringify(current)) {
    const gap = random.pick(GAPS);
    next[gap] = { ...next[gap], notes: `${next[gap].notes} (reviewed)`.slice(0, 2000) };
  }
  return next;
}

/**
 * A risk as the form records it, on the default 5 × 5 matrix: cause,
 * consequence and up to two controls worded as in the risk library
 * (`shared/risk/templates.ts`), each control with an owner.
 */
function riskInput(
  random: Random,
  members: readonly { id: string }[],
  initiativeId: string,
  at: string,
): RiskInput {
  const likelihood = random.int(1, 5);
  const impact = random.int(1, 5);
  const source = random.pick(RISK_TEMPLATES);
  return {
    initiativeId,
    title: `${random.pick(words.RISK_SUBJECTS)} ${random.pick(words.RISK_PROBLEMS)}`,
    description: random.sample(words.RISK_DETAILS, random.int(1, 3)).join(' '),
    category: random.pick(RISK_CATEGORIES),
    ownerId: random.pick(members).id,
    cause: source.cause,
    consequence: source.consequence,
    inherent: { likelihood, impact },
    residual: { likelihood: random.int(1, likelihood), impact: random.int(1, impact) },
    treatment: random.pick(TREATMENTS),
    controls: random.sample(source.controls, random.int(0, 2)).map((description) => {
      const status = CONTROL_STATUSES[random.weighted([40, 55, 5])] ?? 'planned';
      const due = new Date(Date.parse(at) + random.int(14, 180) * 86_400_000);
      return {
        id: random.uuid(),
        description,
        ownerId: random.pick(members).id,
        dueDate: status === 'planned' ? due.toISOString().slice(0, 10) : null,
        status,
      };
    }),
    linkedItems: [],
    templateId: null,
  };
}

/**
 * Rows for the bulk import scenario: what an import file would hold for each
 * initiative (the command's input), owned by the given members.
 */
export function importRows(
  count: number,
  seed: string,
  ownerIds: readonly string[],
): InitiativeInput[] {
  const random = new Random(`${seed}:import`);
  const owners = ownerIds.map((id) => ({ id }));
  const rows: InitiativeInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const stage = STAGES[random.weighted([60, 25, 10, 5, 0])] ?? 'idea';
    rows.push(initiativeInput(random, owners, i + 1, stage));
  }
  return rows;
}
