import { z } from 'zod';
import { riskFieldsSchema } from '../../../shared/domain/risk';
import { riskDetailsSchema, type Risk } from '../../../shared/risk/record';
import { newId } from '../ids';
import { defineCommand } from './defineCommand';
import { requireWorkspace } from './gateContext';
import { requireInitiative } from './lookups';
import { requireValidRisk } from './riskRules';

export const addRiskInput = riskFieldsSchema.extend({
  ...riskDetailsSchema.shape,
  /** The library template it starts from, if any. */
  templateId: z.string().max(80).nullable().default(null),
});

/** Records a risk on an initiative; its first review is its recording. */
export const addRisk = defineCommand({
  name: 'risk.create',
  label: 'record the risk',
  input: addRiskInput,
  permission: 'risk.manage',
  tables: (db) => [db.workspace, db.risks, db.initiatives],
  async run({ db, input, at, audit }) {
    const workspace = await requireWorkspace(db);
    await requireInitiative(db, input.initiativeId);
    await requireValidRisk(db, workspace, input, input.controls, input.linkedItems);
    const risk: Risk = {
      ...input,
      id: newId(),
      lastReviewedAt: at,
      acceptance: null,
      createdAt: at,
      updatedAt: at,
    };
    await db.risks.add(risk);
    await audit.append({
      action: 'risk.create',
      entity: 'risk',
      entityId: risk.id,
      before: null,
      after: risk,
    });
    return risk;
  },
});
