import { hashCanonical } from '../crypto/sha256';
import { STAGE_LABELS, type Initiative } from '../domain/initiative';
import { conditionsOf } from '../gates/conditions';
import { evaluateGate, type GateEvaluation } from '../gates/evaluateGate';
import { REVIEW_FUNCTION_LABELS } from '../gates/functions';
import { overrideContent } from '../gates/gate';
import { GATE_STATUS_LABELS } from '../gates/outcome';
import {
  DECISION_LABELS,
  ANSWER_LABELS,
  signedContentOf,
  signoffContentHash,
} from '../gates/signoff';
import type { Signoff } from '../gates/signoff';
import { verifyGateSignatures } from '../gates/verifyGateSignatures';
import type { Risk } from '../risk/record';
import { fingerprintText, manifestation, type PackScope } from './common';
import { counted } from './format';
import type {
  ConditionRow,
  GateRecord,
  GateRecordSection,
  SignoffRecord,
  Verification,
} from './model';

/** An initiative's gates as evaluated at generation time, oldest first, with signature checks. */
export interface InitiativeGates {
  evaluations: GateEvaluation[];
  /** Why a sign-off or override signature does not verify, by sign-off or gate id. */
  failures: ReadonlyMap<string, string>;
}

export function evaluateInitiativeGates(
  scope: PackScope,
  initiative: Initiative,
  risks: readonly Risk[],
): InitiativeGates {
  const { source } = scope;
  const gates = source.gates
    .filter((g) => g.initiativeId === initiative.id)
    .sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : 0));
  const signoffs = source.signoffs.filter((s) => s.initiativeId === initiative.id);
  const evaluations = gates.map((gate) =>
    evaluateGate({
      gate,
      signoffs: signoffs.filter((s) => s.gateId === gate.id),
      initiative,
      risks,
      memberName: scope.memberName,
      now: scope.now,
      approvalValidityMonths: source.workspace.settings.approvalValidityMonths,
    }),
  );
  const checked = verifyGateSignatures(gates, signoffs, source.members);
  const failures = new Map(checked.failures.map((f) => [f.id, f.message]));
  return { evaluations, failures };
}

function verification(failure: string | undefined, signerName: string): Verification {
  return failure === undefined
    ? {
        ok: true,
        text: `Verified: the Ed25519 signature matches the record as stored and ${signerName}’s key in use at the time.`,
      }
    : { ok: false, text: `NOT VERIFIED: ${failure}` };
}

/** Conditions of sign-offs as rows, with their status today. */
export function conditionRows(
  scope: PackScope,
  gateName: string,
  signoffs: readonly Signoff[],
): ConditionRow[] {
  return conditionsOf(signoffs, scope.today).map((c) => {
    const signoff = signoffs.find((s) => s.id === c.signoffId);
    return {
      gate: gateName,
      function: signoff ? REVIEW_FUNCTION_LABELS[signoff.function] : '',
      text: c.text,
      owner: scope.memberName(c.ownerId),
      dueOn: c.dueOn,
      status: c.closure ? 'Closed' : c.overdue ? 'Overdue' : 'Open',
      closure: c.closure
        ? `Closed by ${scope.memberName(c.closure.closedBy)} on ${scope.instant(c.closure.closedAt)}${c.closure.note ? `: ${c.closure.note}` : ''}`
        : '',
    };
  });
}

function signoffRecord(
  scope: PackScope,
  evaluation: GateEvaluation,
  view: GateEvaluation['signoffs'][number],
  failures: ReadonlyMap<string, string>,
): SignoffRecord {
  const { signoff, standing } = view;
  const items = new Map(
    evaluation.gate.template.functions.flatMap((fn) =>
      fn.items.map((item) => [item.id, item.text]),
    ),
  );
  const flags: string[] = [];
  if (!view.current) flags.push('Superseded');
  if (standing.stale) flags.push('Stale');
  if (standing.expired) flags.push('Expired');
  const standingText = [
    !view.current
      ? 'SUPERSEDED: the same reviewer signed again for this function later; this sign-off no longer counts.'
      : null,
    standing.stale
      ? 'STALE: the initiative’s material fields or risk register changed after this was signed, so it counts for nothing until signed again.'
      : null,
    standing.expired
      ? `EXPIRED: this approval is older than the workspace’s approval validity of ${counted(scope.source.workspace.settings.approvalValidityMonths, 'month')} for an initiative in production.`
      : null,
  ].filter((t): t is string => t !== null);
  const reviewer = scope.memberName(signoff.reviewerId);
  return {
    id: signoff.id,
    function: REVIEW_FUNCTION_LABELS[signoff.function],
    reviewer,
    decision: DECISION_LABELS[signoff.decision],
    manifestation: manifestation(signoff.signature),
    recordedAt: scope.instant(signoff.recordedAt),
    flags,
    standing: standingText.length > 0 ? standingText.join(' ') : 'Current: this sign-off counts.',
    changes:
      view.current && standing.stale
        ? view.changes.map(({ label, before, after }) => ({ label, before, after }))
        : [],
    comment: signoff.comment,
    answers: signoff.answers.map((a) => ({
      item: items.get(a.itemId) ?? a.itemId,
      answer: ANSWER_LABELS[a.answer],
      note: a.note,
      evidence: a.evidence,
    })),
    conditions: conditionRows(scope, evaluation.gate.template.name, [signoff]),
    keyFingerprint: fingerprintText(signoff.signature.keyFingerprint),
    verification: verification(failures.get(signoff.id), reviewer),
    contentHash: signoffContentHash(signedContentOf(signoff)),
    reviewedStateHash: signoff.reviewedStateHash,
  };
}

