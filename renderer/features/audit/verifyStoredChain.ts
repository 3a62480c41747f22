import type { AuditEvent } from '../../../shared/audit/auditEvent';
import { eventHashInputBytes, eventHashInputFast } from '../../../shared/audit/eventHashInputFast';
import { CanonicalJsonBytesWriter } from '../../../shared/crypto/canonicalJsonBytes';
import { ChainVerifier, type ChainVerdict } from '../../../shared/audit/verifyChain';
import type { CountersignDb } from '../../db/database';

export interface VerifyProgress {
  checked: number;
  total: number;
}

export class VerificationCancelled extends Error {
  override name = 'VerificationCancelled';
  constructor() {
    super('Verification was cancelled.');
  }
}

/**
 * Verifies the stored audit chain in key order, a batch at a time, so memory
 * stays flat however long the chain is. Reads only: safe to run in a worker
 * while the app keeps working.
 */
export async function verifyStoredChain(
  db: CountersignDb,
  options: {
    batchSize?: number;
    onProgress?: (p: VerifyProgress) => void;
    signal?: AbortSignal;
    /** Hashes many texts at once (WebCrypto in the worker); the synchronous hash is used without it. */
    hashBatch?: (texts: string[]) => Promise<string[]>;
    /**
     * SHA-256 of one event's bytes (WebCrypto's `digest` in the worker). Given
     * it, reading, encoding and hashing overlap: see `verifyStoredRange`.
     */
    digest?: (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;
  } = {},
): Promise<ChainVerdict> {
  const { batchSize = 5000, onProgress, signal, hashBatch, digest } = options;
  if (digest) return verifyPipelined(db, { batchSize, onProgress, signal, digest });
  const last = await db.auditEvents.orderBy('seq').last();
  const total = last?.seq ?? 0;
  const verifier = new ChainVerifier();
  let after = 0;
  let checked = 0;
  for (;;) {
    if (signal?.aborted) throw new VerificationCancelled();
    const batch = await db.auditEvents.where('seq').above(after).limit(batchSize).toArray();
    if (batch.length === 0) break;
    const hashes = hashBatch ? await hashAll(batch, hashBatch) : null;
    for (const [index, event] of batch.entries()) {
      if (verifier.push(event, hashes?.[index])) return verifier.verdict();
    }
    checked += batch.length;
    after = batch.at(-1)?.seq ?? after;
    onProgress?.({ checked, total });
  }
  return verifier.verdict();
}

/** Hashes a batch at once; an event that cannot even be encoded gets a hash that matches nothing. */
export async function hashAll(
  events: AuditEvent[],
  hashBatch: (texts: string[]) => Promise<string[]>,
): Promise<string[]> {
  const texts: string[] = [];
  const encodable: number[] = [];
  events.forEach((event, index) => {
    try {
      texts.push(eventHashInputFast(event));
      encodable.push(index);
    } catch {
      // Left out: its hash stays '' below, which is reported as changed.
    }
  });
  const digests = await hashBatch(texts);
  const hashes = events.map(() => '');
  encodable.forEach((eventIndex, i) => {
    hashes[eventIndex] = digests[i] ?? '';
  });
  return hashes;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function toHex(digest: ArrayBuffer): string {
  const bytes = new Uint8Array(digest);
  let hex = '';
  for (let i = 0; i < bytes.length; i += 1) hex += HEX[bytes[i] as number] as string;
  return hex;
}

/** One reused output buffer for every event's canonical bytes. */
const writer = new CanonicalJsonBytesWriter();

/** Stands in for the digest of an event that cannot even be encoded. */
const UNENCODABLE: Promise<ArrayBuffer | null> = Promise.resolve(null);

/**
 * Canonical bytes, written straight into one reused buffer → digest, for
 * every event of a batch; all digests are in flight together. `digest` must
 * copy its input when called (WebCrypto does), as the buffer is reused for the
 * next event. An event that cannot even be encoded gets '' (reported as changed).
 */
function hashBatchBytes(
  events: AuditEvent[],
  digest: (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>,
): Promise<string[]> {
  const pending: Promise<ArrayBuffer | null>[] = [];
  for (const event of events) {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = eventHashInputBytes(event, writer);
    } catch {
      pending.push(UNENCODABLE);
      continue;
    }
    pending.push(digest(bytes));
  }
  // One promise for the batch rather than one more per event.
  return Promise.all(pending).then((digests) =>
    digests.map((digested) => (digested ? toHex(digested) : '')),
  );
}

/** The part of the chain with keys in (after, upTo], and the verifier state to start it from. */
export interface ChainRange {
  after: number;
  upTo: number;
  /** The last event before the range (its seq and stored hash); absent for the first part. */
  start?: { expectedSeq: number; prevHash: string } | undefined;
}

/**
 * The worker's path over one range of keys: while batch N is encoded and its
 * digests are computed, batch N+1 is already being read from IndexedDB; batch
 * N's events are then checked in order by the same ChainVerifier, so the first
 * break is named exactly as on the plain path. Counts are within the range.
 */
export async function verifyStoredRange(
  db: CountersignDb,
  range: ChainRange,
  options: {
    batchSize?: number;
    onProgress?: ((checked: number) => void) | undefined;
    signal?: AbortSignal | undefined;
    digest: (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;
  },
): Promise<ChainVerdict> {
  const { batchSize = 5000, onProgress, signal, digest } = options;
  const read = (after: number) => {
    const batch = db.auditEvents
      .where('seq')
      .between(after, range.upTo, false, true)
      .limit(batchSize)
      .toArray();
    // Read ahead: a batch nobody awaits (the chain broke earlier) must not be an unhandled rejection.
    batch.catch(() => undefined);
    return batch;
  };
  const verifier = new ChainVerifier(undefined, range.start);
  let checked = 0;
  let next = read(range.after);
  let previous: { events: AuditEvent[]; hashes: Promise<string[]> } | null = null;
  for (;;) {
    if (signal?.aborted) throw new VerificationCancelled();
    const batch = await next;
    const lastEvent = batch.at(-1);
    if (lastEvent) next = read(lastEvent.seq);
    const current = lastEvent ? { events: batch, hashes: hashBatchBytes(batch, digest) } : null;
    if (previous) {
      const hashes = await previous.hashes;
      const { events } = previous;
      for (let i = 0; i < events.length; i += 1) {
        if (verifier.push(events[i] as AuditEvent, hashes[i])) return verifier.verdict();
      }
      checked += events.length;
      onProgress?.(checked);
    }
    if (!current) break;
    previous = current;
  }
  return verifier.verdict();
}

async function verifyPipelined(
  db: CountersignDb,
  options: {
    batchSize: number;
    onProgress?: ((p: VerifyProgress) => void) | undefined;
    signal?: AbortSignal | undefined;
    digest: (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;
  },
): Promise<ChainVerdict> {
  const { onProgress } = options;
  const last = await db.auditEvents.orderBy('seq').last();
  const total = last?.seq ?? 0;
  return verifyStoredRange(
    db,
    { after: 0, upTo: Number.POSITIVE_INFINITY },
    { ...options, onProgress: (checked) => onProgress?.({ checked, total }) },
  );
}

/**
 * Verifies the chain in two halves at once — this one here, the later one by
 * `verifyLaterPart` (another worker) — and gives the verdict a single pass in
 * key order would give: the first half's break if it has one, else the later
 * half's, which starts from the stored hash of the first half's last event
 * (exactly where a single pass would stand once that event verified).
 */
export async function verifyStoredChainInParts(
  db: CountersignDb,
  options: {
    digest: (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;
    verifyLaterPart: (
      range: ChainRange,
      onProgress: (checked: number) => void,
    ) => Promise<ChainVerdict>;
    batchSize?: number;
    onProgress?: (p: VerifyProgress) => void;
    signal?: AbortSignal;
    /** Below this many keys one pass is used. */
    minKeysToSplit?: number;
  },
): Promise<ChainVerdict> {
  const {
    digest,
    verifyLaterPart,
    batchSize,
    onProgress,
    signal,
    minKeysToSplit = 20_000,
  } = options;
  const first = await db.auditEvents.where('seq').above(0).first();
  const last = await db.auditEvents.orderBy('seq').last();
  if (!first || !last || last.seq - first.seq < minKeysToSplit) {
    return verifyStoredChain(db, { batchSize, onProgress, signal, digest });
  }
  const total = last.seq;
  const middle = first.seq + Math.floor((last.seq - first.seq) / 2);
  const before = await db.auditEvents.where('seq').between(0, middle, false, true).last();
  if (!before) return verifyStoredChain(db, { batchSize, onProgress, signal, digest });
  const start = { expectedSeq: before.seq + 1, prevHash: before.hash };
  const later: ChainRange = { after: middle, upTo: Number.POSITIVE_INFINITY, start };
  const progress = { first: 0, later: 0 };
  const report = () => onProgress?.({ checked: progress.first + progress.later, total });
  const laterVerdict = verifyLaterPart(later, (checked) => {
    progress.later = checked;
    report();
  });
  // Settled either way; awaited (and its error raised) only when it decides the verdict.
  laterVerdict.catch(() => undefined);
  const firstVerdict = await verifyStoredRange(
    db,
    { after: 0, upTo: middle },
    {
      batchSize,
      signal,
      digest,
      onProgress: (checked) => {
        progress.first = checked;
        report();
      },
    },
  );
  if (!firstVerdict.ok) return firstVerdict;
  const stood = firstVerdict.head;
  // The store changed under us (the later half was started from another event): check it here.
  const laterResult =
    stood && stood.seq + 1 === start.expectedSeq && stood.hash === start.prevHash
      ? await laterVerdict
      : await verifyStoredRange(
          db,
          {
            ...later,
            start: stood ? { expectedSeq: stood.seq + 1, prevHash: stood.hash } : undefined,
          },
          { batchSize, signal, digest },
        );
  if (!laterResult.ok) return { ...laterResult, count: firstVerdict.count + laterResult.count };
  return {
    ok: true,
    count: firstVerdict.count + laterResult.count,
    head: laterResult.head ?? firstVerdict.head,
  };
}
