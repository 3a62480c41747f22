import { z } from 'zod';
import { evidenceSchema } from '../evidence/record';
import { entityKindSchema, type AuditEvent } from '../audit/auditEvent';
import { credentialEnvelopeSchema, temporaryPassphraseSchema } from '../auth/credential';
import { idSchema, isoDateTimeSchema } from '../domain/common';
import { initiativeSchema } from '../domain/initiative';
import { memberSchema } from '../domain/member';
import { riskSchema } from '../risk/record';
import { workspaceSchema } from '../domain/workspace';
import { gateSchema } from '../gates/gate';
import { signoffSchema } from '../gates/signoff';
import { HEX_SHA256 } from '../crypto/sha256';
import type { BackupTable } from './format';

const sha256Hex = z.string().regex(HEX_SHA256, { message: 'must be SHA-256 hex' });

export const auditEventRecordSchema = z.strictObject({
  seq: z.number().int().positive(),
  at: isoDateTimeSchema,
  actor: z.string().min(1).max(200),
  action: z.string().min(1).max(100),
  entity: entityKindSchema,
  entityId: z.string().min(1).max(200),
  before: z.json().nullable(),
  after: z.json().nullable(),
  reason: z.string().max(4000).nullable(),
  prevHash: sha256Hex,
  hash: sha256Hex,
}) satisfies z.ZodType<AuditEvent>;

export const credentialRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    memberId: idSchema,
    kind: z.literal('signing-key'),
    envelope: credentialEnvelopeSchema,
    setAt: isoDateTimeSchema,
  }),
  z.strictObject({
    memberId: idSchema,
    kind: z.literal('temporary'),
    temporary: temporaryPassphraseSchema,
    setAt: isoDateTimeSchema,
    setBy: idSchema,
  }),
]);

const gateRecordSchema = gateSchema;
const signoffRecordSchema = signoffSchema;
const evidenceRecordSchema = evidenceSchema;

/** How each table's rows are validated, and which field is their primary key. */
export const TABLE_RECORDS: Record<BackupTable, { schema: z.ZodType; key: string }> = {
  workspace: { schema: workspaceSchema, key: 'id' },
  members: { schema: memberSchema, key: 'id' },
  credentials: { schema: credentialRecordSchema, key: 'memberId' },
  initiatives: { schema: initiativeSchema, key: 'id' },
  gates: { schema: gateRecordSchema, key: 'id' },
  signoffs: { schema: signoffRecordSchema, key: 'id' },
  risks: { schema: riskSchema, key: 'id' },
  evidence: { schema: evidenceRecordSchema, key: 'id' },
  auditEvents: { schema: auditEventRecordSchema, key: 'seq' },
};

export type CredentialRow = z.infer<typeof credentialRecordSchema>;
export type GateRow = z.infer<typeof gateRecordSchema>;
export type SignoffRow = z.infer<typeof signoffRecordSchema>;
export type EvidenceRow = z.infer<typeof evidenceRecordSchema>;
