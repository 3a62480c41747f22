import { computeEventHash, type AuditEvent } from '../audit/auditEvent';
import { ChainVerifier } from '../audit/verifyChain';
import { isInitiativeEvent, type InitiativeRecordIds } from '../pack/source';
import type { BundleManifest } from './format';
import { count, type CheckList } from './report';

function describe(event: AuditEvent): string {
  return `#${String(event.seq)} (${event.action}, ${event.at})`;
}

function hashOf(event: AuditEvent): string {
  try {
    return computeEventHash(event);
  } catch {
    return '';
  }
}

/**
 * The audit events: each hash recomputes, sequence numbers ascend, events
 * with consecutive numbers link, the list is the one the signed manifest
 * records, and none is past the chain head. Then the scope: the whole chain
 * from #1 to the head for a workspace bundle; the initiative's own events
 * only for an initiative bundle, with a note on what that cannot show.
 */
export function checkEvents(
  manifest: BundleManifest,
  events: readonly AuditEvent[],
  scope: InitiativeRecordIds | null,
  checks: CheckList,
): void {
  checkEachEvent(events, checks);
  checkListed(manifest, events, checks);
  checkHead(manifest, events, checks);
  if (manifest.auditScope === 'workspace') checkWholeChain(manifest, events, checks);
  else checkInitiativeScope(manifest, events, scope, checks);
}

function checkEachEvent(events: readonly AuditEvent[], checks: CheckList): void {
  const label = 'Audit events';
  const failuresBefore = checks.failureCount;
  const fail = (event: AuditEvent, detail: string) => {
    checks.fail(`event:${String(event.seq)}`, label, detail, 'event');
  };
  let previous: AuditEvent | null = null;
  for (const event of events) {
    if (hashOf(event) !== event.hash) {
      fail(
        event,
        `Event ${describe(event)} was changed after it was recorded: its contents no longer match its hash.`,
      );
    }
    if (previous && event.seq <= previous.seq) {
      fail(
        event,
        `Event #${String(event.seq)} comes after event #${String(previous.seq)} in audit/events.json: the events were reordered or repeated.`,
      );
    } else if (previous && event.seq === previous.seq + 1 && event.prevHash !== previous.hash) {
      fail(
        event,
        `Event #${String(event.seq)} does not link to event #${String(previous.seq)} before it: its previous-hash field was changed, or the event before it was replaced.`,
      );
    }
    previous = event;
  }
  if (checks.failureCount === failuresBefore) {
    checks.pass(
      'events',
      label,
      `${count(events.length, 'event')}: each one’s hash recomputes, they are in ascending order, and each event links to the one numbered before it where both are present.`,
    );
  }
}

function checkListed(
  manifest: BundleManifest,
  events: readonly AuditEvent[],
  checks: CheckList,
): void {
  const label = 'Events listed in the manifest';
  const listed = new Map(manifest.events.map((event) => [event.seq, event.hash]));
  const present = new Set<number>();
  const failuresBefore = checks.failureCount;
  const fail = (seq: number, detail: string) => {
    checks.fail(`listed-event:${String(seq)}`, label, detail, 'listed-event');
  };
  for (const event of events) {
    present.add(event.seq);
    const hash = listed.get(event.seq);
    if (hash === undefined) {
      fail(
        event.seq,
        `audit/events.json holds event #${String(event.seq)}, which the signed manifest does not list: it was added after export.`,
      );
    } else if (hash !== event.hash) {
      fail(
        event.seq,
        `Event #${String(event.seq)} in audit/events.json is not the event the signed manifest lists: its hash differs.`,
      );
    }
  }
  for (const seq of listed.keys()) {
    if (!present.has(seq)) {
      fail(
        seq,
        `The signed manifest lists event #${String(seq)}, which audit/events.json does not hold: it was removed after export.`,
      );
    }
  }
  if (checks.failureCount === failuresBefore) {
    checks.pass(
      'listed-events',
      label,
      `audit/events.json holds exactly the events the signed manifest lists (${count(listed.size, 'event')}).`,
    );
  }
}

function checkHead(
  manifest: BundleManifest,
  events: readonly AuditEvent[],
  checks: CheckList,
): void {
  const label = 'Chain head';
  const head = manifest.chainHead;
  const past = events.filter((event) => head === null || event.seq > head.seq);
  for (const event of past) {
    checks.fail(
      `head:${String(event.seq)}`,
      label,
      `Event #${String(event.seq)} is past the chain head the manifest records (${head ? `#${String(head.seq)}` : 'an empty chain'}).`,
      'head',
    );
  }
  const atHead = head ? events.find((event) => event.seq === head.seq) : undefined;
  if (head && atHead && atHead.hash !== head.hash) {
    checks.fail(
      'head',
      label,
      `Event #${String(head.seq)} is not the chain head the manifest records: its hash differs.`,
    );
  } else if (past.length === 0) {
    checks.pass(
      'head',
      label,
      head
        ? `No event is past the workspace chain head the manifest records at export: event #${String(head.seq)}, hash ${head.hash}.`
        : 'The manifest records an empty audit chain.',
    );
  }
}

function checkWholeChain(
  manifest: BundleManifest,
  events: readonly AuditEvent[],
  checks: CheckList,
): void {
  const label = 'Audit chain';
  const verifier = new ChainVerifier(new Set(events.map((event) => event.seq)));
  for (const event of events) {
    if (verifier.push(event)) break;
  }
  const verdict = verifier.verdict();
  const head = manifest.chainHead;
  if (!verdict.ok) {
    checks.fail(
      'chain',
      label,
      `The chain does not verify from event #1 at event #${String(verdict.seq)}: ${verdict.message}`,
    );
  } else if (verdict.head?.seq !== head?.seq || verdict.head?.hash !== head?.hash) {
    checks.fail(
      'chain',
      label,
      `The chain verifies but ends at ${verdict.head ? `event #${String(verdict.head.seq)}` : 'no event'}, not at the head the manifest records (${head ? `#${String(head.seq)}` : 'none'}): events were removed or added.`,
    );
  } else {
    checks.pass(
      'chain',
      label,
      head
        ? `The whole workspace chain verifies, from event #1 to the head #${String(head.seq)} the manifest records.`
        : 'The workspace chain is empty, as the manifest records.',
    );
  }
}

function checkInitiativeScope(
  manifest: BundleManifest,
  events: readonly AuditEvent[],
  scope: InitiativeRecordIds | null,
  checks: CheckList,
): void {
  const label = 'Audit scope';
  if (scope) {
    for (const event of events) {
      if (!isInitiativeEvent(event, scope)) {
        checks.fail(
          `scope:${String(event.seq)}`,
          label,
          `Event #${String(event.seq)} (${event.action} on ${event.entity} ${event.entityId}) is not about “${manifest.initiative.title}”: an initiative’s bundle holds only its own events.`,
          'scope',
        );
      }
    }
  }
  const head = manifest.chainHead;
  checks.note(
    'scope',
    label,
    `This bundle holds only the initiative’s own events (${count(events.length, 'event')}), not the whole workspace chain. Each event’s hash and its link to an event numbered just before it are checked; the links through other initiatives’ events in between are covered only by the chain head the exporter signed (${head ? `#${String(head.seq)}, hash ${head.hash}` : 'an empty chain'}). A workspace-wide bundle, or a backup, lets the whole chain be verified.`,
  );
}
