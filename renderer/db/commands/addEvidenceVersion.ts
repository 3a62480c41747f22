import { z } from 'zod';
import { idSchema, optionalText } from '../../../shared/domain/common';
import type { Evidence } from '../../../shared/evidence/record';
import { newId } from '../ids';
import { addEvidenceInput } from './addEvidence';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { checkFile, requireEvidenceBudget } from './evidenceRules';
import { requireWorkspace } from './gateContext';
import { requireEvidence } from './withdrawEvidence';

export const addEvidenceVersionInput = z.strictObject({
  evidenceId: idSchema,
  file: addEvidenceInput.shape.file,
  description: optionalText('Description', 500),
});

/**
 * A new version of a file: a new evidence row with its own hash, linked to the
 * one it replaces. The replaced row keeps its file and hash; only its
 * `replacedBy` link is set, so history shows both.
 */
export const addEvidenceVersion = defineCommand({
  name: 'evidence.version',
  label: 'add the new version',
  input: addEvidenceVersionInput,
  permission: 'evidence.manage',
  tables: (db) => [db.workspace, db.evidence, db.evidenceFiles],
  async run({ db, input, actor, at, audit }) {
    const workspace = await requireWorkspace(db);
    const previous = await requireEvidence(db, input.evidenceId);
    if (previous.withdrawal) {
      throw new CommandError(
        'conflict',
        `“${previous.name}” was withdrawn: attach it as a new file instead.`,
      );
    }
    if (previous.replacedBy) {
      throw new CommandError(
        'conflict',
        `“${previous.name}” already has a newer version: add the new version to that one.`,
      );
    }
    const file = checkFile(workspace, input.file.name, input.file.data);
    await requireEvidenceBudget(db, file.bytes);
    const next: Evidence = {
      id: newId(),
      initiativeId: previous.initiativeId,
      target: previous.target,
      ...file,
      description: input.description || previous.description,
      addedBy: actor.id,
      addedAt: at,
      version: previous.version + 1,
      replaces: previous.id,
      replacedBy: null,
      withdrawal: null,
    };
    const replaced: Evidence = { ...previous, replacedBy: next.id };
    await db.evidence.bulkPut([replaced, next]);
    await db.evidenceFiles.add({ id: next.id, data: input.file.data });
    // Two events, one under each id, so each file's own history tells the story.
    await audit.appendMany([
      {
        action: 'evidence.version',
        entity: 'evidence',
        entityId: next.id,
        before: null,
        after: next,
        reason: `Version ${String(next.version)} of “${previous.name}”`,
      },
      {
        action: 'evidence.replace',
        entity: 'evidence',
        entityId: previous.id,
        before: previous,
        after: replaced,
        reason: `Replaced by version ${String(next.version)}`,
      },
    ]);
    return next;
  },
});
