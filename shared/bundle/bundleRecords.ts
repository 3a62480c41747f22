import { z } from 'zod';
import type { AuditEvent } from '../audit/auditEvent';
import { auditEventRecordSchema } from '../backup/recordSchemas';
import { canonicalJson } from '../crypto/canonicalJson';
import { initiativeSchema } from '../domain/initiative';
import { evidenceSchema } from '../evidence/record';
import { gateSchema } from '../gates/gate';
import { signoffSchema } from '../gates/signoff';
import { riskSchema } from '../risk/record';
import { bundleMemberSchema, type BundleMember, type BundleRecords } from './bundleMembers';
import type { RecordFile } from './format';

/** Each records file's schema: the shared domain schemas, so the bundle holds exactly what the app stores. */
const RECORD_SCHEMAS = {
  initiative: initiativeSchema,
  gates: z.array(gateSchema),
  signoffs: z.array(signoffSchema),
  risks: z.array(riskSchema),
  evidence: z.array(evidenceSchema),
  members: z.array(bundleMemberSchema),
} as const satisfies Record<RecordFile, z.ZodType>;

export interface ParsedRecords extends BundleRecords {
  members: BundleMember[];
}

export type RecordRead<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Validates one records file. A record must be exactly its validated form
 * (nothing trimmed, defaulted or reordered), since signatures are checked
 * over the validated form; the message names the record and the field.
 */
export function parseRecordFile<F extends RecordFile>(
  file: F,
  path: string,
  raw: unknown,
): RecordRead<z.infer<(typeof RECORD_SCHEMAS)[F]>> {
  const schema: z.ZodType = RECORD_SCHEMAS[file];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [index, ...field] = issue?.path ?? [];
    const where =
      file === 'initiative'
        ? issue?.path.length
          ? ` (${issue.path.join('.')})`
          : ''
        : typeof index === 'number'
          ? ` in record ${String(index + 1)}${recordIdAt(raw, index)}${field.length > 0 ? ` (${field.join('.')})` : ''}`
          : '';
    const detail =
      issue?.code === 'unrecognized_keys'
        ? `unexpected field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : (issue?.message ?? 'not valid');
    return { ok: false, message: `${path} is not valid${where}: ${detail}.` };
  }
  if (canonicalJson(parsed.data) !== canonicalJson(raw)) {
    return { ok: false, message: `${path} is not in the form Countersign writes.` };
  }
  return { ok: true, value: parsed.data as z.infer<(typeof RECORD_SCHEMAS)[F]> };
}

function recordIdAt(raw: unknown, index: number): string {
  const row: unknown = Array.isArray(raw) ? raw[index] : undefined;
  const id = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? ` (id ${id})` : '';
}

/** audit/events.json: a list of events, each exactly as the app stores it. */
export function parseEvents(path: string, raw: unknown): RecordRead<AuditEvent[]> {
  if (!Array.isArray(raw)) return { ok: false, message: `${path} is not a list of events.` };
  const events: AuditEvent[] = [];
  for (const [index, row] of raw.entries()) {
    const parsed = auditEventRecordSchema.safeParse(row);
    const seq: unknown =
      row !== null && typeof row === 'object' ? (row as { seq?: unknown }).seq : undefined;
    const which = typeof seq === 'number' ? `event #${String(seq)}` : `entry ${String(index + 1)}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return {
        ok: false,
        message: `${path}: ${which} is not a valid audit event${field}: ${issue?.message ?? 'not valid'}.`,
      };
    }
    events.push(parsed.data);
  }
  return { ok: true, value: events };
}
