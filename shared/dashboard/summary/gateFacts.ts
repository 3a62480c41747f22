import type { RiskTier } from '../../euAiAct/tier';
import type { Gate } from '../../gates/gate';
import { currentSignoffs } from '../../gates/outcome';
import { resolveRequirements, type ResolvedRequirement } from '../../gates/requirements';
import type { Signoff } from '../../gates/signoff';
import type { GateFacts, SignoffFacts } from './record';

/** Newest first; sign-offs recorded at the same moment keep their stored order. */
function newestFirst(a: Signoff, b: Signoff): number {
  return a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0;
}

/**
 * The first checklist item of the sign-off's function it answered "not met",
 * by its text, as the Dashboard names what blocks a gate.
 */
function firstNotMet(
  signoff: Signoff,
  requirements: readonly ResolvedRequirement[],
): string | null {
  const items = requirements.find((r) => r.function === signoff.function)?.items ?? [];
  for (const answer of signoff.answers) {
    if (answer.answer !== 'not-met') continue;
    const item = items.find((i) => i.id === answer.itemId);
    if (item) return item.text;
  }
  return null;
}

/**
 * A gate's facts for the initiative's tier: requirements resolved, and its
 * current sign-offs each marked stale or not against the hash of the
 * initiative's reviewed state now (`reviewedStateHash`).
 */
export function gateFacts(
  gate: Gate,
  signoffs: readonly Signoff[],
  tier: RiskTier | null,
  currentStateHash: string,
): GateFacts {
  const requirements = resolveRequirements(gate.template, tier);
  const current = new Set(currentSignoffs(signoffs));
  const facts = [...signoffs]
    .sort(newestFirst)
    .filter((signoff) => current.has(signoff))
    .map((signoff): SignoffFacts => ({
      id: signoff.id,
      function: signoff.function,
      reviewerId: signoff.reviewerId,
      decision: signoff.decision,
      recordedAt: signoff.recordedAt,
      stale: signoff.reviewedStateHash !== currentStateHash,
      notMet: firstNotMet(signoff, requirements),
      openConditions: signoff.conditions
        .filter((c) => signoff.closures[c.id] === undefined)
        .map((c) => ({ id: c.id, text: c.text, ownerId: c.ownerId, dueOn: c.dueOn })),
    }));
  return {
    id: gate.id,
    name: gate.template.name,
    openedAt: gate.openedAt,
    openedBy: gate.openedBy,
    usedAt: gate.usedAt,
    overridden: gate.override !== null,
    fromStages: [...gate.template.fromStages],
    toStage: gate.template.toStage,
    allowOneSignerForSeveralFunctions: gate.template.allowOneSignerForSeveralFunctions,
    requirements: requirements.map((r) => ({ function: r.function, quorum: r.quorum })),
    signoffs: facts,
  };
}
