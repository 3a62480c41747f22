import type { MemberKey } from '../../../shared/auth/memberKey';
import {
  SIGNATURE_MEANING_LABELS,
  verifySignature,
  type ElectronicSignature,
} from '../../../shared/auth/signature';
import { formatFingerprint } from '../../../shared/auth/credential';

interface Props {
  signature: ElectronicSignature;
  keys: readonly MemberKey[];
  expected: { recordKind: string; recordId: string; contentHash: string; signerId?: string };
}

/** "2026-11-22T10:15:00.000+01:00" → "2026-11-22 10:15 (UTC+01:00)": the signer's own clock. */
export function formatSignedAt(signedAt: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)([+-]\d{2}:\d{2})$/.exec(
    signedAt,
  );
  return match ? `${match[1] ?? ''} ${match[2] ?? ''} (UTC${match[3] ?? ''})` : signedAt;
}

/** The signature's manifestation (name, date and time with zone, meaning) and whether it verifies. */
export function SignatureBadge({ signature, keys, expected }: Props) {
  const check = verifySignature(signature, keys, expected);
  return (
    <span className="signature">
      <span>
        Signed by <strong>{signature.printedName}</strong>, {formatSignedAt(signature.signedAt)},{' '}
        {SIGNATURE_MEANING_LABELS[signature.meaning]}
      </span>{' '}
      {check.ok ? (
        <span
          className="badge badge-ok"
          title={`Key ${formatFingerprint(signature.keyFingerprint)}`}
        >
          Verified
        </span>
      ) : (
        <span className="badge badge-error" title={check.message}>
          Not verified: {check.message}
        </span>
      )}
    </span>
  );
}
