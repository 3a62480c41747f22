import type { CountersignDb } from '../../db/database';

/** Consecutive failures allowed before sign-in starts to wait. */
export const LOCKOUT_THRESHOLD = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

const FAILURES = new Set(['session.failed', 'session.unlock-failed', 'session.signature-failed']);
const SUCCESSES = new Set(['session.signed-in', 'session.unlocked']);

/** 30 s after the fifth failure in a row, doubling with each further one, at most 15 minutes. */
export function lockoutDelayMs(consecutiveFailures: number): number {
  if (consecutiveFailures < LOCKOUT_THRESHOLD) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (consecutiveFailures - LOCKOUT_THRESHOLD));
}

export interface LockoutState {
  consecutiveFailures: number;
  /** When the next attempt is allowed, or null when it is allowed now. */
  retryAt: Date | null;
}

/** Reads the member's recent sign-in events from the audit trail. */
export async function readLockout(
  db: CountersignDb,
  memberId: string,
  now: Date,
): Promise<LockoutState> {
  const events = await db.auditEvents
    .where('entityId')
    .equals(memberId)
    .filter((e) => e.entity === 'session')
    .reverse()
    .limit(50)
    .toArray();
  let consecutiveFailures = 0;
  let lastFailureAt: string | null = null;
  for (const event of events) {
    if (SUCCESSES.has(event.action)) break;
    if (FAILURES.has(event.action)) {
      consecutiveFailures += 1;
      lastFailureAt ??= event.at;
    }
  }
  const delay = lockoutDelayMs(consecutiveFailures);
  if (delay === 0 || lastFailureAt === null) return { consecutiveFailures, retryAt: null };
  const retryAt = new Date(Date.parse(lastFailureAt) + delay);
  return { consecutiveFailures, retryAt: retryAt > now ? retryAt : null };
}
