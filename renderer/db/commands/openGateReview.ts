import { z } from 'zod';
import { optionalText } from '../../../shared/domain/common';
import { STAGE_LABELS } from '../../../shared/domain/initiative';
import type { Gate } from '../../../shared/gates/gate';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireWorkspace } from './gateContext';
import { requireInitiative } from './lookups';
import { newId } from '../ids';

export const openGateReviewInput = z.strictObject({
  initiativeId: z.uuid(),
  templateId: z.string().min(1).max(80),
  note: optionalText('Note', 2000),
});

/**
 * A program manager opens a gate review. The gate keeps a copy of the
 * template's current version, so later edits to the template never change it.
 */
export const openGateReview = defineCommand({
  name: 'gate.open',
  label: 'open the gate review',
  input: openGateReviewInput,
  permission: 'gate.open',
  tables: (db) => [db.workspace, db.initiatives, db.gates],
  async run({ db, input, actor, at, audit }) {
    const workspace = await requireWorkspace(db);
    const template = workspace.gateTemplates.find((t) => t.id === input.templateId);
    if (!template) throw new CommandError('not-found', 'That gate template does not exist.');
    const initiative = await requireInitiative(db, input.initiativeId);
    if (!template.fromStages.includes(initiative.stage)) {
      const from = template.fromStages.map((stage) => STAGE_LABELS[stage]).join(' or ');
      throw new CommandError(
        'conflict',
        `“${template.name}” is opened from ${from}; ${initiative.title} is in ${STAGE_LABELS[initiative.stage]}.`,
      );
    }
    const active = await db.gates
      .where('initiativeId')
      .equals(initiative.id)
      .filter((g) => g.template.id === template.id && g.withdrawal === null && g.usedAt === null)
      .first();
    if (active) {
      throw new CommandError(
        'conflict',
        `A “${template.name}” review is already open on ${initiative.title}.`,
      );
    }
    const gate: Gate = {
      id: newId(),
      initiativeId: initiative.id,
      template: structuredClone(template),
      openedBy: actor.id,
      openedAt: at,
      note: input.note,
      withdrawal: null,
      override: null,
      usedAt: null,
    };
    await db.gates.add(gate);
    await audit.append({
      action: 'gate.open',
      entity: 'gate',
      entityId: gate.id,
      before: null,
      after: gate,
    });
    return gate;
  },
});
