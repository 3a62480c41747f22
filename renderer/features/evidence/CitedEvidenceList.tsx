import type { CitedEvidence } from '../../../shared/evidence/record';
import { useInitiativeEvidence } from './useEvidence';

/**
 * The files a sign-off cites, each checked against what is stored now: the
 * reviewer signed the hashes, so a file that differs, was replaced or was
 * withdrawn since shows here.
 */
export function CitedEvidenceList(props: {
  initiativeId: string;
  cited: readonly CitedEvidence[];
}) {
  const evidence = useInitiativeEvidence(props.initiativeId);
  if (props.cited.length === 0 || !evidence) return null;
  return (
    <div className="cited-evidence">
      <p className="small">Evidence cited:</p>
      <ul className="plain-list small">
        {props.cited.map((citation) => {
          const row = evidence.find((e) => e.id === citation.id);
          const note = !row
            ? 'not in this workspace'
            : row.sha256 !== citation.sha256
              ? 'the stored file is not the one signed'
              : row.withdrawal
                ? 'since withdrawn'
                : row.replacedBy
                  ? 'a newer version exists'
                  : null;
          return (
            <li key={citation.id}>
              {row?.name ?? citation.id}{' '}
              <code title={citation.sha256}>{citation.sha256.slice(0, 12)}…</code>
              {note && <span className="badge badge-warning">{note}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
