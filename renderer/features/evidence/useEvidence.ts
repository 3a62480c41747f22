import { useLiveQuery } from 'dexie-react-hooks';
import type { Evidence } from '../../../shared/evidence/record';
import { useWorkspace } from '../../app/WorkspaceContext';

/** Every evidence row of an initiative, oldest first; undefined while loading. */
export function useInitiativeEvidence(initiativeId: string): Evidence[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    async () =>
      (await db.evidence.where('initiativeId').equals(initiativeId).toArray()).sort((a, b) =>
        a.addedAt.localeCompare(b.addedAt),
      ),
    [db, initiativeId],
  );
}
