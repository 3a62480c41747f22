import type { ReviewFunction } from '../../shared/gates/functions';
import {
  SIGNOFF_RECORD_KIND,
  meaningOf,
  signoffContentHash,
  type Decision,
  type SignoffDecision,
} from '../../shared/gates/signoff';
import type { CountersignDb } from '../db/database';
import { certifySignature } from '../db/commands/certifySignature';
import { execute } from '../db/commands/defineCommand';
import { loadGate } from '../db/commands/gateContext';
import { recordSignoff } from '../db/commands/recordSignoff';
import { newId } from '../db/ids';
import { signCertification } from './signCertification';
import { signRecord } from './signRecord';

/** Certifies a member's e-signature, as the banner does before their first signing. */
export async function certify(db: CountersignDb, memberId: string, workspaceId: string) {
  const signature = await signCertification(db, memberId, workspaceId);
  await execute(db, certifySignature, { signature }, { memberId });
}

/** A decision answering every item of the function "met", citing evidence where needed. */
export async function completeDecision(
  db: CountersignDb,
  gateId: string,
  fn: ReviewFunction,
  decision: Decision = 'approve',
  extra: Partial<SignoffDecision> = {},
): Promise<SignoffDecision> {
  const { evaluation } = await loadGate(db, gateId, new Date());
  const requirement = evaluation.requirements.find((r) => r.function === fn);
  if (!requirement) throw new Error(`The gate needs no ${fn} sign-off`);
  return {
    function: fn,
    decision,
    answers: requirement.items.map((item) => ({
      itemId: item.id,
      answer: 'met' as const,
      note: '',
      evidence: item.evidenceRequired ? `${item.id}.pdf in the project share` : '',
    })),
    comment: decision === 'approve' || decision === 'approve-with-conditions' ? '' : 'Not yet.',
    conditions: [],
    evidence: [],
    ...extra,
  };
}

/**
 * The input of a sign-off as the review form builds it: the current reviewed
 * state, a fresh id, the reviewer's own signature over the content.
 */
export async function signoffInput(
  db: CountersignDb,
  memberId: string,
  gateId: string,
  decision: SignoffDecision,
  tamper: { signatureFor?: string } = {},
) {
  const { gate, evaluation } = await loadGate(db, gateId, new Date());
  const signoffId = newId();
  const contentHash = signoffContentHash({
    ...decision,
    gateId,
    initiativeId: gate.initiativeId,
    templateId: gate.template.id,
    templateVersion: gate.template.version,
    reviewedStateHash: evaluation.currentStateHash,
  });
  const signature = await signRecord(db, memberId, {
    recordKind: SIGNOFF_RECORD_KIND,
    recordId: tamper.signatureFor ?? signoffId,
    contentHash,
    meaning: meaningOf(decision.decision),
  });
  return { signoffId, gateId, decision, reviewedStateHash: evaluation.currentStateHash, signature };
}

/** Signs and records a sign-off as the review form does. */
export async function signoff(
  db: CountersignDb,
  memberId: string,
  gateId: string,
  decision: SignoffDecision,
  tamper: { signatureFor?: string } = {},
) {
  const input = await signoffInput(db, memberId, gateId, decision, tamper);
  return execute(db, recordSignoff, input, { memberId });
}
