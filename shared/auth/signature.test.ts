import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { keyFingerprint } from './credential';
import { toHex } from './hex';
import type { MemberKey } from './memberKey';
import { isoWithOffset, signPayload, verifySignature, type SignaturePayload } from './signature';

const secret = ed25519.utils.randomSecretKey();
const publicKey = toHex(ed25519.getPublicKey(secret));
const key: MemberKey = {
  publicKey,
  fingerprint: keyFingerprint(publicKey),
  createdAt: '2026-01-01T00:00:00.000Z',
  retiredAt: null,
  retiredReason: null,
};
const payload: SignaturePayload = {
  recordKind: 'signoff',
  recordId: 'rec-1',
  contentHash: 'a'.repeat(64),
  meaning: 'approval',
  signerId: '6f1c2a0e-8a57-4c1e-9d0b-2b1f4f7e9a10',
  printedName: 'Grace Adeyemi',
  keyFingerprint: key.fingerprint,
  signedAt: '2026-11-22T10:15:00.000+01:00',
};
const expected = { recordKind: 'signoff', recordId: 'rec-1', contentHash: 'a'.repeat(64) };

describe('electronic signatures', () => {
  it('verifies against the signer’s key history and the record', () => {
    const signature = signPayload(secret, payload);
    expect(verifySignature(signature, [key], expected)).toMatchObject({ ok: true, key });
  });

  it.each([
    ['record kind', { recordKind: 'risk' }],
    ['record id', { recordId: 'rec-2' }],
    ['meaning', { meaning: 'review' }],
    ['signer', { signerId: '0b9a7c1e-1111-4c1e-9d0b-2b1f4f7e9a10' }],
    ['printed name', { printedName: 'Someone Else' }],
    ['signing time', { signedAt: '2026-11-22T10:16:00.000+01:00' }],
  ] as const)('fails when the %s is changed after signing', (_field, change) => {
    const forged = { ...signPayload(secret, payload), ...change };
    expect(verifySignature(forged, [key]).ok).toBe(false);
  });

  it('fails when the content hash changes (the record was edited)', () => {
    const signature = signPayload(secret, payload);
    expect(verifySignature({ ...signature, contentHash: 'b'.repeat(64) }, [key])).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
    expect(
      verifySignature(signature, [key], { ...expected, contentHash: 'b'.repeat(64) }),
    ).toMatchObject({
      ok: false,
      reason: 'wrong-record',
    });
  });

  it('fails with another key, or a key not in the history', () => {
    const other = ed25519.utils.randomSecretKey();
    const forged = signPayload(other, payload); // claims the real key's fingerprint
    expect(verifySignature(forged, [key])).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verifySignature(signPayload(secret, payload), [])).toMatchObject({
      ok: false,
      reason: 'unknown-key',
    });
  });

  it('fails when the key in the history was swapped for another under the same fingerprint', () => {
    const otherPublic = toHex(ed25519.getPublicKey(ed25519.utils.randomSecretKey()));
    const swapped = { ...key, publicKey: otherPublic };
    expect(verifySignature(signPayload(secret, payload), [swapped])).toMatchObject({
      ok: false,
      reason: 'unknown-key',
    });
  });

  it('keeps verifying after the key is retired, but not for signatures dated after retirement', () => {
    const retired = {
      ...key,
      retiredAt: '2026-12-01T00:00:00.000Z',
      retiredReason: 'Passphrase reset',
    };
    expect(verifySignature(signPayload(secret, payload), [retired]).ok).toBe(true);
    const late = signPayload(secret, { ...payload, signedAt: '2026-12-02T09:00:00.000+00:00' });
    expect(verifySignature(late, [retired])).toMatchObject({
      ok: false,
      reason: 'key-not-current',
    });
  });

  it('refuses malformed signatures', () => {
    expect(
      verifySignature({ ...signPayload(secret, payload), signature: 'zz' }, [key]),
    ).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
    expect(verifySignature(null, [key]).ok).toBe(false);
  });

  it('writes times with the signer’s UTC offset', () => {
    const at = new Date('2026-11-22T09:15:00.000Z');
    expect(isoWithOffset(at, 60)).toBe('2026-11-22T10:15:00.000+01:00');
    expect(isoWithOffset(at, -330)).toBe('2026-11-22T03:45:00.000-05:30');
    expect(isoWithOffset(at, 0)).toBe('2026-11-22T09:15:00.000+00:00');
    expect(Date.parse(isoWithOffset(at, 60))).toBe(at.getTime());
  });
});
