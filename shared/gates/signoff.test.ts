import { describe, expect, it } from 'vitest';
import { signoffContentHash, type SignedSignoffContent } from './signoff';

const content: SignedSignoffContent = {
  gateId: '11111111-1111-4111-8111-111111111111',
  initiativeId: '22222222-2222-4222-8222-222222222222',
  templateId: 'enter-pilot',
  templateVersion: 1,
  reviewedStateHash: 'a'.repeat(64),
  function: 'legal',
  decision: 'approve',
  answers: [{ itemId: 'dpia', answer: 'met', note: '', evidence: 'DPIA-1' }],
  comment: 'Fine.',
  conditions: [],
  evidence: [],
};

describe('signoffContentHash', () => {
  it('hashes a sign-off citing no file exactly as before evidence files existed (v1)', () => {
    // Computed with the version-1 code (commit d2f04f9, `evidenceIds: []`): every
    // sign-off recorded before the evidence library must keep verifying.
    expect(signoffContentHash(content)).toBe(
      '57553ffc993d1d1022f7d7e2c6b5c6c6794c6eda9cb63f7be4ec7de6fb85f6d8',
    );
  });

  it('signs the hash of every cited file (v2): another file, or another hash, is another content', () => {
    const cited = { id: '33333333-3333-4333-8333-333333333333', sha256: 'b'.repeat(64) };
    const v2 = signoffContentHash({ ...content, evidence: [cited] });
    expect(v2).toBe('fd15df93436a0f06505180e50d792c2caf62023ce74c49ea204d1b5aaea7b728');
    expect(
      signoffContentHash({ ...content, evidence: [{ ...cited, sha256: 'c'.repeat(64) }] }),
    ).not.toBe(v2);
  });
});
