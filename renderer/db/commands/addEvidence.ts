import { z } from 'zod';
import { idSchema, optionalText } from '../../../shared/domain/common';
import { evidenceTargetSchema, type Evidence } from '../../../shared/evidence/record';
import { newId } from '../ids';
import { defineCommand } from './defineCommand';
import { checkFile, requireEvidenceBudget, requireTarget } from './evidenceRules';
import { requireWorkspace } from './gateContext';
import { requireInitiative } from './lookups';

/** The bytes of a file as the host read it; validated against the workspace's limits in the command. */
export const evidenceFileSchema = z.strictObject({
  name: z.string({ message: 'The file has no name' }).max(1000),
  data: z.instanceof(Uint8Array, { message: 'The file contents must be bytes' }),
});

export const addEvidenceInput = z.strictObject({
  initiativeId: idSchema,
  target: evidenceTargetSchema,
  file: evidenceFileSchema,
  description: optionalText('Description', 500),
});

/** Attaches a file to an initiative or one of its risks, controls, gate reviews or checklist items. */
export const addEvidence = defineCommand({
  name: 'evidence.add',
  label: 'attach the evidence',
  input: addEvidenceInput,
  permission: 'evidence.manage',
  tables: (db) => [db.workspace, db.initiatives, db.risks, db.gates, db.evidence, db.evidenceFiles],
  async run({ db, input, actor, at, audit }) {
    const workspace = await requireWorkspace(db);
    await requireInitiative(db, input.initiativeId);
    await requireTarget(db, input.initiativeId, input.target);
    const file = checkFile(workspace, input.file.name, input.file.data);
    await requireEvidenceBudget(db, file.bytes);
    const evidence: Evidence = {
      id: newId(),
      initiativeId: input.initiativeId,
      target: input.target,
      ...file,
      description: input.description,
      addedBy: actor.id,
      addedAt: at,
      version: 1,
      replaces: null,
      replacedBy: null,
      withdrawal: null,
    };
    await db.evidence.add(evidence);
    await db.evidenceFiles.add({ id: evidence.id, data: input.file.data });
    await audit.append({
      action: 'evidence.add',
      entity: 'evidence',
      entityId: evidence.id,
      before: null,
      after: evidence,
    });
    return evidence;
  },
});
