import { z } from 'zod';
import { canonicalJson } from '../../../shared/crypto/canonicalJson';
import { optionalText } from '../../../shared/domain/common';
import type { Workspace } from '../../../shared/domain/workspace';
import { gateTemplateSchema, type GateTemplate } from '../../../shared/gates/template';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireWorkspace } from './gateContext';

export const saveGateTemplateInput = z.strictObject({
  template: gateTemplateSchema,
  /** The version the administrator edited; another edit in between is refused. */
  basedOnVersion: z.number().int().min(0),
  reason: optionalText('Reason', 1000),
});

/**
 * Saves a gate template as its next version (or a new template as version
 * 1). Gates already opened keep the version they copied.
 */
export const saveGateTemplate = defineCommand({
  name: 'gate.template.save',
  label: 'save the gate template',
  input: saveGateTemplateInput,
  permission: 'workspace.configure',
  tables: (db) => [db.workspace],
  async run({ db, input, audit }) {
    const workspace = await requireWorkspace(db);
    const existing = workspace.gateTemplates.find((t) => t.id === input.template.id) ?? null;
    const currentVersion = existing?.version ?? 0;
    if (input.basedOnVersion !== currentVersion) {
      throw new CommandError(
        'conflict',
        `“${input.template.name}” was changed by someone else (now version ${String(currentVersion)}). Reload it and make your change again.`,
      );
    }
    const template: GateTemplate = { ...input.template, version: currentVersion + 1 };
    if (
      existing &&
      canonicalJson({ ...existing, version: 0 }) === canonicalJson({ ...template, version: 0 })
    ) {
      throw new CommandError('conflict', 'Nothing was changed.');
    }
    const after: Workspace = {
      ...workspace,
      gateTemplates: existing
        ? workspace.gateTemplates.map((t) => (t.id === template.id ? template : t))
        : [...workspace.gateTemplates, template],
    };
    if (after.gateTemplates.length > 20)
      throw new CommandError('invalid', 'At most 20 gate templates.');
    await db.workspace.put(after);
    await audit.append({
      action: 'gate.template.save',
      entity: 'workspace',
      entityId: workspace.id,
      before: existing,
      after: template,
      reason: input.reason === '' ? null : input.reason,
    });
    return template;
  },
});
