import { useId, useState } from 'react';
import type { EvidenceTarget } from '../../../shared/evidence/record';
import type { Risk } from '../../../shared/risk/record';
import { AttachEvidence } from './AttachEvidence';
import { EvidenceTable } from './EvidenceTable';
import { useInitiativeEvidence } from './useEvidence';

/** Evidence for a risk and its controls, on the risk's detail. */
export function RiskEvidence({ risk, canManage }: { risk: Risk; canManage: boolean }) {
  const all = useInitiativeEvidence(risk.initiativeId);
  const [targetKey, setTargetKey] = useState('risk');
  const selectId = useId();
  if (!all) return <p role="status">Loading evidence…</p>;
  const control = risk.controls.find((c) => c.id === targetKey);
  const target: EvidenceTarget = control
    ? { kind: 'control', riskId: risk.id, controlId: control.id }
    : { kind: 'risk', riskId: risk.id };
  const controlName = (id: string) =>
    risk.controls.find((c) => c.id === id)?.description ?? 'a removed control';
  return (
    <>
      <EvidenceTable
        evidence={all.filter(
          (e) =>
            (e.target.kind === 'risk' || e.target.kind === 'control') &&
            e.target.riskId === risk.id,
        )}
        all={all}
        caption={`Evidence for the risk ${risk.title}`}
        describeTarget={(e) =>
          e.target.kind === 'control' ? `Control: ${controlName(e.target.controlId)}` : 'The risk'
        }
      />
      {canManage && (
        <div className="button-row">
          {risk.controls.length > 0 && (
            <label htmlFor={selectId}>
              Attach to{' '}
              <select
                id={selectId}
                value={targetKey}
                onChange={(e) => setTargetKey(e.target.value)}
              >
                <option value="risk">The risk</option>
                {risk.controls.map((c) => (
                  <option key={c.id} value={c.id}>
                    Control: {c.description}
                  </option>
                ))}
              </select>
            </label>
          )}
          <AttachEvidence
            initiativeId={risk.initiativeId}
            target={target}
            targetLabel={control ? `control “${control.description}”` : `risk “${risk.title}”`}
          />
        </div>
      )}
    </>
  );
}
