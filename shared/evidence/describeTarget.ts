import type { Gate } from '../gates/gate';
import type { Risk } from '../risk/record';
import type { EvidenceTarget } from './record';

/** Names of the records an initiative's evidence may be attached to. */
export interface TargetNames {
  risk: (id: string) => string | undefined;
  control: (riskId: string, controlId: string) => string | undefined;
  gate: (id: string) => string | undefined;
  item: (gateId: string, itemId: string) => string | undefined;
}

/** Looks names up in an initiative's risks and gates. */
export function targetNames(risks: readonly Risk[], gates: readonly Gate[]): TargetNames {
  return {
    risk: (id) => risks.find((r) => r.id === id)?.title,
    control: (riskId, controlId) =>
      risks.find((r) => r.id === riskId)?.controls.find((c) => c.id === controlId)?.description,
    gate: (id) => gates.find((g) => g.id === id)?.template.name,
    item: (gateId, itemId) =>
      gates
        .find((g) => g.id === gateId)
        ?.template.functions.flatMap((f) => f.items)
        .find((i) => i.id === itemId)?.text,
  };
}

/** What a file is attached to, in words. */
export function describeTarget(target: EvidenceTarget, names: TargetNames): string {
  switch (target.kind) {
    case 'initiative':
      return 'The initiative';
    case 'risk':
      return `Risk: ${names.risk(target.riskId) ?? 'a removed risk'}`;
    case 'control':
      return `Control: ${names.control(target.riskId, target.controlId) ?? 'a removed control'}`;
    case 'gate':
      return `Gate review: ${names.gate(target.gateId) ?? 'a gate review'}`;
    case 'checklist-item':
      return `Checklist: ${names.item(target.gateId, target.itemId) ?? target.itemId}`;
  }
}

/** The status of a row in words: current, withdrawn, or replaced by version n. */
export function evidenceStatusText(
  evidence: { withdrawal: { reason: string } | null; replacedBy: string | null },
  versionOf: (id: string) => number | undefined,
): string {
  if (evidence.withdrawal) return `Withdrawn: ${evidence.withdrawal.reason}`;
  if (evidence.replacedBy) {
    const next = versionOf(evidence.replacedBy);
    return next === undefined ? 'Replaced' : `Replaced by version ${String(next)}`;
  }
  return 'Current';
}
