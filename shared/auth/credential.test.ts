import { randomBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  checkTemporaryPassphrase,
  createCredential,
  createTemporaryPassphrase,
  credentialEnvelopeSchema,
  formatFingerprint,
  keyFingerprint,
  unlockCredential,
  WrongPassphraseError,
} from './credential';
import { DEFAULT_KDF_COST, deriveKeySync, kdfParams } from './kdf';

// Cheap KDF for tests: the cost parameter does not change the logic under test.
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const MEMBER = '6f1c2a0e-8a57-4c1e-9d0b-2b1f4f7e9a10';

function flipHexChar(hex: string, index: number): string {
  const c = hex[index] === '0' ? '1' : '0';
  return hex.slice(0, index) + c + hex.slice(index + 1);
}

describe('credentials', () => {
  it('round-trips: the right passphrase opens the key that matches the public key', async () => {
    const envelope = await createCredential(
      'correct horse battery staple',
      MEMBER,
      randomBytes,
      FAST,
    );
    expect(credentialEnvelopeSchema.parse(envelope)).toEqual(envelope);
    const secret = await unlockCredential(envelope, 'correct horse battery staple', MEMBER);
    expect(secret).toHaveLength(32);
  });

  it('refuses a wrong passphrase', async () => {
    const envelope = await createCredential(
      'correct horse battery staple',
      MEMBER,
      randomBytes,
      FAST,
    );
    await expect(
      unlockCredential(envelope, 'correct horse battery stapler', MEMBER),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses tampered ciphertext, nonce or public key', async () => {
    const envelope = await createCredential(
      'correct horse battery staple',
      MEMBER,
      randomBytes,
      FAST,
    );
    for (const tampered of [
      { ...envelope, ciphertext: flipHexChar(envelope.ciphertext, 10) },
      { ...envelope, nonce: flipHexChar(envelope.nonce, 0) },
      { ...envelope, publicKey: flipHexChar(envelope.publicKey, 5) },
    ]) {
      await expect(
        unlockCredential(tampered, 'correct horse battery staple', MEMBER),
      ).rejects.toBeInstanceOf(WrongPassphraseError);
    }
  });

  it('does not open for another member (the envelope is bound to its owner)', async () => {
    const envelope = await createCredential(
      'correct horse battery staple',
      MEMBER,
      randomBytes,
      FAST,
    );
    await expect(
      unlockCredential(
        envelope,
        'correct horse battery staple',
        '0b9a7c1e-1111-4c1e-9d0b-2b1f4f7e9a10',
      ),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('treats passphrases in different Unicode forms as the same passphrase', async () => {
    const envelope = await createCredential(
      'caf\u00e9 au lait s\u0301il vous plait',
      MEMBER,
      randomBytes,
      FAST,
    );
    await expect(
      unlockCredential(envelope, 'cafe\u0301 au lait s\u0301il vous plait', MEMBER),
    ).resolves.toHaveLength(32);
  });

  it('checks temporary passphrases', async () => {
    const temporary = await createTemporaryPassphrase('one time only please', randomBytes, FAST);
    expect(await checkTemporaryPassphrase(temporary, 'one time only please')).toBe(true);
    expect(await checkTemporaryPassphrase(temporary, 'one time only pleas')).toBe(false);
  });

  it('refuses KDF parameters outside sane bounds', () => {
    const bad = { ...kdfParams('00'.repeat(16)), N: 2 ** 24 };
    expect(credentialEnvelopeSchema.shape.kdf.safeParse(bad).success).toBe(false);
    expect(
      credentialEnvelopeSchema.shape.kdf.safeParse({ ...kdfParams('00'.repeat(16)), N: 3000 })
        .success,
    ).toBe(false);
  });

  it('uses scrypt as specified (RFC 7914 test vector shape) with the default cost', () => {
    // Default cost is what real credentials use; the derived key is 32 bytes.
    expect(DEFAULT_KDF_COST).toEqual({ N: 32768, r: 8, p: 1 });
    expect(deriveKeySync('pw', kdfParams('00'.repeat(16), FAST))).toHaveLength(32);
  });

  it('fingerprints are SHA-256 of the public key, shown in groups', () => {
    const fp = keyFingerprint('00'.repeat(32));
    expect(fp).toBe('66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925');
    expect(formatFingerprint(fp)).toBe('6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20');
  });
});
