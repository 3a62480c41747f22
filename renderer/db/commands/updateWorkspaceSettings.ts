import { z } from 'zod';
import {
  workspaceSchema,
  workspaceSettingsSchema,
  type Workspace,
} from '../../../shared/domain/workspace';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';

export const updateWorkspaceSettingsInput = z.strictObject({
  name: workspaceSchema.shape.name,
  settings: workspaceSettingsSchema,
});

/** Administrators rename the workspace and change its settings; every change is audited. */
export const updateWorkspaceSettings = defineCommand({
  name: 'workspace.configure',
  label: 'save the workspace settings',
  input: updateWorkspaceSettingsInput,
  permission: 'workspace.configure',
  tables: (db) => [db.workspace, db.risks],
  async run({ db, input, audit }) {
    const before = await db.workspace.toCollection().first();
    if (!before) throw new CommandError('not-found', 'This workspace has no settings row.');
    const after: Workspace = { ...before, name: input.name, settings: input.settings };
    if (JSON.stringify(after) === JSON.stringify(before))
      throw new CommandError('conflict', 'Nothing was changed.');
    const size = input.settings.riskMatrix.size;
    if (size < before.settings.riskMatrix.size) {
      // Ratings are never rewritten behind people's backs: re-rate first.
      const beyond = await db.risks
        .filter((r) => [r.inherent, r.residual].some((x) => x.likelihood > size || x.impact > size))
        .count();
      if (beyond > 0) {
        throw new CommandError(
          'conflict',
          `${String(beyond)} ${beyond === 1 ? 'risk is' : 'risks are'} rated beyond level ${String(size)}. Re-rate ${beyond === 1 ? 'it' : 'them'} before making the matrix smaller.`,
        );
      }
    }
    await db.workspace.put(after);
    await audit.append({
      action: 'workspace.configure',
      entity: 'workspace',
      entityId: after.id,
      before,
      after,
    });
    return after;
  },
});