export function gateRecord(
  scope: PackScope,
  evaluation: GateEvaluation,
  failures: ReadonlyMap<string, string>,
): GateRecord {
  const { gate, outcome } = evaluation;
  const { template } = gate;
  const transition = `${template.fromStages.map((s) => STAGE_LABELS[s]).join(' or ')} → ${STAGE_LABELS[template.toStage]}`;
  const override = gate.override;
  const overrider = override ? scope.memberName(override.by) : '';
  const signoffs = [...evaluation.signoffs].sort((a, b) =>
    a.signoff.recordedAt < b.signoff.recordedAt
      ? -1
      : a.signoff.recordedAt > b.signoff.recordedAt
        ? 1
        : 0,
  );
  return {
    id: gate.id,
    name: template.name,
    transition,
    facts: [
      { label: 'Transition', value: transition },
      {
        label: 'Template',
        value: `${template.name} (${template.id}), version ${String(template.version)}`,
      },
      {
        label: 'Opened',
        value: `${scope.instant(gate.openedAt)} by ${scope.memberName(gate.openedBy)}`,
      },
      ...(gate.note ? [{ label: 'Note', value: gate.note }] : []),
      {
        label: 'Used for the stage change',
        value: gate.usedAt ? scope.instant(gate.usedAt) : 'Not used yet',
      },
      { label: 'Status', value: GATE_STATUS_LABELS[outcome.status] },
      ...(outcome.status !== outcome.underlying
        ? [{ label: 'What the sign-offs alone say', value: GATE_STATUS_LABELS[outcome.underlying] }]
        : []),
    ],
    status: outcome.status,
    statusLabel: GATE_STATUS_LABELS[outcome.status],
    explanation: outcome.explanation,
    override: override
      ? {
          by: overrider,
          at: scope.instant(override.at),
          justification: override.justification,
          manifestation: manifestation(override.signature),
          keyFingerprint: fingerprintText(override.signature.keyFingerprint),
          verification: verification(failures.get(gate.id), overrider),
        }
      : null,
    withdrawal: gate.withdrawal
      ? {
          by: scope.memberName(gate.withdrawal.by),
          at: scope.instant(gate.withdrawal.at),
          reason: gate.withdrawal.reason,
        }
      : null,
    functions: outcome.functions.map((f) => ({
      function: f.label,
      quorum: f.quorum,
      met: f.met,
      summary: f.summary,
    })),
    signoffs: signoffs.map((view) => signoffRecord(scope, evaluation, view, failures)),
  };
}

export function gateRecordSection(scope: PackScope, gates: InitiativeGates): GateRecordSection {
  const records = gates.evaluations.map((e) => gateRecord(scope, e, gates.failures));
  const signoffs = records.reduce((n, g) => n + g.signoffs.length, 0);
  const overridden = records.filter((g) => g.override !== null).length;
  return {
    statement:
      records.length === 0
        ? 'No gate review has been opened for this initiative: nothing has been signed.'
        : `${counted(records.length, 'gate review')} with ${counted(signoffs, 'sign-off')}${overridden > 0 ? `, ${counted(overridden, 'administrator override')}` : ''}. Each sign-off shows its manifestation as signed (printed name, date and time with the signer’s UTC offset, meaning), the result of verifying its signature at export, and whether it still counts.`,
    gates: records,
  };
}

/** Hashes an auditor may want beside each override: what its signature covers. */
export function overrideContentHash(evaluation: GateEvaluation): string | null {
  const { gate } = evaluation;
  return gate.override ? hashCanonical(overrideContent(gate, gate.override.justification)) : null;
}
