import type { ChainVerdict } from '../../../shared/audit/verifyChain';

/** Messages between the Audit screen and the verification worker. */
export type VerifyRequest = { type: 'verify'; dbName: string } | { type: 'cancel' };

export type VerifyResponse =
  | { type: 'progress'; checked: number; total: number }
  | { type: 'done'; verdict: ChainVerdict }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };
