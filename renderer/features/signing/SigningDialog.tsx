import { useState, type SubmitEvent } from 'react';
import {
  SIGNATURE_MEANING_EXPLANATIONS,
  SIGNATURE_MEANING_LABELS,
  type ElectronicSignature,
} from '../../../shared/auth/signature';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { useSession } from '../../state/sessionStore';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { produceSignature } from './produceSignature';
import type { SigningRequest } from './signingRequest';

interface Props {
  request: SigningRequest | null;
  onSigned: (signature: ElectronicSignature) => void;
  onCancel: () => void;
}

/**
 * The signing ceremony: what is signed, what the signature means and in whose
 * name, then the passphrase (21 CFR 11.50 and 11.200).
 */
export function SigningDialog({ request, onSigned, onCancel }: Props) {
  return (
    <Dialog
      title={request ? `Sign: ${request.title}` : 'Sign'}
      open={request !== null}
      onClose={onCancel}
    >
      {request && <SigningForm request={request} onSigned={onSigned} onCancel={onCancel} />}
    </Dialog>
  );
}

function SigningForm({
  request,
  onSigned,
  onCancel,
}: { request: SigningRequest } & Omit<Props, 'request'>) {
  const { db, workspace } = useWorkspace();
  const member = useMember();
  const sessionKey = useSession((s) =>
    s.signingKey?.memberId === member.id ? s.signingKey.secretKey : null,
  );
  const keepSigningKey = useSession((s) => s.keepSigningKey);
  const reuseKey = workspace.settings.signingReauth === 'first-in-session' && sessionKey !== null;
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { signature, secretKey } = await produceSignature({
        db,
        member,
        request,
        passphrase: reuseKey ? null : passphrase,
        sessionKey: reuseKey ? sessionKey : null,
      });
      if (workspace.settings.signingReauth === 'first-in-session')
        keepSigningKey(member.id, secretKey);
      else secretKey.fill(0);
      onSigned(signature);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPending(false);
      setPassphrase('');
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label="Sign">
      <section aria-label="What you are signing" className="signing-details">
        {request.details.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <dl className="detail-list">
        <dt>Meaning of this signature</dt>
        <dd>
          <strong>{SIGNATURE_MEANING_LABELS[request.meaning]}</strong> —{' '}
          {SIGNATURE_MEANING_EXPLANATIONS[request.meaning]}
        </dd>
        <dt>Signed by</dt>
        <dd>{member.name}</dd>
        <dt>Date and time</dt>
        <dd>Added when you sign, with your time zone.</dd>
      </dl>
      {reuseKey ? (
        <p className="muted">
          You signed earlier in this session, so your passphrase is not asked again.
        </p>
      ) : (
        <Field label="Passphrase" hint="Your passphrase is required to sign.">
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
      )}
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={pending || (!reuseKey && passphrase.length === 0)}>
          {pending ? 'Signing…' : 'Sign'}
        </button>
      </div>
    </form>
  );
}
