import { useState, type SubmitEvent } from 'react';
import type { Initiative } from '../../../shared/domain/initiative';
import type { Member } from '../../../shared/domain/member';
import type { GateEvaluation } from '../../../shared/gates/evaluateGate';
import { REVIEW_FUNCTION_LABELS, type ReviewFunction } from '../../../shared/gates/functions';
import { segregationProblem } from '../../../shared/gates/segregation';
import {
  ANSWERS,
  ANSWER_LABELS,
  DECISIONS,
  DECISION_LABELS,
  type AnswerValue,
  type Condition,
  type Decision,
  type SignoffDecision,
} from '../../../shared/gates/signoff';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { CommandError } from '../../db/commands/commandError';
import { execute } from '../../db/commands/defineCommand';
import { recordSignoff } from '../../db/commands/recordSignoff';
import { newId } from '../../db/ids';
import { isCurrentEvidence } from '../../../shared/evidence/record';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AttachEvidence } from '../evidence/AttachEvidence';
import { CiteEvidence } from '../evidence/CiteEvidence';
import { useInitiativeEvidence } from '../evidence/useEvidence';
import { Field } from '../../ui/Field';
import { useSigner } from '../signing/SigningProvider';
import { ChangesSince } from './ChangesSince';
import { ConditionsEditor } from './ConditionsEditor';
import { formProblem, signoffSigningRequest } from './signoffActions';

interface AnswerState {
  answer: AnswerValue | null;
  note: string;
  evidence: string;
}

/**
 * A reviewer answers their function's checklist, records a decision with any
 * conditions, and signs it. Nothing is asked of the passphrase until the
 * decision is complete.
 */
