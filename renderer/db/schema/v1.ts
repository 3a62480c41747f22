/**
 * Schema version 1. Never edit a published version: add `vN.ts` with the new
 * store layout and its upgrade function, register it in `versions.ts`, and add
 * an upgrade test from version N-1 data in `schemaUpgrade.test.ts`.
 */
export const V1_STORES = {
  workspace: 'id',
  members: 'id, status, email',
  initiatives: 'id, stage, businessUnit, ownerId, updatedAt, *tags',
  gates: 'id, initiativeId, status',
  signoffs: 'id, gateId, initiativeId, reviewerId',
  risks: 'id, initiativeId, category, ownerId',
  evidence: 'id, initiativeId, sha256',
  // The chain: primary key is the sequence number, so storage order is chain order.
  auditEvents: 'seq, at, actor, entity, entityId, action',
} as const;
