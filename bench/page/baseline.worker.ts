/// <reference lib="webworker" />
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../../shared/crypto/canonicalJson';
import type { AuditEvent } from '../../shared/audit/auditEvent';
import { CountersignDb } from '../../renderer/db/database';
import type { BaselineResult } from './api';

/**
 * The platform's own limits for chain verification, measured over the exact
 * bytes `computeEventHash` hashes: reading the events in the same batches as
 * `verifyStoredChain`, building the canonical bytes, then hashing them with the
 * same @noble/hashes `sha256` (and, for context, with WebCrypto). Only the
 * hashing loops are timed for the hash figures.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const BATCH = 5000;

/** The object `computeEventHash` canonicalises: every field but `hash`. */
function hashedFields(event: AuditEvent) {
  const { seq, at, actor, action, entity, entityId, before, after, reason, prevHash } = event;
  return { seq, at, actor, action, entity, entityId, before, after, reason, prevHash };
}

async function run(dbName: string): Promise<BaselineResult> {
  const db = new CountersignDb(dbName);
  const result: BaselineResult = {
    events: 0,
    bytes: 0,
    readMs: 0,
    canonicalMs: 0,
    nobleMs: 0,
    webCryptoMs: 0,
    hashesMatch: true,
    bytesByAction: {},
  };
  const byAction = new Map<string, { events: number; bytes: number }>();
  try {
    let after = 0;
    for (;;) {
      let t = performance.now();
      const batch = await db.auditEvents.where('seq').above(after).limit(BATCH).toArray();
      result.readMs += performance.now() - t;
      if (batch.length === 0) break;

      t = performance.now();
      const bytes = batch.map((event) => utf8ToBytes(canonicalJson(hashedFields(event))));
      result.canonicalMs += performance.now() - t;

      t = performance.now();
      const digests: Uint8Array[] = [];
      for (const data of bytes) digests.push(sha256(data));
      result.nobleMs += performance.now() - t;

      t = performance.now();
      await Promise.all(bytes.map((data) => crypto.subtle.digest('SHA-256', data)));
      result.webCryptoMs += performance.now() - t;

      // Proof that these are the bytes the chain was hashed over (outside the timings).
      const first = batch[0];
      const firstDigest = digests[0];
      if (!first || !firstDigest || bytesToHex(firstDigest) !== first.hash) {
        result.hashesMatch = false;
      }
      batch.forEach((event, index) => {
        const size = bytes[index]?.length ?? 0;
        result.bytes += size;
        const entry = byAction.get(event.action) ?? { events: 0, bytes: 0 };
        entry.events += 1;
        entry.bytes += size;
        byAction.set(event.action, entry);
      });
      result.events += batch.length;
      after = batch.at(-1)?.seq ?? after;
    }
    for (const [action, { events, bytes }] of byAction) {
      result.bytesByAction[action] = { events, averageBytes: Math.round(bytes / events) };
    }
    return result;
  } finally {
    db.close();
  }
}

scope.onmessage = (event: MessageEvent<{ dbName: string }>) => {
  run(event.data.dbName).then(
    (result) => scope.postMessage({ ok: true, result }),
    (error: unknown) =>
      scope.postMessage({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
};
