import { useState } from 'react';
import {
  CERTIFICATION_RECORD_KIND,
  CERTIFICATION_STATEMENT,
  certificationContentHash,
} from '../../../shared/auth/certification';
import { currentKey } from '../../../shared/auth/memberKey';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { certifySignature } from '../../db/commands/certifySignature';
import { execute } from '../../db/commands/defineCommand';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSigner } from './SigningProvider';

/** Asks a member who has not yet certified their electronic signature to do so, once. */
export function CertificationBanner() {
  const { db, workspace } = useWorkspace();
  const member = useMember();
  const requestSignature = useSigner();
  const [error, setError] = useState<string | null>(null);
  if (member.certification || !currentKey(member.keys)) return null;

  async function certify() {
    setError(null);
    const signature = await requestSignature({
      recordKind: CERTIFICATION_RECORD_KIND,
      recordId: member.id,
      contentHash: certificationContentHash(member.id, workspace.id),
      meaning: 'responsibility',
      title: 'Certification of your electronic signature',
      details: [CERTIFICATION_STATEMENT],
    });
    if (!signature) return;
    try {
      await execute(db, certifySignature, { signature }, { memberId: member.id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section aria-label="Signature certification" className="banner">
      <p>
        Before you sign decisions, certify that your electronic signature binds you like your
        handwritten one.
      </p>
      <button type="button" onClick={() => void certify()}>
        Certify my signature
      </button>
      <ErrorAlert message={error} />
    </section>
  );
}
