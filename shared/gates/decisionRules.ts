import type { EvidenceTarget } from '../evidence/record';
import { REVIEW_FUNCTION_LABELS } from './functions';
import type { ResolvedRequirement } from './requirements';
import type { SignoffDecision } from './signoff';

/**
 * Why a reviewer's decision cannot be recorded as it stands, or null. An
 * approval must answer every item, explain every "not applicable", cite the
 * evidence items require, and carry its conditions explicitly; a refusal must
 * say why.
 */
export function decisionProblem(
  decision: SignoffDecision,
  requirement: ResolvedRequirement,
  today: string,
  /** Checklist items with a cited evidence file attached to them (see `citedItemIds`). */
  filesForItems: ReadonlySet<string> = new Set(),
): string | null {
  const fnLabel = REVIEW_FUNCTION_LABELS[requirement.function];
  if (decision.function !== requirement.function) {
    return `These answers are for ${REVIEW_FUNCTION_LABELS[decision.function]}, not ${fnLabel}.`;
  }
  const items = new Map(requirement.items.map((item) => [item.id, item]));
  const answered = new Set<string>();
  for (const answer of decision.answers) {
    const item = items.get(answer.itemId);
    if (!item) return `The checklist of ${fnLabel} on this gate has no item “${answer.itemId}”.`;
    if (answered.has(answer.itemId)) return `“${item.text}” is answered twice.`;
    answered.add(answer.itemId);
    if (answer.answer === 'not-applicable' && answer.note === '') {
      return `Say why “${item.text}” does not apply.`;
    }
  }
  const approving =
    decision.decision === 'approve' || decision.decision === 'approve-with-conditions';
  if (approving) {
    const missing = requirement.items.find((item) => !answered.has(item.id));
    if (missing) return `Answer “${missing.text}” before approving.`;
    for (const answer of decision.answers) {
      const item = items.get(answer.itemId);
      if (
        item?.evidenceRequired === true &&
        answer.answer === 'met' &&
        answer.evidence === '' &&
        !filesForItems.has(item.id)
      ) {
        return `“${item.text}” requires evidence: say where it is, or attach a file to it.`;
      }
    }
  }
  if (decision.decision === 'approve') {
    const notMet = decision.answers.find((answer) => answer.answer === 'not-met');
    if (notMet) {
      const text = items.get(notMet.itemId)?.text ?? notMet.itemId;
      return `“${text}” is not met: approve with conditions, request changes or reject instead.`;
    }
  }
  if (decision.decision === 'approve-with-conditions') {
    if (decision.conditions.length === 0) return 'Add at least one condition to approve with.';
    const late = decision.conditions.find((condition) => condition.dueOn < today);
    if (late) return `The condition “${late.text}” is due in the past (${late.dueOn}).`;
  } else if (decision.conditions.length > 0) {
    return 'Conditions go with “Approve with conditions” only.';
  }
  if (decision.decision === 'request-changes' && decision.comment === '') {
    return 'Say what needs to change in the comment.';
  }
  if (decision.decision === 'reject' && decision.comment === '') {
    return 'Say why you reject in the comment.';
  }
  return null;
}

/**
 * The checklist items of a gate that a cited file is attached to: a file
 * counts as an item's evidence only when it was attached to that item.
 */
export function citedItemIds(
  gateId: string,
  cited: readonly { id: string }[],
  evidence: readonly { id: string; target: EvidenceTarget }[],
): Set<string> {
  const citedIds = new Set(cited.map((c) => c.id));
  const items = new Set<string>();
  for (const row of evidence) {
    if (
      citedIds.has(row.id) &&
      row.target.kind === 'checklist-item' &&
      row.target.gateId === gateId
    )
      items.add(row.target.itemId);
  }
  return items;
}
