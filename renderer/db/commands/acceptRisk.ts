import { z } from 'zod';
import { electronicSignatureSchema } from '../../../shared/auth/signature';
import { dateOnlySchema } from '../../../shared/domain/common';
import {
  acceptanceContentHash,
  acceptanceNeeded,
  acceptanceProblem,
} from '../../../shared/risk/acceptance';
import type { Risk } from '../../../shared/risk/record';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { requireWorkspace } from './gateContext';
import { requireCertified } from './requireSignature';

export const acceptRiskInput = z.strictObject({
  riskId: z.uuid(),
  expiresOn: dateOnlySchema,
  signature: electronicSignatureSchema,
});

/**
 * A member holding the workspace's acceptance role signs the acceptance of a
 * residual risk above appetite, until an expiry date. The signature binds the
 * risk's title, residual rating, treatment and the expiry.
 */
export const acceptRisk = defineCommand({
  name: 'risk.accept',
  label: 'record the acceptance',
  input: acceptRiskInput,
  permission: 'risk.accept',
  tables: (db) => [db.workspace, db.risks],
  async run({ db, input, actor, at, audit }) {
    requireCertified(actor);
    const before = await db.risks.get(input.riskId);
    if (!before) throw new CommandError('not-found', 'That risk does not exist in this workspace.');
    const { settings } = await requireWorkspace(db);
    if (!acceptanceNeeded(settings.riskMatrix, before)) {
      throw new CommandError(
        'conflict',
        'Only a risk treated by acceptance whose residual rating is above the appetite needs a signed acceptance.',
      );
    }
    const problem = acceptanceProblem({
      signerRoles: actor.roles,
      requiredRole: settings.acceptanceRole,
      signature: input.signature,
      riskId: before.id,
      expectedContentHash: acceptanceContentHash({
        riskId: before.id,
        title: before.title,
        residual: before.residual,
        treatment: before.treatment,
        expiresOn: input.expiresOn,
      }),
      keyHistory: actor.keys,
      signerId: actor.id,
      expiresOn: input.expiresOn,
      today: at,
    });
    if (problem) throw new CommandError('invalid', problem);
    if (input.signature.printedName !== actor.name) {
      throw new CommandError('invalid', 'An acceptance is signed in your own name.');
    }
    const after: Risk = {
      ...before,
      acceptance: {
        signature: input.signature,
        expiresOn: input.expiresOn,
        acceptedAt: at,
        residual: { ...before.residual },
      },
      updatedAt: at,
    };
    await db.risks.put(after);
    await audit.append({
      action: 'risk.accept',
      entity: 'risk',
      entityId: after.id,
      before,
      after,
    });
    return after;
  },
});
