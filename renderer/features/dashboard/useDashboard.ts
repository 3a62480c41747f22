import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { aggregateDashboard, type Dashboard } from '../../../shared/dashboard/aggregate';
import type { DashboardFilter } from '../../../shared/dashboard/filter';
import { prepareSummaries } from '../../../shared/dashboard/prepareSummaries';
import { useWorkspace } from '../../app/WorkspaceContext';

/**
 * The dashboard, live. It reads the summaries the command layer keeps (one
 * compact row per initiative, stage history included) and the members, each
 * with its own live query: a command re-reads the summaries only when it
 * touched an initiative, and nothing else (gates, sign-offs, risks, the audit
 * trail) is read here. The settings, the members and today are applied once
 * per change of them (`prepareSummaries`); a filter change only narrows and
 * counts (`aggregateDashboard`).
 */
export function useDashboard(filter: DashboardFilter): Dashboard | undefined {
  const { db, workspace } = useWorkspace();
  const [now] = useState(() => new Date());
  // Read in an explicit transaction: Dexie's live-query cache would otherwise deep-clone all
  // 10,000 rows on every read; a transaction's reads are still observed, just not cached.
  const summaries = useLiveQuery(
    () => db.transaction('r', db.initiativeSummaries, () => db.initiativeSummaries.toArray()),
    [db],
  );
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  const settings = workspace.settings;

  const prepared = useMemo(
    () =>
      summaries && members ? prepareSummaries({ now, settings, summaries, members }) : undefined,
    [now, settings, summaries, members],
  );
  return useMemo(() => prepared && aggregateDashboard(prepared, { filter }), [prepared, filter]);
}
