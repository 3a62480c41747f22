import { useLiveQuery } from 'dexie-react-hooks';
import { rolesGrant } from '../../../shared/domain/permissions';
import type { Initiative } from '../../../shared/domain/initiative';
import type { Evidence } from '../../../shared/evidence/record';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { AttachEvidence } from './AttachEvidence';
import { EvidenceTable } from './EvidenceTable';
import { describeTarget, targetNames } from '../../../shared/evidence/describeTarget';
import { useInitiativeEvidence } from './useEvidence';

/** Every file of evidence on an initiative, whatever it is attached to. */
export function EvidenceTab({ initiative }: { initiative: Initiative }) {
  const { db } = useWorkspace();
  const member = useMember();
  const evidence = useInitiativeEvidence(initiative.id);
  const related = useLiveQuery(
    async () => ({
      risks: await db.risks.where('initiativeId').equals(initiative.id).toArray(),
      gates: await db.gates.where('initiativeId').equals(initiative.id).toArray(),
    }),
    [db, initiative.id],
  );
  if (!evidence || !related) return <p role="status">Loading…</p>;
  const names = targetNames(related.risks, related.gates);
  return (
    <section aria-labelledby="evidence-heading">
      <div className="screen-header">
        <h2 id="evidence-heading">Evidence</h2>
        {rolesGrant(member.roles, 'evidence.manage') && (
          <AttachEvidence
            initiativeId={initiative.id}
            target={{ kind: 'initiative' }}
            targetLabel={initiative.title}
          />
        )}
      </div>
      <p className="muted">
        Files are kept exactly as attached, identified by their SHA-256. A new version or a
        withdrawal never removes a file: sign-offs that cited it still verify.
      </p>
      <EvidenceTable
        evidence={evidence}
        all={evidence}
        caption={`Evidence for ${initiative.title}`}
        describeTarget={(e: Evidence) => describeTarget(e.target, names)}
      />
    </section>
  );
}
