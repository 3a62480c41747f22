import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { fromHex, hexSchema, toHex } from './hex';
import { deriveKey, kdfParams, kdfParamsSchema, type KdfCost } from './kdf';

/** Random bytes from the host's CSPRNG; injected so `shared/` stays pure. */
export type RandomBytes = (length: number) => Uint8Array;

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super('That passphrase is not correct.');
  }
}

/**
 * A member's signing key, encrypted with a key derived from their passphrase
 * (XChaCha20-Poly1305). The associated data binds it to the member and the
 * public key, so an envelope copied onto another member does not open.
 */
export const credentialEnvelopeSchema = z.strictObject({
  version: z.literal(1),
  kdf: kdfParamsSchema,
  cipher: z.literal('xchacha20-poly1305'),
  nonce: hexSchema(24, 'Nonce'),
  /** 32-byte Ed25519 secret key + 16-byte tag. */
  ciphertext: hexSchema(48, 'Ciphertext'),
  publicKey: hexSchema(32, 'Public key'),
});
export type CredentialEnvelope = z.infer<typeof credentialEnvelopeSchema>;

/**
 * A passphrase that only proves who someone is, without a signing key: what
 * an administrator sets for a new member or on a reset, to be replaced by the
 * member's own passphrase (and a fresh key pair) at their first sign-in.
 */
export const temporaryPassphraseSchema = z.strictObject({
  version: z.literal(1),
  kdf: kdfParamsSchema,
  /** SHA-256 of the derived key. */
  check: hexSchema(32, 'Check value'),
});
export type TemporaryPassphrase = z.infer<typeof temporaryPassphraseSchema>;

/** Short, stable name of a public key: SHA-256 of its bytes, hex. */
export function keyFingerprint(publicKeyHex: string): string {
  return toHex(sha256(fromHex(publicKeyHex)));
}

/** The fingerprint as people read it: first 128 bits in groups of four. */
export function formatFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 32).match(/.{4}/g) ?? []).join(' ').toUpperCase();
}

function associatedData(memberId: string, publicKeyHex: string): Uint8Array {
  return utf8ToBytes(`countersign/credential/v1|${memberId}|${publicKeyHex}`);
}

/** Seals a secret key under an already-derived key. */
export function sealSecretKey(
  derivedKey: Uint8Array,
  secretKey: Uint8Array,
  memberId: string,
  kdf: CredentialEnvelope['kdf'],
  random: RandomBytes,
): CredentialEnvelope {
  const publicKey = toHex(ed25519.getPublicKey(secretKey));
  const nonce = random(24);
  const ciphertext = xchacha20poly1305(
    derivedKey,
    nonce,
    associatedData(memberId, publicKey),
  ).encrypt(secretKey);
  return {
    version: 1,
    kdf,
    cipher: 'xchacha20-poly1305',
    nonce: toHex(nonce),
    ciphertext: toHex(ciphertext),
    publicKey,
  };
}

/** A new Ed25519 key pair for a member, sealed with their passphrase. */
export async function createCredential(
  passphrase: string,
  memberId: string,
  random: RandomBytes,
  cost?: KdfCost,
): Promise<CredentialEnvelope> {
  const kdf = kdfParams(toHex(random(16)), cost);
  const derived = await deriveKey(passphrase, kdf);
  return sealSecretKey(derived, random(32), memberId, kdf, random);
}

/** Opens an envelope with an already-derived key; throws WrongPassphraseError. */
export function openWithDerivedKey(
  envelope: CredentialEnvelope,
  derivedKey: Uint8Array,
  memberId: string,
): Uint8Array {
  let secretKey: Uint8Array;
  try {
    secretKey = xchacha20poly1305(
      derivedKey,
      fromHex(envelope.nonce),
      associatedData(memberId, envelope.publicKey),
    ).decrypt(fromHex(envelope.ciphertext));
  } catch {
    throw new WrongPassphraseError();
  }
  // Authenticated decryption already ties the key to the public key; this makes it explicit.
  if (toHex(ed25519.getPublicKey(secretKey)) !== envelope.publicKey)
    throw new WrongPassphraseError();
  return secretKey;
}

/** The member's secret signing key, or WrongPassphraseError. */
export async function unlockCredential(
  envelope: CredentialEnvelope,
  passphrase: string,
  memberId: string,
): Promise<Uint8Array> {
  return openWithDerivedKey(envelope, await deriveKey(passphrase, envelope.kdf), memberId);
}

export async function createTemporaryPassphrase(
  passphrase: string,
  random: RandomBytes,
  cost?: KdfCost,
): Promise<TemporaryPassphrase> {
  const kdf = kdfParams(toHex(random(16)), cost);
  return { version: 1, kdf, check: toHex(sha256(await deriveKey(passphrase, kdf))) };
}

export async function checkTemporaryPassphrase(
  temporary: TemporaryPassphrase,
  passphrase: string,
): Promise<boolean> {
  const check = toHex(sha256(await deriveKey(passphrase, temporary.kdf)));
  return constantTimeEqual(check, temporary.check);
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
