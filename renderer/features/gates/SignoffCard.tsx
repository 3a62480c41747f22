import type { Member } from '../../../shared/domain/member';
import type { SignoffView } from '../../../shared/gates/evaluateGate';
import { REVIEW_FUNCTION_LABELS } from '../../../shared/gates/functions';
import {
  DECISION_LABELS,
  SIGNOFF_RECORD_KIND,
  signedContentOf,
  signoffContentHash,
} from '../../../shared/gates/signoff';
import { CitedEvidenceList } from '../evidence/CitedEvidenceList';
import { SignatureBadge } from '../signing/SignatureBadge';
import { ChangesSince } from './ChangesSince';

/**
 * One sign-off with its manifestation (printed name, date and time with
 * zone, meaning) and whether the signature verifies over the stored content:
 * an edited decision shows as not verified.
 */
export function SignoffCard({
  view,
  reviewer,
}: {
  view: SignoffView;
  reviewer: Member | undefined;
}) {
  const { signoff, standing } = view;
  const flags: string[] = [];
  if (!view.current) flags.push('Superseded');
  if (standing.stale) flags.push('Stale');
  if (standing.expired) flags.push('Expired');
  return (
    <li className="signoff">
      <p>
        <strong>{REVIEW_FUNCTION_LABELS[signoff.function]}</strong>:{' '}
        {DECISION_LABELS[signoff.decision]}
        {flags.map((flag) => (
          <span key={flag} className="badge badge-warning">
            {flag}
          </span>
        ))}
      </p>
      <SignatureBadge
        signature={signoff.signature}
        keys={reviewer?.keys ?? []}
        expected={{
          recordKind: SIGNOFF_RECORD_KIND,
          recordId: signoff.id,
          contentHash: signoffContentHash(signedContentOf(signoff)),
          signerId: signoff.reviewerId,
        }}
      />
      {signoff.comment && <p className="quote">“{signoff.comment}”</p>}
      <CitedEvidenceList initiativeId={signoff.initiativeId} cited={signoff.evidence} />
      {view.current && standing.stale && view.changes.length > 0 && (
        <ChangesSince
          changes={view.changes}
          heading={`Changed since ${standing.reviewerName} signed`}
        />
      )}
    </li>
  );
}
