import { isCurrentEvidence, type Evidence } from '../../../shared/evidence/record';
import { AttachEvidence } from './AttachEvidence';

/**
 * The evidence a reviewer relies on: each current file of the initiative can
 * be cited, and files attached here are cited at once. What is cited is signed
 * with each file's SHA-256.
 */
export function CiteEvidence(props: {
  initiativeId: string;
  gateId: string;
  gateName: string;
  evidence: readonly Evidence[];
  cited: ReadonlySet<string>;
  onChange: (cited: Set<string>) => void;
}) {
  const current = props.evidence.filter(isCurrentEvidence);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(props.cited);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(next);
  };
  return (
    <fieldset className="cite-evidence">
      <legend>Evidence you rely on</legend>
      {current.length === 0 ? (
        <p className="muted">No evidence files are attached to this initiative yet.</p>
      ) : (
        <ul className="plain-list">
          {current.map((evidence) => (
            <li key={evidence.id}>
              <label>
                <input
                  type="checkbox"
                  checked={props.cited.has(evidence.id)}
                  onChange={(e) => toggle(evidence.id, e.target.checked)}
                />{' '}
                Cite {evidence.name}{' '}
                <span className="muted small">
                  (version {evidence.version}, SHA-256 {evidence.sha256.slice(0, 12)}…)
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <AttachEvidence
        initiativeId={props.initiativeId}
        target={{ kind: 'gate', gateId: props.gateId }}
        targetLabel={`review “${props.gateName}”`}
        label="Attach a file to this review"
        onAttached={(added) => toggle(added.id, true)}
      />
    </fieldset>
  );
}
