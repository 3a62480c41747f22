import { scrypt, scryptAsync } from '@noble/hashes/scrypt.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { fromHex, hexSchema } from './hex';

/**
 * Passphrase-based key derivation: scrypt with N = 2^15, r = 8, p = 1 takes
 * about 0.2 s in JavaScript on a current laptop core (measured 175 ms on the
 * 2-core CI machine), which makes each guess expensive without making sign-in
 * slow. Parameters are stored with every credential so the cost can be raised
 * later without locking anyone out.
 */
export const DEFAULT_KDF_COST = { N: 2 ** 15, r: 8, p: 1 } as const;

export const kdfParamsSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  // Bounded so a forged credential cannot make the app allocate gigabytes.
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, { message: 'N must be a power of two' }),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: hexSchema(16, 'Salt'),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export interface KdfCost {
  N: number;
  r: number;
  p: number;
}

export function kdfParams(salt: string, cost: KdfCost = DEFAULT_KDF_COST): KdfParams {
  return { algorithm: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt };
}

/** 32-byte key from a passphrase. Async so the UI keeps painting while it runs. */
export function deriveKey(
  passphrase: string,
  params: KdfParams,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  return scryptAsync(utf8ToBytes(passphrase.normalize('NFC')), fromHex(params.salt), {
    N: params.N,
    r: params.r,
    p: params.p,
    dkLen: 32,
    ...(onProgress ? { onProgress } : {}),
  });
}

/** Synchronous variant for command-line tools and tests. */
export function deriveKeySync(passphrase: string, params: KdfParams): Uint8Array {
  return scrypt(utf8ToBytes(passphrase.normalize('NFC')), fromHex(params.salt), {
    N: params.N,
    r: params.r,
    p: params.p,
    dkLen: 32,
  });
}
