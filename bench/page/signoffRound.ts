import { openWithDerivedKey, type CredentialEnvelope } from '../../shared/auth/credential';
import { deriveKey } from '../../shared/auth/kdf';
import { rolesGrant } from '../../shared/domain/permissions';
import type { Member } from '../../shared/domain/member';
import { functionsFor } from '../../shared/gates/functions';
import {
  SIGNOFF_RECORD_KIND,
  meaningOf,
  signoffContentHash,
  type SignoffDecision,
} from '../../shared/gates/signoff';
import { CountersignDb } from '../../renderer/db/database';
import { execute } from '../../renderer/db/commands/defineCommand';
import { loadGate } from '../../renderer/db/commands/gateContext';
import { openGateReview } from '../../renderer/db/commands/openGateReview';
import { recordSignoff } from '../../renderer/db/commands/recordSignoff';
import { produceSignature } from '../../renderer/features/signing/produceSignature';
import {
  CONDITIONAL_SHARE,
  approvalDecision,
  assignReviewers,
  workloadCondition,
  workloadRequirements,
} from '../workload/gates';
import { Random } from '../workload/random';
import type { SignoffRound } from './api';

/**
 * Scenario 3 in the reference workspace. `prepareSignoffs` does what happens
 * before a reviewer presses "Sign", untimed: a program manager opens
 * enter-pilot reviews on unclassified proof-of-concept initiatives through
 * `openGateReview`; each sign-off gets an eligible reviewer, a complete
 * decision and the gate's evaluation (what the form shows); and the
 * reviewer's passphrase goes through scrypt, timed on its own, once per
 * signature as the default "every signature" setting asks.
 *
 * `runSignoffs` times each sign-off from the derived key to the command's
 * commit: opening the sealed key, hashing the content and signing it with
 * the app's `produceSignature`, then `recordSignoff` through `execute()` in
 * one strict-durability transaction.
 */
interface Planned {
  member: Member;
  envelope: CredentialEnvelope;
  derivedKey: Uint8Array;
  gateId: string;
  initiativeId: string;
  templateVersion: number;
  reviewedStateHash: string;
  decision: SignoffDecision;
}

const TEMPLATE = 'enter-pilot';
const prepared = new Map<number, { db: CountersignDb; planned: Planned[]; kdfMs: number[] }>();
let rounds = 0;

export async function prepareSignoffs(options: {
  dbName: string;
  signoffs: number;
  passphrase: string;
  seed: string;
}): Promise<number> {
  rounds += 1;
  const random = new Random(`${options.seed}:signoffs:${String(rounds)}`);
  const db = new CountersignDb(options.dbName);
  const requirements = workloadRequirements(TEMPLATE);
  const members = (await db.members.toArray()).filter((m) => m.status === 'active');
  const envelopes = new Map<string, CredentialEnvelope>();
  for (const c of await db.credentials.toArray()) {
    if (c.kind === 'signing-key') envelopes.set(c.memberId, c.envelope);
  }
  const reviewers = members.filter(
    (m) => m.certification !== null && envelopes.has(m.id) && functionsFor(m.roles).length > 0,
  );
  const openers = members.filter((m) => m.roles.includes('program-manager'));
  const closers = members.filter((m) => rolesGrant(m.roles, 'condition.close'));
  const eligible = (
    await db.initiatives.where('stage').equals('proof-of-concept').toArray()
  ).filter((i) => i.classification === null);
  const candidates = random.sample(eligible, eligible.length);

  const planned: Planned[] = [];
  const kdfMs: number[] = [];
  for (const initiative of candidates) {
    if (planned.length >= options.signoffs) break;
    const underReview = await db.gates
      .where('initiativeId')
      .equals(initiative.id)
      .filter((g) => g.template.id === TEMPLATE && g.withdrawal === null && g.usedAt === null)
      .first();
    if (underReview) continue;
    const signing = assignReviewers(random, requirements, reviewers, initiative.ownerId);
    if (!signing) continue;
    const opener = random.pick(openers.filter((m) => !signing.includes(m)));
    const gate = await execute(
      db,
      openGateReview,
      { initiativeId: initiative.id, templateId: TEMPLATE, note: '' },
      { memberId: opener.id },
    );
    const { evaluation } = await loadGate(db, gate.id, new Date());
    for (const [k, requirement] of evaluation.requirements.entries()) {
      const member = members.find((m) => m.id === signing[k]?.id);
      const envelope = member && envelopes.get(member.id);
      if (!member || !envelope || requirement.function !== requirements[k]?.function) {
        throw new Error(`The ${TEMPLATE} gate does not need what the workload expects`);
      }
      const owner = closers.find((m) => m.id === initiative.ownerId) ?? opener;
      const condition =
        random.next() < CONDITIONAL_SHARE
          ? workloadCondition(random, owner.id, new Date().toISOString())
          : null;
      const started = performance.now();
      const derivedKey = await deriveKey(options.passphrase, envelope.kdf);
      kdfMs.push(performance.now() - started);
      planned.push({
        member,
        envelope,
        derivedKey,
        gateId: gate.id,
        initiativeId: initiative.id,
        templateVersion: gate.template.version,
        reviewedStateHash: evaluation.currentStateHash,
        decision: approvalDecision(random, requirement, condition),
      });
    }
  }
  if (planned.length < options.signoffs) {
    throw new Error(`Only ${String(planned.length)} sign-offs could be prepared`);
  }
  prepared.set(rounds, { db, planned: planned.slice(0, options.signoffs), kdfMs });
  return rounds;
}

export async function runSignoffs(id: number): Promise<SignoffRound> {
  const round = prepared.get(id);
  if (!round) throw new Error(`No prepared sign-off round ${String(id)}`);
  prepared.delete(id);
  const { db, planned, kdfMs } = round;
  const samples: SignoffRound['samples'] = [];
  try {
    for (const p of planned) {
      const started = performance.now();
      const secretKey = openWithDerivedKey(p.envelope, p.derivedKey, p.member.id);
      const signoffId = crypto.randomUUID();
      const contentHash = signoffContentHash({
        ...p.decision,
        gateId: p.gateId,
        initiativeId: p.initiativeId,
        templateId: TEMPLATE,
        templateVersion: p.templateVersion,
        reviewedStateHash: p.reviewedStateHash,
      });
      const { signature } = await produceSignature({
        db,
        member: p.member,
        request: {
          recordKind: SIGNOFF_RECORD_KIND,
          recordId: signoffId,
          contentHash,
          meaning: meaningOf(p.decision.decision),
          title: 'Sign-off',
          details: [],
        },
        passphrase: null,
        sessionKey: secretKey,
      });
      const signed = performance.now();
      await execute(
        db,
        recordSignoff,
        {
          signoffId,
          gateId: p.gateId,
          decision: p.decision,
          reviewedStateHash: p.reviewedStateHash,
          signature,
        },
        { memberId: p.member.id },
      );
      const done = performance.now();
      samples.push({ totalMs: done - started, signMs: signed - started, commandMs: done - signed });
    }
    return { samples, kdfMs };
  } finally {
    db.close();
  }
}
