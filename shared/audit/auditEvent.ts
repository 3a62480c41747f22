import { z } from 'zod';
import { canonicalJson } from '../crypto/canonicalJson';
import { sha256Hex } from '../crypto/sha256';

export const ENTITY_KINDS = [
  'workspace',
  'member',
  'initiative',
  'gate',
  'signoff',
  'risk',
  'evidence',
  'session',
] as const;
export const entityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof entityKindSchema>;

/** The `prevHash` of the first event in every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON values as stored in `before` / `after` (snapshots of the entity). */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface AuditEvent {
  /** 1, 2, 3 … with no gaps: the position in the chain. */
  seq: number;
  /** When the command committed, ISO 8601 UTC. */
  at: string;
  /** Member id of whoever ran the command. */
  actor: string;
  /** Dotted verb, e.g. `initiative.create`. */
  action: string;
  entity: EntityKind;
  entityId: string;
  before: JsonValue | null;
  after: JsonValue | null;
  reason: string | null;
  prevHash: string;
  /** SHA-256 over the canonical JSON of every other field, prevHash included. */
  hash: string;
}

export type UnhashedAuditEvent = Omit<AuditEvent, 'hash'>;

/** The exact text whose SHA-256 is an event's hash: canonical JSON of every field but `hash`. */
export function eventHashInput(event: UnhashedAuditEvent): string {
  const { seq, at, actor, action, entity, entityId, before, after, reason, prevHash } = event;
  return canonicalJson({
    seq,
    at,
    actor,
    action,
    entity,
    entityId,
    before,
    after,
    reason,
    prevHash,
  });
}

export function computeEventHash(event: UnhashedAuditEvent): string {
  return sha256Hex(eventHashInput(event));
}

export function sealEvent(event: UnhashedAuditEvent): AuditEvent {
  return { ...event, hash: computeEventHash(event) };
}

export const ENTITY_LABELS: Record<EntityKind, string> = {
  workspace: 'Workspace',
  member: 'Member',
  initiative: 'Initiative',
  gate: 'Gate',
  signoff: 'Sign-off',
  risk: 'Risk',
  evidence: 'Evidence',
  session: 'Session',
};
