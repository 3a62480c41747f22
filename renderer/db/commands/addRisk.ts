import { riskFieldsSchema, type Risk } from '../../../shared/domain/risk';
import { newId } from '../ids';
import { defineCommand } from './defineCommand';
import { requireActiveMember, requireInitiative } from './lookups';

export const addRisk = defineCommand({
  name: 'risk.create',
  label: 'record the risk',
  input: riskFieldsSchema,
  permission: 'risk.manage',
  tables: (db) => [db.risks, db.initiatives],
  async run({ db, input, at, audit }) {
    await requireInitiative(db, input.initiativeId);
    await requireActiveMember(db, input.ownerId, 'owner');
    const risk: Risk = { ...input, id: newId(), createdAt: at, updatedAt: at };
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
