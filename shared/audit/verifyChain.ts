import { GENESIS_HASH, computeEventHash, type AuditEvent } from './auditEvent';

export type ChainBreakReason = 'hash-mismatch' | 'prev-hash-mismatch' | 'gap' | 'reordered';

export type ChainVerdict =
  | { ok: true; count: number; head: { seq: number; hash: string } | null }
  | {
      ok: false;
      count: number;
      /** Sequence number of the first event that does not fit the chain. */
      seq: number;
      reason: ChainBreakReason;
      message: string;
    };

/**
 * Incremental verifier so a worker can feed events in batches without holding
 * the whole chain. `push` returns the verdict at the first break and ignores
 * everything after it (the first break is what an auditor needs to see).
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private checked = 0;
  private broken: Extract<ChainVerdict, { ok: false }> | null = null;

  /**
   * @param presentSeqs every sequence number in the input, when known up front;
   * it lets a missing number that turns up later be called "reordered", not "gap".
   */
  constructor(
    private readonly presentSeqs?: ReadonlySet<number>,
    /**
     * Where to take up the chain: for verifying a later part of it (in another
     * worker) from the last event before that part — its seq and stored hash —
     * exactly as this verifier would stand after checking every earlier event.
     */
    start?: { expectedSeq: number; prevHash: string },
  ) {
    if (start) {
      this.expectedSeq = start.expectedSeq;
      this.prevHash = start.prevHash;
    }
  }

  /**
   * @param recomputedHash the event's hash as computed by the caller (a worker
   * may hash a batch with WebCrypto); computed here synchronously when absent.
   */
  push(event: AuditEvent, recomputedHash?: string): Extract<ChainVerdict, { ok: false }> | null {
    if (this.broken) return this.broken;
    const fail = (reason: ChainBreakReason, message: string) => {
      this.broken = { ok: false, count: this.checked, seq: event.seq, reason, message };
      return this.broken;
    };
    if (!Number.isSafeInteger(event.seq) || event.seq < this.expectedSeq) {
      return fail(
        'reordered',
        `Event #${String(event.seq)} appears where #${String(this.expectedSeq)} was expected: events are out of order or repeated.`,
      );
    }
    if (event.seq > this.expectedSeq && this.presentSeqs?.has(this.expectedSeq)) {
      return fail(
        'reordered',
        `Event #${String(event.seq)} appears before event #${String(this.expectedSeq)}: events are out of order.`,
      );
    }
    if (event.seq > this.expectedSeq) {
      return fail(
        'gap',
        `Events #${String(this.expectedSeq)} to #${String(event.seq - 1)} are missing before event #${String(event.seq)}.`,
      );
    }
    if (event.prevHash !== this.prevHash) {
      return fail(
        'prev-hash-mismatch',
        `Event #${String(event.seq)} does not link to the event before it: its previous-hash field was changed, or an earlier event was replaced.`,
      );
    }
    let recomputed = recomputedHash;
    if (recomputed === undefined) {
      try {
        recomputed = computeEventHash(event);
      } catch {
        recomputed = '';
      }
    }
    if (recomputed !== event.hash) {
      return fail(
        'hash-mismatch',
        `Event #${String(event.seq)} was changed after it was recorded: its contents no longer match its hash.`,
      );
    }
    this.checked += 1;
    this.expectedSeq += 1;
    this.prevHash = event.hash;
    return null;
  }

  verdict(): ChainVerdict {
    if (this.broken) return this.broken;
    return {
      ok: true,
      count: this.checked,
      head: this.checked === 0 ? null : { seq: this.expectedSeq - 1, hash: this.prevHash },
    };
  }
}

/** Verifies a whole chain given in storage order (ascending seq). */
export function verifyChain(events: readonly AuditEvent[]): ChainVerdict {
  const verifier = new ChainVerifier(new Set(events.map((event) => event.seq)));
  for (const event of events) {
    if (verifier.push(event)) break;
  }
  return verifier.verdict();
}
