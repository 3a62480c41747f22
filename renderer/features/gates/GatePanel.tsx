import { useId, useState } from 'react';
import type { Initiative } from '../../../shared/domain/initiative';
import { STAGE_LABELS } from '../../../shared/domain/initiative';
import type { Member } from '../../../shared/domain/member';
import { rolesGrant } from '../../../shared/domain/permissions';
import type { GateEvaluation } from '../../../shared/gates/evaluateGate';
import { FUNCTION_ROLES, type ReviewFunction } from '../../../shared/gates/functions';
import { GATE_OVERRIDE_RECORD_KIND } from '../../../shared/gates/gate';
import { overrideContent } from '../../../shared/gates/gate';
import { hashCanonical } from '../../../shared/crypto/sha256';
import type { Risk } from '../../../shared/risk/record';
import { useMember } from '../../app/WorkspaceContext';
import { Dialog } from '../../ui/Dialog';
import { SignatureBadge } from '../signing/SignatureBadge';
import { ConditionsList } from './ConditionsList';
import { GateActions } from './GateActions';
import { GateStatusBadge } from './gateStatusBadge';
import { GateTimeline } from './GateTimeline';
import { ReviewForm } from './ReviewForm';
import { SignoffCard } from './SignoffCard';

/**
 * One gate: its outcome in words, each function's status, the sign-offs with
 * their manifestations, conditions, and the gate's timeline.
 */
export function GatePanel(props: {
  evaluation: GateEvaluation;
  initiative: Initiative;
  members: Map<string, Member>;
  untreatedRisks: readonly Risk[];
}) {
  const { evaluation, initiative, members, untreatedRisks } = props;
  const { gate, outcome } = evaluation;
  const member = useMember();
  const headingId = useId();
  const [reviewing, setReviewing] = useState<ReviewFunction | null>(null);
  const live = gate.withdrawal === null;
  const ownCurrent = (fn: ReviewFunction) =>
    evaluation.signoffs.find(
      (v) => v.current && v.signoff.reviewerId === member.id && v.signoff.function === fn,
    );
  const canReview = (fn: ReviewFunction) => {
    if (!live || !member.roles.includes(FUNCTION_ROLES[fn])) return false;
    const own = ownCurrent(fn);
    if (gate.usedAt !== null) return own?.standing.stale === true || own?.standing.expired === true;
    return true;
  };
  const override = gate.override;
  const overrider = override ? members.get(override.by) : undefined;
  return (
    <article className="card gate-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {gate.template.name}{' '}
        <span className="muted small">
          ({gate.template.fromStages.map((s) => STAGE_LABELS[s]).join(' or ')} →{' '}
          {STAGE_LABELS[gate.template.toStage]}, template version {gate.template.version})
        </span>
      </h2>
      <p>
        <GateStatusBadge status={outcome.status} />{' '}
        <span className="muted">
          Opened by {members.get(gate.openedBy)?.name ?? 'Unknown member'} on{' '}
          {gate.openedAt.slice(0, 10)}
          {gate.usedAt &&
            ` · used to enter ${STAGE_LABELS[gate.template.toStage]} on ${gate.usedAt.slice(0, 10)}`}
        </span>
      </p>
      <ul className="plain-list" aria-label="Outcome">
        {outcome.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {live && gate.usedAt === null && untreatedRisks.length > 0 && (
        <div className="alert alert-warning" role="note" aria-label="Untreated risks">
          <p>
            {untreatedRisks.length === 1
              ? '1 high or critical risk has no treatment in place'
              : `${String(untreatedRisks.length)} high or critical risks have no treatment in place`}
            , which counts against readiness for this gate:
          </p>
          <ul>
            {untreatedRisks.map((risk) => (
              <li key={risk.id}>{risk.title}</li>
            ))}
          </ul>
        </div>
      )}
      {override && (
        <div className="alert alert-warning" role="note" aria-label="Administrator override">
          <p>
            <strong>Overridden</strong> by {overrider?.name ?? 'an administrator'}:{' '}
            {override.justification}
          </p>
          <SignatureBadge
            signature={override.signature}
            keys={overrider?.keys ?? []}
            expected={{
              recordKind: GATE_OVERRIDE_RECORD_KIND,
              recordId: gate.id,
              contentHash: hashCanonical(overrideContent(gate, override.justification)),
              signerId: override.by,
            }}
          />
        </div>
      )}
      {gate.withdrawal && (
        <p className="muted">
          Withdrawn by {members.get(gate.withdrawal.by)?.name ?? 'Unknown member'}:{' '}
          {gate.withdrawal.reason}
        </p>
      )}
      <table className="table">
        <caption>Functions</caption>
        <thead>
          <tr>
            <th scope="col">Function</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {outcome.functions.map((fn) => (
            <tr key={fn.function}>
              <th scope="row">{fn.label}</th>
              <td>
                {fn.summary}
                {fn.met && <span className="badge badge-ok">Met</span>}
              </td>
              <td>
                {canReview(fn.function) && (
                  <button type="button" onClick={() => setReviewing(fn.function)}>
                    Review for {fn.label}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {evaluation.signoffs.length > 0 && (
        <section aria-label="Sign-offs">
          <h3>Sign-offs</h3>
          <ul className="plain-list">
            {evaluation.signoffs.map((view) => (
              <SignoffCard
                key={view.signoff.id}
                view={view}
                reviewer={members.get(view.signoff.reviewerId)}
              />
            ))}
          </ul>
        </section>
      )}
      <ConditionsList
        signoffs={evaluation.signoffs.filter((v) => v.current).map((v) => v.signoff)}
        members={members}
      />
      <details>
        <summary>Timeline</summary>
        <GateTimeline evaluation={evaluation} members={members} />
      </details>
      {live && gate.usedAt === null && (
        <GateActions
          evaluation={evaluation}
          initiative={initiative}
          canManage={rolesGrant(member.roles, 'gate.open')}
          canOverride={rolesGrant(member.roles, 'gate.override')}
        />
      )}
      <Dialog
        title={`${gate.template.name}: review for ${reviewing ? (outcome.functions.find((f) => f.function === reviewing)?.label ?? '') : ''}`}
        open={reviewing !== null}
        onClose={() => setReviewing(null)}
      >
        {reviewing && (
          <ReviewForm
            evaluation={evaluation}
            initiative={initiative}
            fn={reviewing}
            members={[...members.values()]}
            onDone={() => setReviewing(null)}
          />
        )}
      </Dialog>
    </article>
  );
}
