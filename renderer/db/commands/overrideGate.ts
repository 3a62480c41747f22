import { z } from 'zod';
import { electronicSignatureSchema } from '../../../shared/auth/signature';
import { hashCanonical } from '../../../shared/crypto/sha256';
import { requiredText } from '../../../shared/domain/common';
import {
  GATE_OVERRIDE_RECORD_KIND,
  gateEventSnapshot,
  overrideContent,
  type Gate,
} from '../../../shared/gates/gate';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { loadGate } from './gateContext';
import { requireCertified, requireOwnSignature } from './requireSignature';

export const overrideGateInput = z.strictObject({
  gateId: z.uuid(),
  justification: requiredText('Justification', 2000),
  signature: electronicSignatureSchema,
});

/**
 * An administrator lets a stage change through without a passed gate. The
 * justification is signed (meaning: responsibility), audited, and the gate
 * shows the override wherever it appears, exported packs included.
 */
export const overrideGate = defineCommand({
  name: 'gate.override',
  label: 'override the gate',
  input: overrideGateInput,
  permission: 'gate.override',
  tables: (db) => [db.workspace, db.initiatives, db.gates, db.signoffs, db.risks],
  async run({ db, input, actor, at, audit }) {
    requireCertified(actor);
    const { gate: before, evaluation } = await loadGate(db, input.gateId, new Date(at));
    if (before.withdrawal !== null)
      throw new CommandError('conflict', 'This review was withdrawn.');
    if (before.usedAt !== null) {
      throw new CommandError('conflict', 'This gate already carried the initiative to its stage.');
    }
    if (before.override !== null)
      throw new CommandError('conflict', 'This gate is already overridden.');
    if (evaluation.outcome.underlying === 'passed') {
      throw new CommandError('conflict', 'This gate has passed; it needs no override.');
    }
    requireOwnSignature(
      actor,
      input.signature,
      {
        recordKind: GATE_OVERRIDE_RECORD_KIND,
        recordId: before.id,
        contentHash: hashCanonical(overrideContent(before, input.justification)),
        meaning: 'responsibility',
      },
      'override',
    );
    const after: Gate = {
      ...before,
      override: {
        by: actor.id,
        at,
        justification: input.justification,
        signature: input.signature,
      },
    };
    await db.gates.put(after);
    await audit.append({
      action: 'gate.override',
      entity: 'gate',
      entityId: after.id,
      before: gateEventSnapshot(before),
      after: gateEventSnapshot(after),
      reason: input.justification,
    });
    return after;
  },
});
