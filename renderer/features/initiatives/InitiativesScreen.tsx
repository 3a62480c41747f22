import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { STAGE_LABELS, type Initiative } from '../../../shared/domain/initiative';
import { rolesGrant } from '../../../shared/domain/permissions';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { useUi } from '../../state/uiStore';
import { VirtualTable, type Column } from '../../ui/VirtualTable';
import { NewInitiativeDialog } from './NewInitiativeDialog';
import { daysInStage, formatDuration } from './timeInStage';

const COLUMNS: Column[] = [
  { key: 'title', header: 'Initiative', width: 'minmax(14rem, 3fr)' },
  { key: 'stage', header: 'Stage', width: '9rem' },
  { key: 'unit', header: 'Business unit', width: 'minmax(8rem, 1.3fr)' },
  { key: 'owner', header: 'Owner', width: 'minmax(8rem, 1.3fr)' },
  { key: 'time', header: 'Time in stage', width: '13rem' },
  { key: 'risks', header: 'Risks', width: '5rem' },
];

export function InitiativesScreen() {
  const { db, workspace } = useWorkspace();
  const member = useMember();
  const search = useUi((s) => s.initiativeSearch);
  const setSearch = useUi((s) => s.setInitiativeSearch);
  const [creating, setCreating] = useState(false);

  const initiatives = useLiveQuery(
    () => db.initiatives.orderBy('updatedAt').reverse().toArray(),
    [db],
  );
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  // Index keys only: counting risks per initiative never loads the risks themselves.
  const riskKeys = useLiveQuery(() => db.risks.orderBy('initiativeId').keys(), [db]);

  const ownerName = useMemo(() => new Map((members ?? []).map((m) => [m.id, m.name])), [members]);
  const riskCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const key of riskKeys ?? []) {
      if (typeof key === 'string') counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }, [riskKeys]);
  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const all = initiatives ?? [];
    if (!needle) return all;
    return all.filter((i) =>
      [i.title, i.summary, i.businessUnit, ownerName.get(i.ownerId) ?? '', ...i.tags].some((text) =>
        text.toLowerCase().includes(needle),
      ),
    );
  }, [initiatives, search, ownerName]);

  const now = new Date();
  const isStalled = (i: Initiative) =>
    (i.stage === 'proof-of-concept' || i.stage === 'pilot') &&
    daysInStage(i.stageEnteredAt, now) > workspace.settings.stalledAfterDays;
  const canCreate = rolesGrant(member.roles, 'initiative.create');

  return (
    <section aria-labelledby="initiatives-heading" className="screen">
      <div className="screen-header">
        <h1 id="initiatives-heading">Initiatives</h1>
        {canCreate && (
          <button type="button" onClick={() => setCreating(true)}>
            New initiative
          </button>
        )}
      </div>
      <div className="toolbar">
        <label htmlFor="initiative-search">Search initiatives</label>
        <input
          id="initiative-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Title, summary, business unit, owner or tag"
        />
        <span className="muted" role="status">
          {initiatives === undefined
            ? 'Loading…'
            : `${String(visible.length)} of ${String(initiatives.length)} shown`}
        </span>
      </div>
      <VirtualTable
        label="Initiatives"
        columns={COLUMNS}
        rowCount={visible.length}
        getRowKey={(index) => visible[index]?.id ?? index}
        emptyMessage={
          initiatives?.length ? 'No initiative matches the search.' : 'No initiatives yet.'
        }
        renderRow={(index) => {
          const i = visible[index];
          if (!i) return [];
          const days = daysInStage(i.stageEnteredAt, now);
          return [
            <span className="cell-title" key="t">
              {i.title}
            </span>,
            STAGE_LABELS[i.stage],
            i.businessUnit,
            ownerName.get(i.ownerId) ?? 'Unknown member',
            <span key="d">
              {formatDuration(days)}
              {isStalled(i) && <span className="badge badge-warning"> Stalled</span>}
            </span>,
            String(riskCount.get(i.id) ?? 0),
          ];
        }}
      />
      <NewInitiativeDialog open={creating} onClose={() => setCreating(false)} />
    </section>
  );
}
