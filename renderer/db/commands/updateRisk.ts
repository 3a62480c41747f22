import { z } from 'zod';
import { canonicalJson } from '../../../shared/crypto/canonicalJson';
import { optionalText } from '../../../shared/domain/common';
import { riskFieldsSchema } from '../../../shared/domain/risk';
import { riskDetailsSchema, type Risk } from '../../../shared/risk/record';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireWorkspace } from './gateContext';
import { requireValidRisk } from './riskRules';

export const updateRiskInput = z.strictObject({
  riskId: z.uuid(),
  risk: riskFieldsSchema.omit({ initiativeId: true }).extend(riskDetailsSchema.shape),
  reason: optionalText('Reason', 1000),
});

/**
 * Edits a risk: its description, ratings, treatment and controls. A signed
 * acceptance covers one title, residual rating and treatment; changing any
 * of them lifts the acceptance (it stays in the audit trail).
 */
export const updateRisk = defineCommand({
  name: 'risk.update',
  label: 'save the risk',
  input: updateRiskInput,
  permission: 'risk.manage',
  tables: (db) => [db.workspace, db.risks],
  async run({ db, input, at, audit }) {
    const before = await db.risks.get(input.riskId);
    if (!before) throw new CommandError('not-found', 'That risk does not exist in this workspace.');
    const workspace = await requireWorkspace(db);
    await requireValidRisk(db, workspace, input.risk, input.risk.controls, input.risk.linkedItems);
    const accepted =
      before.acceptance !== null &&
      before.title === input.risk.title &&
      before.treatment === input.risk.treatment &&
      canonicalJson(before.residual) === canonicalJson(input.risk.residual);
    const after: Risk = {
      ...before,
      ...input.risk,
      acceptance: accepted ? before.acceptance : null,
      updatedAt: at,
    };
    if (
      canonicalJson({ ...after, updatedAt: '' }) === canonicalJson({ ...before, updatedAt: '' })
    ) {
      throw new CommandError('conflict', 'Nothing was changed.');
    }
    await db.risks.put(after);
    await audit.append({
      action: 'risk.update',
      entity: 'risk',
      entityId: after.id,
      before,
      after,
      reason: input.reason === '' ? null : input.reason,
    });
    return after;
  },
});
