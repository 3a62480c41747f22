import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { keyFingerprint } from '../auth/credential';
import { toHex } from '../auth/hex';
import type { MemberKey } from '../auth/memberKey';
import { signPayload, type SignaturePayload } from '../auth/signature';
import {
  acceptanceContentHash,
  acceptanceNeeded,
  acceptanceProblem,
  acceptanceStatus,
  expiryProblem,
  RISK_ACCEPTANCE_RECORD_KIND,
  riskAcceptanceSchema,
  type AcceptanceAttempt,
  type AcceptanceContent,
} from './acceptance';
import { DEFAULT_RISK_MATRIX } from './matrix';

const secret = ed25519.utils.randomSecretKey();
const publicKey = toHex(ed25519.getPublicKey(secret));
const key: MemberKey = {
  publicKey,
  fingerprint: keyFingerprint(publicKey),
  createdAt: '2026-01-01T00:00:00.000Z',
  retiredAt: null,
  retiredReason: null,
};
const signerId = '6f1c2a0e-8a57-4c1e-9d0b-2b1f4f7e9a10';
const riskId = '3d7e8f10-2b4c-4d5e-8f60-718293a4b5c6';
const otherRiskId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const high = { likelihood: 4, impact: 4 }; // critical on the default 5 × 5
const lower = { likelihood: 3, impact: 4 }; // high
const withinAppetite = { likelihood: 2, impact: 3 }; // medium

const content: AcceptanceContent = {
  riskId,
  title: 'Prompt injection through content the system reads',
  residual: high,
  treatment: 'accept',
  expiresOn: '2027-06-30',
};
const contentHash = acceptanceContentHash(content);

function payload(change: Partial<SignaturePayload> = {}): SignaturePayload {
  return {
    recordKind: RISK_ACCEPTANCE_RECORD_KIND,
    recordId: riskId,
    contentHash,
    meaning: 'acceptance-of-risk',
    signerId,
    printedName: 'Grace Adeyemi',
    keyFingerprint: key.fingerprint,
    signedAt: '2026-07-01T10:15:00.000+01:00',
    ...change,
  };
}

function sign(change: Partial<SignaturePayload> = {}) {
  return signPayload(secret, payload(change));
}

const attempt = (change: Partial<AcceptanceAttempt> = {}): AcceptanceAttempt => ({
  signerRoles: ['compliance-reviewer'],
  signature: sign(),
  riskId,
  expectedContentHash: contentHash,
  keyHistory: [key],
  signerId,
  expiresOn: content.expiresOn,
  today: '2026-07-01',
  ...change,
});

describe('when an acceptance is needed', () => {
  it('needs one only for residual risk above appetite with treatment accept', () => {
    expect(acceptanceNeeded(DEFAULT_RISK_MATRIX, { residual: high, treatment: 'accept' })).toBe(
      true,
    );
    expect(
      acceptanceNeeded(DEFAULT_RISK_MATRIX, { residual: withinAppetite, treatment: 'accept' }),
    ).toBe(false);
    for (const treatment of ['mitigate', 'transfer', 'avoid'] as const) {
      expect(acceptanceNeeded(DEFAULT_RISK_MATRIX, { residual: high, treatment })).toBe(false);
    }
  });
});

describe('acceptance status', () => {
  const risk = { residual: high, treatment: 'accept' as const };
  const acceptance = { expiresOn: '2027-06-30', residual: high };

  it('is not needed within appetite or under another treatment, even with an old acceptance', () => {
    const status = (r: typeof risk | { residual: typeof high; treatment: 'mitigate' }) =>
      acceptanceStatus(DEFAULT_RISK_MATRIX, r, acceptance, '2026-07-01');
    expect(status({ residual: high, treatment: 'mitigate' })).toBe('not-needed');
    expect(status({ residual: withinAppetite, treatment: 'accept' })).toBe('not-needed');
  });

  it('is missing when needed and absent', () => {
    expect(acceptanceStatus(DEFAULT_RISK_MATRIX, risk, null, '2026-07-01')).toBe('missing');
  });

  it('is valid until the day before it expires, and expired from that day', () => {
    const on = (today: string) => acceptanceStatus(DEFAULT_RISK_MATRIX, risk, acceptance, today);
    expect(on('2026-07-01')).toBe('valid');
    expect(on('2027-06-29')).toBe('valid');
    expect(on('2027-06-30')).toBe('expired');
    expect(on('2028-01-01')).toBe('expired');
    expect(on('2027-06-29T23:00:00.000-04:00')).toBe('valid');
  });

  it('is outdated when the residual rating changed since it was accepted', () => {
    expect(
      acceptanceStatus(
        DEFAULT_RISK_MATRIX,
        { residual: lower, treatment: 'accept' },
        acceptance,
        '2026-07-01',
      ),
    ).toBe('outdated');
    // Outdated wins over expired: what was accepted is not what is there now.
    expect(
      acceptanceStatus(
        DEFAULT_RISK_MATRIX,
        { residual: lower, treatment: 'accept' },
        acceptance,
        '2030-01-01',
      ),
    ).toBe('outdated');
  });
});

