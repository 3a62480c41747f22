import { useEffect, useId, useRef } from 'react';
import type { Member } from '../../../shared/domain/member';
import { RISK_CATEGORY_LABELS, TREATMENT_LABELS } from '../../../shared/domain/risk';
import {
  ACCEPTANCE_STATUS_LABELS,
  RISK_ACCEPTANCE_RECORD_KIND,
  acceptanceContentHash,
} from '../../../shared/risk/acceptance';
import { CONTROL_STATUS_LABELS, isControlOverdue } from '../../../shared/risk/controls';
import type { RiskMatrix } from '../../../shared/risk/matrix';
import { RiskEvidence } from '../evidence/RiskEvidence';
import { SignatureBadge } from '../signing/SignatureBadge';
import { AcceptRisk, EditRisk, RecordReview } from './RiskActions';
import { RiskHistory } from './RiskHistory';
import { acceptanceWanted, scoreText, type RiskRow } from './riskRows';

interface Props {
  row: RiskRow;
  matrix: RiskMatrix;
  members: readonly Member[];
  canManage: boolean;
  today: string;
  onClose: () => void;
}

/** One risk in full: its fields, controls, acceptance with its signature, actions and history. */
export function RiskDetail({ row, matrix, members, canManage, today, onClose }: Props) {
  const { risk, standing } = row;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const byId = new Map(members.map((m) => [m.id, m]));
  const memberName = (id: string) => byId.get(id)?.name ?? 'Unknown member';
  const acceptance = risk.acceptance;
  const signer = acceptance ? byId.get(acceptance.signature.signerId) : undefined;

  // Opening a risk moves focus to it, so keyboard and screen-reader users land on what they chose.
  useEffect(() => {
    headingRef.current?.focus();
  }, [risk.id]);

  return (
    <section className="card risk-detail" aria-labelledby={headingId}>
      <div className="screen-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {risk.title}
        </h2>
        <button type="button" className="button-quiet" onClick={onClose}>
          Close details
        </button>
      </div>
      {risk.description && <p>{risk.description}</p>}
      <dl className="summary-list">
        <dt>Category</dt>
        <dd>{RISK_CATEGORY_LABELS[risk.category]}</dd>
        <dt>Owner</dt>
        <dd>{memberName(risk.ownerId)}</dd>
        <dt>Cause</dt>
        <dd>{risk.cause || 'Not recorded'}</dd>
        <dt>Consequence</dt>
        <dd>{risk.consequence || 'Not recorded'}</dd>
        <dt>Inherent</dt>
        <dd>
          Likelihood {risk.inherent.likelihood} × impact {risk.inherent.impact}:{' '}
          {scoreText(standing.inherentScore, standing.inherentBand)}
        </dd>
        <dt>Residual</dt>
        <dd>
          Likelihood {risk.residual.likelihood} × impact {risk.residual.impact}:{' '}
          {scoreText(standing.residualScore, standing.residualBand)}
        </dd>
        <dt>Treatment</dt>
        <dd>{TREATMENT_LABELS[risk.treatment]}</dd>
        <dt>Next review</dt>
        <dd>
          {standing.nextReviewOn ?? 'Not scheduled (rating outside the matrix)'}
          {standing.reviewOverdue && <span className="badge badge-warning">Overdue</span>}
        </dd>
        <dt>Acceptance</dt>
        <dd>{ACCEPTANCE_STATUS_LABELS[standing.acceptance]}</dd>
      </dl>

      {acceptance && (
        <div className="risk-acceptance">
          <h3>Signed acceptance</h3>
          <p>
            <SignatureBadge
              signature={acceptance.signature}
              keys={signer?.keys ?? []}
              expected={{
                recordKind: RISK_ACCEPTANCE_RECORD_KIND,
                recordId: risk.id,
                contentHash: acceptanceContentHash({
                  riskId: risk.id,
                  title: risk.title,
                  residual: acceptance.residual,
                  treatment: risk.treatment,
                  expiresOn: acceptance.expiresOn,
                }),
                signerId: acceptance.signature.signerId,
              }}
            />
          </p>
          <p>
            {standing.acceptance === 'expired'
              ? `Expired on ${acceptance.expiresOn}: the risk needs a new acceptance.`
              : `Expires on ${acceptance.expiresOn}.`}{' '}
            Accepted residual rating: likelihood {acceptance.residual.likelihood} × impact{' '}
            {acceptance.residual.impact}.
          </p>
        </div>
      )}

      <h3>Controls</h3>
      {risk.controls.length === 0 ? (
        <p className="muted">No controls recorded.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Controls of {risk.title}</caption>
          <thead>
            <tr>
              <th scope="col">Control</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {risk.controls.map((control) => (
              <tr key={control.id}>
                <td>{control.description}</td>
                <td>{memberName(control.ownerId)}</td>
                <td>
                  {control.dueDate ?? 'No due date'}
                  {isControlOverdue(control, today) && (
                    <span className="badge badge-warning">Overdue</span>
                  )}
                </td>
                <td>{CONTROL_STATUS_LABELS[control.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Evidence</h3>
      <RiskEvidence risk={risk} canManage={canManage} />

      <div className="button-row risk-actions">
        {canManage && <EditRisk risk={risk} matrix={matrix} members={members} />}
        {canManage && <RecordReview risk={risk} />}
        {acceptanceWanted(row) && <AcceptRisk risk={risk} matrix={matrix} today={today} />}
      </div>

      <h3>History</h3>
      <RiskHistory risk={risk} memberName={memberName} />
    </section>
  );
}
