import { randomBytes } from '@noble/hashes/utils.js';
import { createCredential, createTemporaryPassphrase } from '../../shared/auth/credential';

/** Cheap key derivation for tests: the cost changes nothing the tests check. */
export const TEST_KDF_COST = { N: 2 ** 10, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'test passphrase for everyone';

export function testCredential(memberId: string, passphrase = TEST_PASSPHRASE) {
  return createCredential(passphrase, memberId, randomBytes, TEST_KDF_COST);
}

export function testTemporaryPassphrase(passphrase = 'temporary passphrase') {
  return createTemporaryPassphrase(passphrase, randomBytes, TEST_KDF_COST);
}