describe('recording an acceptance', () => {
  it('accepts a genuine signature by a compliance reviewer', () => {
    expect(acceptanceProblem(attempt())).toBeNull();
    expect(acceptanceProblem(attempt({ signerId: undefined }))).toBeNull();
  });

  it('refuses a signer without the required role', () => {
    expect(acceptanceProblem(attempt({ signerRoles: ['program-manager', 'auditor'] }))).toBe(
      'Grace Adeyemi does not hold the Compliance reviewer role, which this workspace requires to accept a risk.',
    );
  });

  it('uses the role the workspace names instead of the default', () => {
    const legal = attempt({ requiredRole: 'legal-reviewer' });
    expect(acceptanceProblem(legal)).toBe(
      'Grace Adeyemi does not hold the Legal reviewer role, which this workspace requires to accept a risk.',
    );
    expect(acceptanceProblem({ ...legal, signerRoles: ['legal-reviewer'] })).toBeNull();
  });

  it('refuses a signature with another meaning', () => {
    expect(acceptanceProblem(attempt({ signature: sign({ meaning: 'approval' }) }))).toBe(
      'The signature means “Approval”; accepting a risk needs a signature meaning “Acceptance of risk”.',
    );
  });

  it('refuses a signature made for another risk', () => {
    expect(acceptanceProblem(attempt({ signature: sign({ recordId: otherRiskId }) }))).toBe(
      'This signature was made for another risk; it cannot accept this one.',
    );
  });

  it('refuses a signature made for another kind of record', () => {
    expect(acceptanceProblem(attempt({ signature: sign({ recordKind: 'signoff' }) }))).toBe(
      'This signature was made for another kind of record, not a risk acceptance.',
    );
  });

  it('refuses a signature for an earlier version of this risk', () => {
    // The title changed after signing, so the expected hash no longer matches.
    const edited = acceptanceContentHash({ ...content, title: 'Prompt injection (revised)' });
    expect(acceptanceProblem(attempt({ expectedContentHash: edited }))).toMatch(
      /^This signature was made for a different version of this risk/,
    );
  });

  it('binds risk id, title, residual rating, treatment and expiry into the hash', () => {
    const changes: Partial<AcceptanceContent>[] = [
      { riskId: otherRiskId },
      { title: 'Other' },
      { residual: lower },
      { treatment: 'mitigate' },
      { expiresOn: '2027-07-01' },
    ];
    for (const change of changes) {
      expect(acceptanceContentHash({ ...content, ...change })).not.toBe(contentHash);
    }
    expect(acceptanceContentHash({ ...content })).toBe(contentHash);
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a signature by someone other than the accepting member', () => {
    expect(acceptanceProblem(attempt({ signerId: '0b9a7c1e-1111-4c1e-9d0b-2b1f4f7e9a10' }))).toBe(
      'This signature was made by someone other than the member accepting the risk.',
    );
  });

  it('refuses forged, tampered and malformed signatures', () => {
    // Signed with another key while claiming this member's key.
    const forged = signPayload(ed25519.utils.randomSecretKey(), payload());
    expect(acceptanceProblem(attempt({ signature: forged }))).toBe(
      'The signature does not match the signed content.',
    );
    // The printed name edited after signing.
    expect(acceptanceProblem(attempt({ signature: { ...sign(), printedName: 'Someone' } }))).toBe(
      'The signature does not match the signed content.',
    );
    expect(acceptanceProblem(attempt({ keyHistory: [] }))).toBe(
      'The signing key is not one of the signer’s keys.',
    );
    expect(acceptanceProblem(attempt({ signature: { ...sign(), signature: 'zz' } }))).toBe(
      'The signature is incomplete or malformed.',
    );
    expect(acceptanceProblem(attempt({ signature: null }))).toBe(
      'The signature is incomplete or malformed.',
    );
  });

  it('refuses an expiry that is not after today', () => {
    expect(acceptanceProblem(attempt({ today: '2027-06-30' }))).toBe(
      'The acceptance must expire after today (2027-06-30); 2027-06-30 has already come.',
    );
    expect(expiryProblem('2026-06-30', '2026-07-01')).toMatch(/must expire after today/);
  });

  it('refuses an expiry more than three years ahead', () => {
    expect(expiryProblem('2029-07-01', '2026-07-01')).toBeNull();
    expect(expiryProblem('2029-07-02', '2026-07-01')).toBe(
      'An acceptance can last at most 3 years: choose an expiry on or before 2029-07-01.',
    );
    // Three years from 29 February is 28 February.
    expect(expiryProblem('2031-03-01', '2028-02-29')).toMatch(/on or before 2031-02-28/);
    expect(acceptanceProblem(attempt({ today: '2024-06-29' }))).toBe(
      'An acceptance can last at most 3 years: choose an expiry on or before 2027-06-29.',
    );
  });

  it('refuses an expiry that is not a date', () => {
    expect(expiryProblem('2027-02-30', '2026-07-01')).toBe('Enter the expiry date as YYYY-MM-DD.');
    expect(expiryProblem('next year', '2026-07-01')).toBe('Enter the expiry date as YYYY-MM-DD.');
  });
});

describe('risk acceptance schema', () => {
  const stored = {
    signature: sign(),
    expiresOn: '2027-06-30',
    acceptedAt: '2026-07-01T09:15:00.000Z',
    residual: high,
  };

  it('parses a stored acceptance', () => {
    expect(riskAcceptanceSchema.parse(stored)).toEqual(stored);
  });

  it('refuses the wrong meaning, the wrong record kind or a bad expiry', () => {
    const issues = (input: unknown) => {
      const result = riskAcceptanceSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(issues({ ...stored, signature: sign({ meaning: 'review' }) })).toEqual([
      'A risk acceptance must be signed with the meaning “Acceptance of risk”',
    ]);
    expect(issues({ ...stored, signature: sign({ recordKind: 'signoff' }) })).toEqual([
      'This signature was made for another kind of record, not a risk acceptance',
    ]);
    expect(issues({ ...stored, expiresOn: '30/06/2027' })).toEqual(['Enter a date as YYYY-MM-DD']);
    expect(issues({ ...stored, residual: { likelihood: 7, impact: 1 } })).toEqual([
      'Levels stop at 6',
    ]);
  });
});
