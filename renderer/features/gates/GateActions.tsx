import type { Initiative } from '../../../shared/domain/initiative';
import type { GateEvaluation } from '../../../shared/gates/evaluateGate';
import { OverrideGate, WithdrawGate } from './GateAdminDialogs';

/** What a program manager or administrator can do with an open gate. */
export function GateActions(props: {
  evaluation: GateEvaluation;
  initiative: Initiative;
  canManage: boolean;
  canOverride: boolean;
}) {
  const { evaluation, initiative, canManage, canOverride } = props;
  const { gate, outcome } = evaluation;
  const overridable = canOverride && gate.override === null && outcome.underlying !== 'passed';
  if (!canManage && !overridable) return null;
  return (
    <div className="form-actions">
      {canManage && <WithdrawGate gate={gate} />}
      {overridable && <OverrideGate gate={gate} initiative={initiative} />}
    </div>
  );
}
