import { sha256 } from '@noble/hashes/sha2.js';
import {
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
import type { createInitiativeInput } from '../../renderer/db/commands/createInitiative';
import type { Role } from '../../shared/domain/roles';
import {
  EMPTY_READINESS,
  GAPS,
  READINESS_STATUSES,
  type Readiness,
} from '../../shared/domain/readiness';
import { RISK_CATEGORIES, TREATMENTS } from '../../shared/domain/risk';
import { rolesGrant } from '../../shared/domain/permissions';
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
  /** Total events in the chain, the workspace's own two included. */
  auditEvents: number;
}

/** DESIGN.md §6. Sign-offs (20,000) are not modelled until sign-offs exist. */
export const REFERENCE_COUNTS: WorkloadCounts = {
  members: 200,
  initiatives: 10_000,
  risks: 50_000,
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

export interface RiskInput {
  initiativeId: string;
  title: string;
  description: string;
  category: (typeof RISK_CATEGORIES)[number];
  ownerId: string;
  inherent: { likelihood: number; impact: number };
  residual: { likelihood: number; impact: number };
  treatment: (typeof TREATMENTS)[number];
}

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
  | { kind: 'recordSignIn'; at: string; actorId: string; input: { outcome: SignInOutcome } };

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
 * How the filler events (those beyond the set-up and the creates) are shared.
 * Stage changes and readiness updates carry full before/after snapshots of the
 * initiative, as every edit does, so together they also stand in for the edit
 * events later features will add (risk reviews, sign-offs, evidence); sign-in
 * events are small. Half of the filler as sign-ins is about one per member per
 * working day over the three years.
 */
export const FILLER_SHARES = { stageChanges: 0.2, readinessUpdates: 0.3 } as const;

/** Role mix of the members after the first (an administrator and program manager). */
const ROLE_SLOTS: Role[][] = [
  ['program-manager'],
  ['program-manager'],
  ['legal-reviewer'],
  ['compliance-reviewer'],
  ['security-reviewer'],
  ['operations-reviewer'],
  ['data-privacy-reviewer'],
  ['auditor'],
  ['program-manager', 'operations-reviewer'],
  ['compliance-reviewer', 'legal-reviewer'],
];

export interface WorkloadMember {
  id: string;
  name: string;
  roles: Role[];
  /** Replaced the temporary passphrase with their own (about nine in ten do). */
  setsPassphrase: boolean;
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
      setsPassphrase: i === 0 || random.next() < 0.9,
    });
  }
  return members;
}

export interface WorkloadPlan {
  members: WorkloadMember[];
  /** Events of the workspace and member set-up, which come first. */
  setupEvents: number;
  stageChanges: number;
  readinessUpdates: number;
  signIns: number;
}

/** Workspace (2 events), each further member added, each passphrase chosen. */
export function setupEventCount(members: readonly WorkloadMember[]): number {
  return 2 + (members.length - 1) + members.slice(1).filter((m) => m.setsPassphrase).length;
}

