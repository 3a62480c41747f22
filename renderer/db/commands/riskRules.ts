import type { RiskFields } from '../../../shared/domain/risk';
import type { Workspace } from '../../../shared/domain/workspace';
import type { Control } from '../../../shared/risk/controls';
import type { LinkedItem } from '../../../shared/risk/record';
import { ratingProblem } from '../../../shared/risk/scoring';
import type { CountersignDb } from '../database';
import { CommandError } from './commandError';
import { requireActiveMember } from './lookups';

/**
 * What every risk write checks: linked checklist items that exist in the
 * workspace's gate templates, ratings on the workspace matrix, an active owner
 * for the risk and for every control, and distinct control ids.
 */
export async function requireValidRisk(
  db: CountersignDb,
  workspace: Workspace,
  fields: Pick<RiskFields, 'inherent' | 'residual' | 'ownerId'>,
  controls: readonly Control[],
  linkedItems: readonly LinkedItem[] = [],
): Promise<void> {
  for (const link of linkedItems) {
    const template = workspace.gateTemplates.find((t) => t.id === link.templateId);
    const exists = template?.functions.some((f) => f.items.some((i) => i.id === link.itemId));
    if (!exists) {
      throw new CommandError(
        'invalid',
        `The linked checklist item “${link.itemId}” is not in the gate template “${template?.name ?? link.templateId}”.`,
      );
    }
  }
  const matrix = workspace.settings.riskMatrix;
  for (const [which, rating] of [
    ['inherent', fields.inherent],
    ['residual', fields.residual],
  ] as const) {
    const problem = ratingProblem(matrix, rating);
    if (problem) {
      throw new CommandError('invalid', `Inherent or residual rating: ${problem}`, {
        [which]: problem,
      });
    }
  }
  await requireActiveMember(db, fields.ownerId, 'owner');
  const ids = new Set<string>();
  for (const [index, control] of controls.entries()) {
    if (ids.has(control.id)) throw new CommandError('invalid', 'Two controls share an identifier.');
    ids.add(control.id);
    const owner = await db.members.get(control.ownerId);
    if (owner?.status !== 'active') {
      throw new CommandError(
        'invalid',
        `Control ${String(index + 1)} (“${control.description}”) needs an owner who is an active member.`,
        { [`controls.${String(index)}.ownerId`]: 'Choose an active member' },
      );
    }
  }
}
