import { z } from 'zod';
import { electronicSignatureSchema } from '../auth/signature';
import { idSchema, isoDateTimeSchema, optionalText, requiredText } from '../domain/common';
import { gateTemplateSchema } from './template';

export const GATE_OVERRIDE_RECORD_KIND = 'gate-override';

/** An administrator's signed decision to let a stage change through without a passed gate. */
export const gateOverrideSchema = z.strictObject({
  by: idSchema,
  at: isoDateTimeSchema,
  justification: requiredText('Justification', 2000),
  signature: electronicSignatureSchema,
});
export type GateOverride = z.infer<typeof gateOverrideSchema>;

export const gateWithdrawalSchema = z.strictObject({
  by: idSchema,
  at: isoDateTimeSchema,
  reason: requiredText('Reason', 1000),
});

/**
 * A gate review opened on an initiative. It keeps a copy of the template
 * version it started from, so later template edits never change it.
 */
export const gateSchema = z.strictObject({
  id: idSchema,
  initiativeId: idSchema,
  template: gateTemplateSchema,
  openedBy: idSchema,
  openedAt: isoDateTimeSchema,
  note: optionalText('Note', 2000),
  withdrawal: gateWithdrawalSchema.nullable(),
  override: gateOverrideSchema.nullable(),
  /** When the initiative moved to the gate's stage on the strength of it. */
  usedAt: isoDateTimeSchema.nullable(),
});
export type Gate = z.infer<typeof gateSchema>;

/** What the override signature covers: the gate, its template version and the justification. */
export function overrideContent(
  gate: Pick<Gate, 'id' | 'initiativeId' | 'template'>,
  justification: string,
) {
  return {
    domain: 'countersign/gate-override/v1',
    gateId: gate.id,
    initiativeId: gate.initiativeId,
    templateId: gate.template.id,
    templateVersion: gate.template.version,
    justification,
  };
}

/**
 * A gate as audit events after `gate.open` record it. The template copy is
 * fixed when the gate opens (that event holds it in full), so later events
 * name it by id, version and name instead of repeating several kilobytes.
 */
export function gateEventSnapshot(gate: Gate) {
  const { template, ...rest } = gate;
  return { ...rest, template: { id: template.id, version: template.version, name: template.name } };
}
