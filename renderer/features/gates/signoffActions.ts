import { dateOnly } from '../../../shared/domain/calendar';
import { citedItemIds, decisionProblem } from '../../../shared/gates/decisionRules';
import type { EvidenceTarget } from '../../../shared/evidence/record';
import type { GateEvaluation } from '../../../shared/gates/evaluateGate';
import { REVIEW_FUNCTION_LABELS } from '../../../shared/gates/functions';
import {
  ANSWER_LABELS,
  DECISION_LABELS,
  SIGNOFF_RECORD_KIND,
  meaningOf,
  signoffContentHash,
  type SignoffDecision,
} from '../../../shared/gates/signoff';
import type { SigningRequest } from '../signing/signingRequest';

/**
 * What the reviewer is asked to sign: the decision over the state they were
 * shown. The same content hash is recomputed by the command, so a form that
 * drifted from the stored gate cannot slip through.
 */
export function signoffSigningRequest(input: {
  signoffId: string;
  evaluation: GateEvaluation;
  initiativeTitle: string;
  decision: SignoffDecision;
  /** Names of the cited evidence files, to show what is signed. */
  evidenceNames?: ReadonlyMap<string, string>;
}): SigningRequest {
  const { signoffId, evaluation, decision } = input;
  const { gate } = evaluation;
  const contentHash = signoffContentHash({
    ...decision,
    gateId: gate.id,
    initiativeId: gate.initiativeId,
    templateId: gate.template.id,
    templateVersion: gate.template.version,
    reviewedStateHash: evaluation.currentStateHash,
  });
  const counts = new Map<string, number>();
  for (const answer of decision.answers) {
    counts.set(answer.answer, (counts.get(answer.answer) ?? 0) + 1);
  }
  const answered = [...counts.entries()]
    .map(
      ([answer, n]) =>
        `${String(n)} ${ANSWER_LABELS[answer as keyof typeof ANSWER_LABELS].toLowerCase()}`,
    )
    .join(', ');
  return {
    recordKind: SIGNOFF_RECORD_KIND,
    recordId: signoffId,
    contentHash,
    meaning: meaningOf(decision.decision),
    title: `${DECISION_LABELS[decision.decision]}: ${gate.template.name} for ${input.initiativeTitle}`,
    details: [
      `Function: ${REVIEW_FUNCTION_LABELS[decision.function]}`,
      `Checklist: ${answered || 'no answers'}`,
      ...decision.conditions.map((c) => `Condition: ${c.text} (due ${c.dueOn})`),
      ...(decision.comment ? [`Comment: ${decision.comment}`] : []),
      ...decision.evidence.map(
        (e) =>
          `Evidence: ${input.evidenceNames?.get(e.id) ?? e.id} (SHA-256 ${e.sha256.slice(0, 16)}…)`,
      ),
    ],
  };
}

/** The problem with a decision before asking for a passphrase, or null. */
export function formProblem(
  evaluation: GateEvaluation,
  decision: SignoffDecision,
  evidence: readonly { id: string; target: EvidenceTarget }[],
): string | null {
  const requirement = evaluation.requirements.find((r) => r.function === decision.function);
  if (!requirement) return 'This gate does not need this function’s sign-off.';
  return decisionProblem(
    decision,
    requirement,
    dateOnly(new Date()),
    citedItemIds(evaluation.gate.id, decision.evidence, evidence),
  );
}
