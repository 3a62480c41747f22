import type { Evidence, EvidenceTarget } from '../../../shared/evidence/record';

/** Whether an evidence row is attached to this target (a risk's list includes its controls'). */
export function attachedTo(evidence: Evidence, target: EvidenceTarget): boolean {
  const attached = evidence.target;
  switch (target.kind) {
    case 'initiative':
      return true;
    case 'risk':
      return (
        (attached.kind === 'risk' || attached.kind === 'control') &&
        attached.riskId === target.riskId
      );
    case 'control':
      return attached.kind === 'control' && attached.controlId === target.controlId;
    case 'gate':
      return (
        (attached.kind === 'gate' || attached.kind === 'checklist-item') &&
        attached.gateId === target.gateId
      );
    case 'checklist-item':
      return (
        attached.kind === 'checklist-item' &&
        attached.gateId === target.gateId &&
        attached.itemId === target.itemId
      );
  }
}

/** What a file is attached to, in words, given names for the records it may point at. */
export function describeTarget(
  target: EvidenceTarget,
  names: {
    risk: (id: string) => string | undefined;
    control: (riskId: string, controlId: string) => string | undefined;
    gate: (id: string) => string | undefined;
    item: (gateId: string, itemId: string) => string | undefined;
  },
): string {
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
export function evidenceStatus(evidence: Evidence, all: readonly Evidence[]): string {
  if (evidence.withdrawal) return 'Withdrawn';
  if (evidence.replacedBy) {
    const next = all.find((e) => e.id === evidence.replacedBy);
    return next ? `Replaced by version ${String(next.version)}` : 'Replaced';
  }
  return 'Current';
}
