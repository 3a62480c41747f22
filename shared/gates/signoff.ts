import { z } from 'zod';
import { electronicSignatureSchema, type SignatureMeaning } from '../auth/signature';
import { HEX_SHA256, hashCanonical } from '../crypto/sha256';
import {
  dateOnlySchema,
  idSchema,
  isoDateTimeSchema,
  optionalText,
  requiredText,
} from '../domain/common';
import { citedEvidenceSchema } from '../evidence/record';
import { reviewFunctionSchema } from './functions';
import { reviewedStateSchema } from './reviewedState';

export const DECISIONS = [
  'approve',
  'approve-with-conditions',
  'request-changes',
  'reject',
] as const;
export const decisionSchema = z.enum(DECISIONS, { message: 'Choose a decision' });
export type Decision = z.infer<typeof decisionSchema>;

export const DECISION_LABELS: Record<Decision, string> = {
  approve: 'Approve',
  'approve-with-conditions': 'Approve with conditions',
  'request-changes': 'Request changes',
  reject: 'Reject',
};

/** An approval signs as approval; every other decision records a review. */
export function meaningOf(decision: Decision): SignatureMeaning {
  return decision === 'approve' || decision === 'approve-with-conditions' ? 'approval' : 'review';
}

export const ANSWERS = ['met', 'not-met', 'not-applicable'] as const;
export const answerValueSchema = z.enum(ANSWERS, { message: 'Answer met, not met or N/A' });
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const ANSWER_LABELS: Record<AnswerValue, string> = {
  met: 'Met',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
};

export const checklistAnswerSchema = z.strictObject({
  itemId: z.string().min(1).max(80),
  answer: answerValueSchema,
  /** Why an item does not apply, or a remark on it. */
  note: optionalText('Note', 1000),
  /** Where the evidence is (document name, location), for items that require it. */
  evidence: optionalText('Evidence', 500),
});
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;

export const conditionSchema = z.strictObject({
  id: idSchema,
  text: requiredText('Condition', 500),
  ownerId: idSchema,
  dueOn: dateOnlySchema,
});
export type Condition = z.infer<typeof conditionSchema>;

export const conditionClosureSchema = z.strictObject({
  closedBy: idSchema,
  closedAt: isoDateTimeSchema,
  note: optionalText('Closing note', 1000),
});
export type ConditionClosure = z.infer<typeof conditionClosureSchema>;

/** What a reviewer decides: the signed part of a sign-off. */
export const signoffDecisionSchema = z.strictObject({
  function: reviewFunctionSchema,
  decision: decisionSchema,
  answers: z.array(checklistAnswerSchema).max(60),
  comment: optionalText('Comment', 4000),
  conditions: z.array(conditionSchema).max(20, { message: 'At most 20 conditions' }),
  /** Evidence files the reviewer cites, with the SHA-256 of each as they saw it. */
  evidence: z
    .array(citedEvidenceSchema)
    .max(50, { message: 'At most 50 evidence files' })
    .refine((cited) => new Set(cited.map((c) => c.id)).size === cited.length, {
      message: 'Each evidence file is cited once',
    })
    .default([]),
});
export type SignoffDecision = z.infer<typeof signoffDecisionSchema>;

export const SIGNOFF_RECORD_KIND = 'gate-signoff';

/** The fields a sign-off's signature covers, in the form that is hashed. */
export interface SignedSignoffContent extends SignoffDecision {
  gateId: string;
  initiativeId: string;
  templateId: string;
  templateVersion: number;
  reviewedStateHash: string;
}

/**
 * Version 1 (no evidence files cited) is kept byte for byte so every sign-off
 * signed before the evidence library still verifies; citing files signs
 * version 2, which covers each file's SHA-256, so swapping a file shows.
 */
export function signoffContentHash(content: SignedSignoffContent): string {
  const evidence =
    content.evidence.length === 0
      ? { domain: 'countersign/gate-signoff/v1', evidenceIds: [] }
      : { domain: 'countersign/gate-signoff/v2', evidence: content.evidence };
  return hashCanonical({
    ...evidence,
    gateId: content.gateId,
    initiativeId: content.initiativeId,
    templateId: content.templateId,
    templateVersion: content.templateVersion,
    reviewedStateHash: content.reviewedStateHash,
    function: content.function,
    decision: content.decision,
    answers: content.answers,
    comment: content.comment,
    conditions: content.conditions,
  });
}

/** A recorded, signed sign-off as stored. */
export const signoffSchema = signoffDecisionSchema.extend({
  id: idSchema,
  gateId: idSchema,
  initiativeId: idSchema,
  templateId: z.string().min(1).max(80),
  templateVersion: z.number().int().min(1),
  reviewerId: idSchema,
  reviewedStateHash: z.string().regex(HEX_SHA256),
  /** The material state and risk summary the reviewer saw, to say what changed since. */
  reviewedState: reviewedStateSchema,
  signature: electronicSignatureSchema,
  recordedAt: isoDateTimeSchema,
  /** Closure of conditions, by condition id: tracked after signing, so not signed. */
  closures: z.record(idSchema, conditionClosureSchema),
});
export type Signoff = z.infer<typeof signoffSchema>;

/** The signed content of a stored sign-off, to recompute and compare its hash. */
export function signedContentOf(signoff: Signoff): SignedSignoffContent {
  return {
    gateId: signoff.gateId,
    initiativeId: signoff.initiativeId,
    templateId: signoff.templateId,
    templateVersion: signoff.templateVersion,
    reviewedStateHash: signoff.reviewedStateHash,
    function: signoff.function,
    decision: signoff.decision,
    answers: signoff.answers,
    comment: signoff.comment,
    conditions: signoff.conditions,
    evidence: signoff.evidence,
  };
}
