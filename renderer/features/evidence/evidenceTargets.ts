import { evidenceStatusText } from '../../../shared/evidence/describeTarget';
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

/** The status of a row in words: current, withdrawn, or replaced by version n. */
export function evidenceStatus(evidence: Evidence, all: readonly Evidence[]): string {
  if (evidence.withdrawal) return 'Withdrawn';
  return evidenceStatusText(evidence, (id) => all.find((e) => e.id === id)?.version);
}
