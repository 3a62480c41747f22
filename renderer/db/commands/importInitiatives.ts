import { z } from 'zod';
import type { Member } from '../../../shared/domain/member';
import { MAX_IMPORT_ROWS } from '../../../shared/import/table';
import { fileNameSchema } from '../../../shared/ipc/contract';
import { CommandError } from './commandError';
import { createInitiativeInput, initiativeCreated, newInitiative } from './createInitiative';
import { defineCommand } from './defineCommand';

export const importInitiativesInput = z.strictObject({
  /** The spreadsheet the rows came from; it is named in every audit event. */
  fileName: fileNameSchema,
  initiatives: z
    .array(createInitiativeInput)
    .min(1, { message: 'There are no rows to import' })
    .max(MAX_IMPORT_ROWS, {
      message: `At most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} initiatives can be imported at once`,
    }),
});
export type ImportInitiativesInput = z.input<typeof importInitiativesInput>;

/**
 * Registers every initiative of an imported inventory in one transaction, each
 * with its own `initiative.create` audit event. Any refusal imports nothing.
 */
export const importInitiatives = defineCommand({
  name: 'initiative.import',
  label: 'import the initiatives',
  input: importInitiativesInput,
  permission: 'initiative.create',
  tables: (db) => [db.initiatives],
  async run({ db, input, at, audit }) {
    const ownerIds = [...new Set(input.initiatives.map((i) => i.ownerId))];
    const owners = await db.members.bulkGet(ownerIds);
    const ownerById = new Map<string, Member>();
    for (const owner of owners) if (owner) ownerById.set(owner.id, owner);
    for (const item of input.initiatives) {
      const owner = ownerById.get(item.ownerId);
      if (!owner) {
        throw new CommandError(
          'not-found',
          `The owner of “${item.title}” is not a member of this workspace. Nothing was imported.`,
        );
      }
      if (owner.status !== 'active') {
        throw new CommandError(
          'invalid',
          `${owner.name} is deactivated and cannot be the owner of “${item.title}”. Nothing was imported.`,
        );
      }
    }

    const initiatives = input.initiatives.map((item) => newInitiative(item, at));
    await db.initiatives.bulkAdd(initiatives);
    const reason = `Imported from ${input.fileName}`;
    await audit.appendMany(initiatives.map((initiative) => initiativeCreated(initiative, reason)));
    return { imported: initiatives.length, ids: initiatives.map((i) => i.id) };
  },
});
