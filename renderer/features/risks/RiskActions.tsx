import { useState, type SubmitEvent } from 'react';
import type { Member } from '../../../shared/domain/member';
import { TREATMENT_LABELS } from '../../../shared/domain/risk';
import {
  RISK_ACCEPTANCE_RECORD_KIND,
  acceptanceContentHash,
  expiryProblem,
} from '../../../shared/risk/acceptance';
import { BAND_LABELS, type RiskMatrix } from '../../../shared/risk/matrix';
import type { Risk } from '../../../shared/risk/record';
import { useCommand } from '../../app/useCommand';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { acceptRisk } from '../../db/commands/acceptRisk';
import {
  RISK_REVIEW_OUTCOMES,
  RISK_REVIEW_OUTCOME_LABELS,
  recordRiskReview,
} from '../../db/commands/recordRiskReview';
import { updateRisk } from '../../db/commands/updateRisk';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { useSigner } from '../signing/SigningProvider';
import { acceptanceRefusal } from './acceptanceRules';
import { RiskForm } from './RiskForm';
import { deriveRating, riskFormFromRisk, updateRiskInputFromForm } from './riskForm';
import { defaultAcceptanceExpiry } from './today';

/** Opens the risk editor on a stored risk; Save runs `updateRisk` with an optional reason. */
export function EditRisk(props: { risk: Risk; matrix: RiskMatrix; members: readonly Member[] }) {
  const { risk, matrix, members } = props;
  const [open, setOpen] = useState(false);
  const command = useCommand(updateRisk);
  const close = () => {
    setOpen(false);
    command.reset();
  };
  return (
    <>
      <button
        type="button"
        onClick={() => {
          command.reset();
          setOpen(true);
        }}
      >
        Edit risk
      </button>
      <Dialog title={`Edit “${risk.title}”`} open={open} onClose={close}>
        <RiskForm
          label="Edit risk"
          initial={riskFormFromRisk(risk)}
          matrix={matrix}
          members={members}
          withReason
          submitLabel="Save risk"
          pending={command.pending}
          error={command.error}
          fieldErrors={command.fieldErrors}
          onCancel={close}
          onSubmit={(form) => {
            void command.run(updateRiskInputFromForm(form, risk)).then((saved) => {
              if (saved) setOpen(false);
            });
          }}
        />
      </Dialog>
    </>
  );
}

/** Records that the risk was looked at: still valid, or changed with a note. */
export function RecordReview({ risk }: { risk: Risk }) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<(typeof RISK_REVIEW_OUTCOMES)[number]>('still-valid');
  const [note, setNote] = useState('');
  const command = useCommand(recordRiskReview);
  const close = () => {
    setOpen(false);
    command.reset();
  };
  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (await command.run({ riskId: risk.id, outcome, note })) {
      setOpen(false);
      setNote('');
      setOutcome('still-valid');
    }
  }
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          command.reset();
          setOpen(true);
        }}
      >
        Record review
      </button>
      <Dialog title={`Review “${risk.title}”`} open={open} onClose={close}>
        <form aria-label="Record review" noValidate onSubmit={(e) => void onSubmit(e)}>
          <p>
            Recording a review restarts the review cadence. If the risk itself changed, edit it too
            so its ratings and controls stay true.
          </p>
          <fieldset>
            <legend>Outcome</legend>
            <div className="radio-row">
              {RISK_REVIEW_OUTCOMES.map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name="risk-review-outcome"
                    checked={outcome === value}
                    onChange={() => setOutcome(value)}
                  />{' '}
                  {RISK_REVIEW_OUTCOME_LABELS[value]}
                </label>
              ))}
            </div>
          </fieldset>
          <Field
            label="Note"
            hint={outcome === 'changed' ? 'Say what changed.' : 'Optional.'}
            error={command.fieldErrors.note}
          >
            {(p) => (
              <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
          <ErrorAlert message={command.error} />
          <div className="form-actions">
            <button type="button" className="button-secondary" onClick={close}>
              Cancel
            </button>
            <button type="submit" disabled={command.pending}>
              Record review
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

/**
 * A member with the workspace's acceptance role signs the acceptance of a
 * residual risk above appetite, until an expiry date (six months by default).
 * Anyone else sees why they cannot, before being asked for a passphrase.
 */
export function AcceptRisk(props: { risk: Risk; matrix: RiskMatrix; today: string }) {
  const { risk, matrix, today } = props;
  const { workspace } = useWorkspace();
  const member = useMember();
  const requestSignature = useSigner();
  const command = useCommand(acceptRisk);
  const [open, setOpen] = useState(false);
  const [expiresOn, setExpiresOn] = useState(() => defaultAcceptanceExpiry(today));
  const [problem, setProblem] = useState<string | null>(null);
  const refusal = acceptanceRefusal(member, workspace.settings.acceptanceRole);
  const residual = deriveRating(matrix, risk.residual);

  const close = () => {
    setOpen(false);
    setProblem(null);
    command.reset();
  };

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setProblem(null);
    command.reset();
    if (refusal) {
      setProblem(refusal);
      return;
    }
    const expiry = expiryProblem(expiresOn, today);
    if (expiry) {
      setProblem(expiry);
      return;
    }
    const signature = await requestSignature({
      recordKind: RISK_ACCEPTANCE_RECORD_KIND,
      recordId: risk.id,
      contentHash: acceptanceContentHash({
        riskId: risk.id,
        title: risk.title,
        residual: risk.residual,
        treatment: risk.treatment,
        expiresOn,
      }),
      meaning: 'acceptance-of-risk',
      title: `Accept residual risk: ${risk.title}`,
      details: [
        `Risk: ${risk.title}`,
        `Residual rating: likelihood ${String(risk.residual.likelihood)} × impact ${String(risk.residual.impact)} (${residual.text}), above the appetite (${BAND_LABELS[matrix.appetite]})`,
        `Treatment: ${TREATMENT_LABELS[risk.treatment]}`,
        `Accepted until ${expiresOn}`,
      ],
    });
    if (!signature) return;
    if (await command.run({ riskId: risk.id, expiresOn, signature })) close();
  }

  return (
    <>
      <button
        type="button"
        onClick={() => {
          command.reset();
          setProblem(null);
          setExpiresOn(defaultAcceptanceExpiry(today));
          setOpen(true);
        }}
      >
        Accept residual risk
      </button>
      <Dialog title={`Accept “${risk.title}”`} open={open} onClose={close}>
        <form aria-label="Accept residual risk" noValidate onSubmit={(e) => void onSubmit(e)}>
          {refusal && (
            <p role="alert" className="alert alert-error">
              You cannot accept this risk: {refusal}
            </p>
          )}
          <dl className="detail-list">
            <dt>Residual rating</dt>
            <dd>
              Likelihood {risk.residual.likelihood} × impact {risk.residual.impact}: {residual.text}
            </dd>
            <dt>Risk appetite</dt>
            <dd>
              {BAND_LABELS[matrix.appetite]}: residual risk above it that is accepted needs a signed
              acceptance with an expiry.
            </dd>
          </dl>
          <Field
            label="Acceptance expires on"
            hint="The risk is flagged again on this date. At most three years from today."
          >
            {(p) => (
              <input
                {...p}
                type="date"
                value={expiresOn}
                onChange={(e) => setExpiresOn(e.target.value)}
              />
            )}
          </Field>
          <ErrorAlert message={problem ?? command.error} />
          <div className="form-actions">
            <button type="button" className="button-secondary" onClick={close}>
              Cancel
            </button>
            <button type="submit" disabled={command.pending || refusal !== null}>
              Sign acceptance
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
