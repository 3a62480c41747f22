import { z } from 'zod';
import { electronicSignatureSchema } from '../../../shared/auth/signature';
import { HEX_SHA256 } from '../../../shared/crypto/sha256';
import { dateOnly } from '../../../shared/domain/calendar';
import { citedItemIds, decisionProblem } from '../../../shared/gates/decisionRules';
import { REVIEW_FUNCTION_LABELS } from '../../../shared/gates/functions';
import { segregationProblem } from '../../../shared/gates/segregation';
import {
  SIGNOFF_RECORD_KIND,
  meaningOf,
  signoffContentHash,
  signoffDecisionSchema,
  type Signoff,
} from '../../../shared/gates/signoff';
import { rolesGrant } from '../../../shared/domain/permissions';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { loadGate } from './gateContext';
import { requireCitedEvidence } from './evidenceRules';
import { requireActiveMember } from './lookups';
import { requireCertified, requireOwnSignature } from './requireSignature';

export const recordSignoffInput = z.strictObject({
  /** Chosen before signing: the signature binds the sign-off's id. */
  signoffId: z.uuid(),
  gateId: z.uuid(),
  decision: signoffDecisionSchema,
  /** The hash of the material state the reviewer was shown. */
  reviewedStateHash: z.string().regex(HEX_SHA256),
  signature: electronicSignatureSchema,
});

/**
 * Records a reviewer's signed decision on a gate. Refused unless the
 * reviewer may sign for the function (segregation of duties), the answers
 * are complete, the initiative has not changed since the reviewer looked,
 * and the signature is theirs over exactly this content.
 */
export const recordSignoff = defineCommand({
  name: 'gate.signoff',
  label: 'record the sign-off',
  input: recordSignoffInput,
  permission: 'gate.signoff',
  tables: (db) => [db.workspace, db.initiatives, db.gates, db.signoffs, db.risks, db.evidence],
  async run({ db, input, actor, at, audit }) {
    requireCertified(actor);
    const { gate, initiative, evaluation } = await loadGate(db, input.gateId, new Date(at));
    const fn = input.decision.function;
    const fnLabel = REVIEW_FUNCTION_LABELS[fn];
    if (gate.withdrawal !== null) throw new CommandError('conflict', 'This review was withdrawn.');
    const requirement = evaluation.requirements.find((r) => r.function === fn);
    if (!requirement) {
      throw new CommandError(
        'invalid',
        `“${gate.template.name}” does not need a ${fnLabel} sign-off.`,
      );
    }
    const current = evaluation.signoffs.filter((v) => v.current);
    const own = current.find((v) => v.signoff.reviewerId === actor.id && v.signoff.function === fn);
    if (gate.usedAt !== null && !(own?.standing.stale === true || own?.standing.expired === true)) {
      throw new CommandError(
        'conflict',
        'This gate already carried the initiative to its stage; only a stale or expired sign-off is signed again.',
      );
    }
    const problem = segregationProblem({
      reviewer: actor,
      fn,
      initiative,
      gate,
      signoffs: current.map((v) => v.signoff),
    });
    if (problem) throw new CommandError('forbidden', problem);
    if (input.reviewedStateHash !== evaluation.currentStateHash) {
      throw new CommandError(
        'conflict',
        `${initiative.title} changed while you were reviewing it. Look at the changes, then sign again.`,
      );
    }
    const cited = await requireCitedEvidence(db, initiative.id, input.decision.evidence);
    const invalid = decisionProblem(
      input.decision,
      requirement,
      dateOnly(new Date(at)),
      citedItemIds(gate.id, input.decision.evidence, cited),
    );
    if (invalid) throw new CommandError('invalid', invalid);
    const conditionIds = new Set(input.decision.conditions.map((c) => c.id));
    if (conditionIds.size !== input.decision.conditions.length) {
      throw new CommandError('invalid', 'Two conditions share an identifier.');
    }
    for (const condition of input.decision.conditions) {
      const owner = await requireActiveMember(db, condition.ownerId, 'condition owner');
      if (!rolesGrant(owner.roles, 'condition.close')) {
        throw new CommandError(
          'invalid',
          `${owner.name} cannot close conditions (auditors are read-only); choose another owner for “${condition.text}”.`,
        );
      }
    }
    if (await db.signoffs.get(input.signoffId)) {
      throw new CommandError('conflict', 'This sign-off was already recorded.');
    }
    const content = {
      ...input.decision,
      gateId: gate.id,
      initiativeId: initiative.id,
      templateId: gate.template.id,
      templateVersion: gate.template.version,
      reviewedStateHash: evaluation.currentStateHash,
    };
    requireOwnSignature(
      actor,
      input.signature,
      {
        recordKind: SIGNOFF_RECORD_KIND,
        recordId: input.signoffId,
        contentHash: signoffContentHash(content),
        meaning: meaningOf(input.decision.decision),
      },
      'sign-off',
    );
    const signoff: Signoff = {
      ...content,
      id: input.signoffId,
      reviewerId: actor.id,
      reviewedState: evaluation.currentState,
      signature: input.signature,
      recordedAt: at,
      closures: {},
    };
    await db.signoffs.add(signoff);
    await audit.append({
      action: 'gate.signoff',
      entity: 'signoff',
      entityId: signoff.id,
      before: own?.signoff ?? null,
      after: signoff,
    });
    return signoff;
  },
});
