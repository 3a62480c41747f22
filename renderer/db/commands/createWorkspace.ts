import { DEFAULT_GATE_TEMPLATES } from '../../../shared/gates/defaultTemplates';
import { z } from 'zod';
import { memberFieldsSchema, type Member } from '../../../shared/domain/member';
import { roleSchema } from '../../../shared/domain/roles';
import { credentialEnvelopeSchema } from '../../../shared/auth/credential';
import { keyFromEnvelope } from './memberKeys';
import {
  DEFAULT_WORKSPACE_SETTINGS,
  workspaceSchema,
  type Workspace,
} from '../../../shared/domain/workspace';
import type { CountersignDb } from '../database';
import { AuditWriter } from './auditWriter';
import { CommandError, invalidInput, toCommandError } from './commandError';

export const createWorkspaceInput = z.strictObject({
  workspaceId: z.uuid(),
  name: workspaceSchema.shape.name,
  marking: z.string().trim().max(60).default(DEFAULT_WORKSPACE_SETTINGS.marking),
  sample: z.boolean().default(false),
  administrator: memberFieldsSchema.omit({ roles: true }).extend({
    memberId: z.uuid(),
    /** Their signing key, sealed with the passphrase they chose (never the passphrase). */
    credential: credentialEnvelopeSchema,
    /** Roles the first member holds besides administrator (e.g. program manager). */
    otherRoles: z.array(roleSchema).max(8).default([]),
  }),
});
export type CreateWorkspaceInput = z.input<typeof createWorkspaceInput>;

/**
 * The bootstrap command: the only one that runs without an existing member.
 * It is allowed exactly once per database, and its actor is the administrator
 * it creates, so the first audit events are attributable like every other.
 */
export async function createWorkspace(
  db: CountersignDb,
  rawInput: unknown,
  now: () => Date = () => new Date(),
): Promise<{ workspace: Workspace; administrator: Member }> {
  const parsed = createWorkspaceInput.safeParse(rawInput);
  if (!parsed.success) throw invalidInput(parsed.error);
  const input = parsed.data;
  const at = now().toISOString();
  try {
    return await db.transaction(
      'rw',
      [db.workspace, db.members, db.credentials, db.auditEvents],
      async () => {
        if ((await db.workspace.count()) > 0 || (await db.auditEvents.count()) > 0) {
          throw new CommandError('conflict', 'This workspace has already been created.');
        }
        const workspace: Workspace = {
          id: input.workspaceId,
          name: input.name,
          createdAt: at,
          sample: input.sample,
          settings: { ...DEFAULT_WORKSPACE_SETTINGS, marking: input.marking },
          gateTemplates: structuredClone([...DEFAULT_GATE_TEMPLATES]),
        };
        const { memberId, otherRoles, credential, ...fields } = input.administrator;
        const administrator: Member = {
          ...fields,
          id: memberId,
          roles: ['administrator', ...otherRoles.filter((role) => role !== 'administrator')],
          status: 'active',
          createdAt: at,
          keys: [keyFromEnvelope(credential, at)],
          certification: null,
        };
        await db.workspace.add(workspace);
        await db.members.add(administrator);
        await db.credentials.add({
          memberId,
          kind: 'signing-key',
          envelope: credential,
          setAt: at,
        });
        const audit = new AuditWriter(db, administrator.id, at);
        await audit.append({
          action: 'workspace.create',
          entity: 'workspace',
          entityId: workspace.id,
          before: null,
          after: workspace,
        });
        await audit.append({
          action: 'member.create',
          entity: 'member',
          entityId: administrator.id,
          before: null,
          after: administrator,
          reason: 'First member of a new workspace becomes its administrator',
        });
        return { workspace, administrator };
      },
    );
  } catch (error) {
    throw toCommandError(error, 'create the workspace');
  }
}
