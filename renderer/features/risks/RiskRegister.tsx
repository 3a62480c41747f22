import { useLiveQuery } from 'dexie-react-hooks';
import type { Initiative } from '../../../shared/domain/initiative';
import { RISK_CATEGORY_LABELS, type TREATMENTS } from '../../../shared/domain/risk';
import { useWorkspace } from '../../app/WorkspaceContext';

const TREATMENT_LABELS: Record<(typeof TREATMENTS)[number], string> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};

/** The initiative's risks with inherent and residual ratings (likelihood × impact). */
export function RiskRegister({ initiative }: { initiative: Initiative }) {
  const { db } = useWorkspace();
  const risks = useLiveQuery(
    () => db.risks.where('initiativeId').equals(initiative.id).toArray(),
    [db, initiative.id],
  );
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  const name = (id: string) => members?.find((m) => m.id === id)?.name ?? 'Unknown member';
  if (risks === undefined) return <p role="status">Loading…</p>;
  if (risks.length === 0) return <p className="muted">No risks recorded for this initiative.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Risks of {initiative.title}</caption>
      <thead>
        <tr>
          <th scope="col">Risk</th>
          <th scope="col">Category</th>
          <th scope="col">Inherent (L × I)</th>
          <th scope="col">Residual (L × I)</th>
          <th scope="col">Treatment</th>
          <th scope="col">Owner</th>
        </tr>
      </thead>
      <tbody>
        {risks.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {r.title}
              {r.description && <span className="muted block">{r.description}</span>}
            </th>
            <td>{RISK_CATEGORY_LABELS[r.category]}</td>
            <td>
              {r.inherent.likelihood} × {r.inherent.impact}
            </td>
            <td>
              {r.residual.likelihood} × {r.residual.impact}
            </td>
            <td>{TREATMENT_LABELS[r.treatment]}</td>
            <td>{name(r.ownerId)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