/** How the requested number of events is made up. */
export function planWorkload(counts: WorkloadCounts, seed = DEFAULT_SEED): WorkloadPlan {
  const members = workloadMembers(counts, seed);
  const setupEvents = setupEventCount(members);
  const filler = counts.auditEvents - setupEvents - counts.initiatives - counts.risks;
  if (filler < 0) {
    throw new Error(
      `${String(counts.auditEvents)} audit events cannot hold the set-up (${String(setupEvents)}), ${String(counts.initiatives)} initiatives and ${String(counts.risks)} risks`,
    );
  }
  const share = (f: number) => (counts.initiatives === 0 ? 0 : Math.round(filler * f));
  const stageChanges = share(FILLER_SHARES.stageChanges);
  const readinessUpdates = share(FILLER_SHARES.readinessUpdates);
  return {
    members,
    setupEvents,
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

/**
 * The workload, op by op, in chain order. Memory stays flat: only the current
 * stage of each initiative is kept, so 500,000 events can be streamed.
 */
export function* generateWorkload(options: WorkloadOptions): Generator<WorkloadOp> {
  const { counts, keys, seed = DEFAULT_SEED } = options;
  const random = new Random(seed);
  const keyRandom = randomBytes(new Random(`${seed}:keys`));
  const sealFor = (memberId: string) =>
    sealSecretKey(keys.derived, keyRandom(32), memberId, keys.kdf, keyRandom);
  const temporaryPassphrase: TemporaryPassphrase = {
    version: 1,
    kdf: keys.kdf,
    check: toHex(sha256(keys.derived)),
  };
  const plan = planWorkload(counts, seed);
  const { members } = plan;
  const admin = members[0];
  if (!admin) throw new Error('The workload needs at least one member');
  const totalOps =
    plan.setupEvents -
    1 +
    counts.initiatives +
    counts.risks +
    plan.stageChanges +
    plan.readinessUpdates +
    plan.signIns;
  // Three years of activity.
  const meanStepMs = Math.max(1, (3 * 365 * 24 * 3600 * 1000) / totalOps);
  let time = Date.parse(options.start ?? DEFAULT_START);
  const tick = () => {
    time += 1 + Math.floor(random.next() * 2 * meanStepMs);
    return new Date(time).toISOString();
  };

  yield {
    kind: 'createWorkspace',
    at: new Date(time).toISOString(),
    input: {
      workspaceId: random.uuid(),
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
  // then sign in and choose their own passphrase.
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
  }

  const creators = members.filter((m) => rolesGrant(m.roles, 'initiative.create'));
  const movers = members.filter((m) => rolesGrant(m.roles, 'initiative.changeStage'));
  const riskRecorders = members.filter((m) => rolesGrant(m.roles, 'risk.manage'));
  const signers = members.filter((m) => m.setsPassphrase);
  const initiativeIds: string[] = [];
  const stages: Stage[] = [];
  const readiness: Readiness[] = [];
  const remaining = [
    counts.initiatives,
    counts.risks,
    plan.stageChanges,
    plan.signIns,
    plan.readinessUpdates,
  ];

  while (remaining.some((n) => n > 0)) {
    // A random merge of the four streams: each kind is spread over the whole chain.
    let kind = random.weighted(remaining);
    if (initiativeIds.length === 0 && kind !== 3) kind = 0;
    remaining[kind] = (remaining[kind] ?? 0) - 1;
    const at = tick();
    if (kind === 0) {
      const id = random.uuid();
      const stage = STAGES[random.weighted([60, 25, 10, 5, 0])] ?? 'idea';
      initiativeIds.push(id);
      stages.push(stage);
      readiness.push(EMPTY_READINESS);
      yield {
        kind: 'createInitiative',
        at,
        actorId: random.pick(creators).id,
        id,
        input: initiativeInput(random, members, initiativeIds.length, stage),
      };
    } else if (kind === 1) {
      const index = random.int(0, initiativeIds.length - 1);
      yield {
        kind: 'addRisk',
        at,
        actorId: random.pick(riskRecorders).id,
        id: random.uuid(),
        input: riskInput(random, members, initiativeIds[index] ?? ''),
      };
    } else if (kind === 2) {
      const index = random.int(0, initiativeIds.length - 1);
      const current = stages[index];
      const stage = random.pick(STAGES.filter((s) => s !== current));
      stages[index] = stage;
      yield {
        kind: 'changeStage',
        at,
        actorId: random.pick(movers).id,
        input: {
          initiativeId: initiativeIds[index] ?? '',
          stage,
          reason: random.pick(words.STAGE_REASONS),
        },
      };
    } else if (kind === 4) {
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

function riskInput(
  random: Random,
  members: readonly { id: string }[],
  initiativeId: string,
): RiskInput {
  const likelihood = random.int(1, 5);
  const impact = random.int(1, 5);
  return {
    initiativeId,
    title: `${random.pick(words.RISK_SUBJECTS)} ${random.pick(words.RISK_PROBLEMS)}`,
    description: random.sample(words.RISK_DETAILS, random.int(1, 3)).join(' '),
    category: random.pick(RISK_CATEGORIES),
    ownerId: random.pick(members).id,
    inherent: { likelihood, impact },
    residual: { likelihood: random.int(1, likelihood), impact: random.int(1, impact) },
    treatment: random.pick(TREATMENTS),
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
