import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  aggregateDashboard,
  prepareDashboard,
  type Dashboard,
} from '../../../shared/dashboard/buildDashboard';
import type { DashboardFilter } from '../../../shared/dashboard/filter';
import { useWorkspace } from '../../app/WorkspaceContext';
import { loadStageChanges } from './loadDashboardData';

/**
 * The dashboard, live. Each table is read whole once per change of that
 * table (one `useLiveQuery` each, so a new risk does not re-read sign-offs);
 * the expensive evaluation runs once per change of the records, and a filter
 * change only re-counts. The stage-change history loads on its own: the
 * panels show without it and the funnel's medians follow.
 */
export function useDashboard(filter: DashboardFilter): Dashboard | undefined {
  const { db, workspace } = useWorkspace();
  const [now] = useState(() => new Date());
  const initiatives = useLiveQuery(() => db.initiatives.toArray(), [db]);
  const risks = useLiveQuery(() => db.risks.toArray(), [db]);
  const gates = useLiveQuery(() => db.gates.toArray(), [db]);
  const signoffs = useLiveQuery(() => db.signoffs.toArray(), [db]);
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  const stageChanges = useLiveQuery(() => loadStageChanges(db), [db]);
  const settings = workspace.settings;

  const prepared = useMemo(
    () =>
      initiatives && risks && gates && signoffs && members
        ? prepareDashboard({ now, settings, initiatives, risks, gates, signoffs, members })
        : undefined,
    [now, settings, initiatives, risks, gates, signoffs, members],
  );
  return useMemo(
    () => prepared && aggregateDashboard(prepared, { stageChanges: stageChanges ?? null, filter }),
    [prepared, stageChanges, filter],
  );
}
