import { GATE_STATUS_LABELS, type GateStatus } from '../../../shared/gates/outcome';

const CLASS: Record<GateStatus, string> = {
  passed: 'badge badge-ok',
  'in-review': 'badge',
  'changes-requested': 'badge badge-warning',
  blocked: 'badge badge-error',
  overridden: 'badge badge-warning',
  withdrawn: 'badge',
};

/** The gate's status in words; colour only repeats what the words say. */
export function GateStatusBadge({ status }: { status: GateStatus }) {
  return <span className={CLASS[status]}>{GATE_STATUS_LABELS[status]}</span>;
}
