import { strToU8 } from 'fflate';
import type { AuditEvent } from '../audit/auditEvent';
import { canonicalJson } from '../crypto/canonicalJson';

/** Text gathered before it is handed on as one chunk. */
const CHUNK_CHARACTERS = 256 * 1024;

/** Exactly an event's fields, whatever else the stored row carries. */
export function eventRecord(event: AuditEvent): AuditEvent {
  const { seq, at, actor, action, entity, entityId, before, after, reason, prevHash, hash } = event;
  return { seq, at, actor, action, entity, entityId, before, after, reason, prevHash, hash };
}

/**
 * audit/events.json as a stream of chunks: a JSON array of events in
 * canonical JSON, written as the events arrive so the whole chain is never
 * held at once. `onEvent` sees each event first and may throw to stop.
 */
export async function* eventsJsonChunks(
  events: Iterable<AuditEvent> | AsyncIterable<AuditEvent>,
  onEvent: (event: AuditEvent) => void,
): AsyncGenerator<Uint8Array> {
  let text = '[';
  let first = true;
  for await (const event of events) {
    onEvent(event);
    text += (first ? '' : ',') + canonicalJson(eventRecord(event));
    first = false;
    if (text.length >= CHUNK_CHARACTERS) {
      yield strToU8(text);
      text = '';
    }
  }
  yield strToU8(`${text}]`);
}
