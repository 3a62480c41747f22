import { CANONICAL_FAST_BAIL, writeCanonicalValue } from '../crypto/canonicalJsonFast';
import { encodeUtf8, type CanonicalJsonBytesWriter } from '../crypto/canonicalJsonBytes';
import { eventHashInput, type UnhashedAuditEvent } from './auditEvent';

/**
 * `eventHashInput`, byte for byte, for the verifier's hot loop: the ten hashed
 * fields are written in their canonical (sorted) order directly instead of
 * building an object and sorting its keys, and every value goes through the
 * faster canonical writer. Whatever that writer is unsure of (a value
 * `canonicalJson` would refuse, a non-plain object) is handed to
 * `eventHashInput` itself, so the text — or the error — is always the same.
 * Proven identical by eventHashInputFast.test.ts.
 */
export function eventHashInputFast(event: UnhashedAuditEvent): string {
  try {
    return writeEvent(event);
  } catch (error) {
    if (error === CANONICAL_FAST_BAIL) return eventHashInput(event);
    throw error;
  }
}

function writeEvent(event: UnhashedAuditEvent): string {
  // Typed as unknown: a stored event may lack a field or hold the wrong type.
  const fields: Partial<Record<keyof UnhashedAuditEvent, unknown>> = event;
  const { seq, at, actor, action, entity, entityId, before, after, reason, prevHash } = fields;
  // Sorted by UTF-16 code unit, as canonicalJson sorts them; undefined fields are dropped.
  let out = '{';
  let sep = '';
  if (action !== undefined) {
    out += sep + '"action":' + writeCanonicalValue(action, 1);
    sep = ',';
  }
  if (actor !== undefined) {
    out += sep + '"actor":' + writeCanonicalValue(actor, 1);
    sep = ',';
  }
  if (after !== undefined) {
    out += sep + '"after":' + writeCanonicalValue(after, 1);
    sep = ',';
  }
  if (at !== undefined) {
    out += sep + '"at":' + writeCanonicalValue(at, 1);
    sep = ',';
  }
  if (before !== undefined) {
    out += sep + '"before":' + writeCanonicalValue(before, 1);
    sep = ',';
  }
  if (entity !== undefined) {
    out += sep + '"entity":' + writeCanonicalValue(entity, 1);
    sep = ',';
  }
  if (entityId !== undefined) {
    out += sep + '"entityId":' + writeCanonicalValue(entityId, 1);
    sep = ',';
  }
  if (prevHash !== undefined) {
    out += sep + '"prevHash":' + writeCanonicalValue(prevHash, 1);
    sep = ',';
  }
  if (reason !== undefined) {
    out += sep + '"reason":' + writeCanonicalValue(reason, 1);
    sep = ',';
  }
  if (seq !== undefined) {
    out += sep + '"seq":' + writeCanonicalValue(seq, 1);
  }
  return out + '}';
}

/**
 * The UTF-8 bytes of `eventHashInput`, byte for byte, written straight into
 * `writer`'s reused buffer (the returned view is valid until its next use).
 * Falls back to encoding `eventHashInput` itself wherever the writer is unsure.
 * Proven identical by eventHashInputFast.test.ts.
 */
export function eventHashInputBytes(
  event: UnhashedAuditEvent,
  writer: CanonicalJsonBytesWriter,
): Uint8Array<ArrayBuffer> {
  try {
    writer.reset();
    writeEventBytes(event, writer);
    return writer.bytes();
  } catch (error) {
    if (error === CANONICAL_FAST_BAIL) return encodeUtf8(eventHashInput(event));
    throw error;
  }
}

function writeEventBytes(event: UnhashedAuditEvent, writer: CanonicalJsonBytesWriter): void {
  // Typed as unknown: a stored event may lack a field or hold the wrong type.
  const fields: Partial<Record<keyof UnhashedAuditEvent, unknown>> = event;
  const { seq, at, actor, action, entity, entityId, before, after, reason, prevHash } = fields;
  // Sorted by UTF-16 code unit, as canonicalJson sorts them; undefined fields are dropped.
  let sep = '{';
  if (action !== undefined) {
    writer.ascii(sep + '"action":');
    writer.value(action, 1);
    sep = ',';
  }
  if (actor !== undefined) {
    writer.ascii(sep + '"actor":');
    writer.value(actor, 1);
    sep = ',';
  }
  if (after !== undefined) {
    writer.ascii(sep + '"after":');
    writer.value(after, 1);
    sep = ',';
  }
  if (at !== undefined) {
    writer.ascii(sep + '"at":');
    writer.value(at, 1);
    sep = ',';
  }
  if (before !== undefined) {
    writer.ascii(sep + '"before":');
    writer.value(before, 1);
    sep = ',';
  }
  if (entity !== undefined) {
    writer.ascii(sep + '"entity":');
    writer.value(entity, 1);
    sep = ',';
  }
  if (entityId !== undefined) {
    writer.ascii(sep + '"entityId":');
    writer.value(entityId, 1);
    sep = ',';
  }
  if (prevHash !== undefined) {
    writer.ascii(sep + '"prevHash":');
    writer.value(prevHash, 1);
    sep = ',';
  }
  if (reason !== undefined) {
    writer.ascii(sep + '"reason":');
    writer.value(reason, 1);
    sep = ',';
  }
  if (seq !== undefined) {
    writer.ascii(sep + '"seq":');
    writer.value(seq, 1);
    sep = ',';
  }
  writer.ascii(sep === '{' ? '{}' : '}');
}