export function ReviewForm(props: {
  evaluation: GateEvaluation;
  initiative: Initiative;
  fn: ReviewFunction;
  members: readonly Member[];
  onDone: () => void;
}) {
  const { evaluation, initiative, fn, members, onDone } = props;
  const { db } = useWorkspace();
  const member = useMember();
  const requestSignature = useSigner();
  const requirement = evaluation.requirements.find((r) => r.function === fn);
  const own = evaluation.signoffs.find(
    (v) => v.current && v.signoff.reviewerId === member.id && v.signoff.function === fn,
  );
  const [answers, setAnswers] = useState<Record<string, AnswerState>>(() =>
    Object.fromEntries(
      (requirement?.items ?? []).map((item) => {
        const previous = own?.signoff.answers.find((a) => a.itemId === item.id);
        return [
          item.id,
          {
            answer: previous?.answer ?? null,
            note: previous?.note ?? '',
            evidence: previous?.evidence ?? '',
          },
        ];
      }),
    ),
  );
  const [decision, setDecision] = useState<Decision | null>(null);
  const [comment, setComment] = useState('');
  const [conditions, setConditions] = useState<Condition[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const evidence = useInitiativeEvidence(initiative.id);
  const [cited, setCited] = useState<Set<string>>(
    () => new Set(own?.signoff.evidence.map((c) => c.id) ?? []),
  );

  if (!requirement)
    return <p role="alert">This gate does not need a sign-off for this function.</p>;
  const fnLabel = REVIEW_FUNCTION_LABELS[fn];
  const refusal = segregationProblem({
    reviewer: member,
    fn,
    initiative,
    gate: evaluation.gate,
    signoffs: evaluation.signoffs.filter((v) => v.current).map((v) => v.signoff),
  });

  const update = (itemId: string, patch: Partial<AnswerState>) =>
    setAnswers((all) => ({ ...all, [itemId]: { ...(all[itemId] as AnswerState), ...patch } }));

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setError(null);
    if (!decision) {
      setError('Choose a decision.');
      return;
    }
    const draft: SignoffDecision = {
      function: fn,
      decision,
      answers: Object.entries(answers).flatMap(([itemId, a]) =>
        a.answer === null
          ? []
          : [{ itemId, answer: a.answer, note: a.note.trim(), evidence: a.evidence.trim() }],
      ),
      comment: comment.trim(),
      conditions: decision === 'approve-with-conditions' ? conditions : [],
      evidence: (evidence ?? [])
        .filter((e) => cited.has(e.id) && isCurrentEvidence(e))
        .map((e) => ({ id: e.id, sha256: e.sha256 })),
    };
    const problem = formProblem(evaluation, draft, evidence ?? []);
    if (problem) {
      setError(problem);
      return;
    }
    const signoffId = newId();
    const signature = await requestSignature(
      signoffSigningRequest({
        signoffId,
        evaluation,
        initiativeTitle: initiative.title,
        decision: draft,
        evidenceNames: new Map((evidence ?? []).map((e) => [e.id, e.name])),
      }),
    );
    if (!signature) return;
    setPending(true);
    try {
      await execute(
        db,
        recordSignoff,
        {
          signoffId,
          gateId: evaluation.gate.id,
          decision: draft,
          reviewedStateHash: evaluation.currentStateHash,
          signature,
        },
        { memberId: member.id },
      );
      onDone();
    } catch (e) {
      setError(e instanceof CommandError || e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label={`${fnLabel} review`} noValidate>
      {refusal && (
        <p role="alert" className="alert alert-error">
          You cannot sign this review: {refusal}
        </p>
      )}
      {own && own.changes.length > 0 && (
        <ChangesSince changes={own.changes} heading="Changed since you signed" />
      )}
      <fieldset className="checklist">
        <legend>{fnLabel} checklist</legend>
        {requirement.items.map((item, index) => {
          const state = answers[item.id] as AnswerState;
          const number = String(index + 1);
          return (
            <fieldset key={item.id} className="checklist-item">
              <legend>{item.text}</legend>
              {item.evidenceRequired && <span className="badge">Evidence required</span>}
              {item.guidance && <p className="muted">{item.guidance}</p>}
              <p className="muted small">
                {[...item.refs.euAiAct, ...item.refs.nistAiRmf, ...item.refs.iso42001].join(' · ')}
              </p>
              <div className="radio-row">
                {ANSWERS.map((value) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name={`answer-${item.id}`}
                      checked={state.answer === value}
                      onChange={() => update(item.id, { answer: value })}
                    />{' '}
                    {ANSWER_LABELS[value]}
                  </label>
                ))}
              </div>
              <div className="inline-fields">
                <label>
                  Item {number} note
                  <span className="visually-hidden"> ({item.text})</span>
                  <input
                    value={state.note}
                    onChange={(e) => update(item.id, { note: e.target.value })}
                    placeholder={state.answer === 'not-applicable' ? 'Why it does not apply' : ''}
                  />
                </label>
                <label>
                  Item {number} evidence
                  <span className="visually-hidden"> ({item.text})</span>
                  <input
                    value={state.evidence}
                    onChange={(e) => update(item.id, { evidence: e.target.value })}
                    placeholder="Document name or location"
                  />
                </label>
              </div>
              <AttachEvidence
                initiativeId={initiative.id}
                target={{ kind: 'checklist-item', gateId: evaluation.gate.id, itemId: item.id }}
                targetLabel={item.text}
                label={`Attach a file for item ${number}`}
                onAttached={(added) => setCited((all) => new Set(all).add(added.id))}
              />
            </fieldset>
          );
        })}
      </fieldset>
      <CiteEvidence
        initiativeId={initiative.id}
        gateId={evaluation.gate.id}
        gateName={evaluation.gate.template.name}
        evidence={evidence ?? []}
        cited={cited}
        onChange={setCited}
      />
      <Field label="Comment">
        {(p) => (
          <textarea {...p} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        )}
      </Field>
      <fieldset>
        <legend>Decision</legend>
        <div className="radio-row">
          {DECISIONS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="decision"
                checked={decision === value}
                onChange={() => setDecision(value)}
              />{' '}
              {DECISION_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      {decision === 'approve-with-conditions' && (
        <ConditionsEditor conditions={conditions} members={members} onChange={setConditions} />
      )}
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" disabled={pending || refusal !== null}>
          Sign decision
        </button>
      </div>
    </form>
  );
}
