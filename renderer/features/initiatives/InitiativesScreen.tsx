import { FilterSelect, labelledOptions } from '../../ui/FilterSelect';
import { ExportPackButton } from '../packs/ExportPackButton';
import { TIER_FILTER_OPTIONS } from './tierFilterOptions';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { STAGES, STAGE_LABELS } from '../../../shared/domain/initiative';
import { rolesGrant } from '../../../shared/domain/permissions';
import { daysInStage, isStalled } from '../../../shared/domain/stalled';
import { RISK_TIER_LABELS } from '../../../shared/euAiAct/tier';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { useUi, type InitiativeFilter, type InitiativeSortKey } from '../../state/uiStore';
import { VirtualTable, type Column } from '../../ui/VirtualTable';
import { ImportInitiativesDialog } from '../import/ImportInitiativesDialog';
import { InitiativeDetail } from './InitiativeDetail';
import { filterInitiatives, sortInitiatives, type ListContext } from './initiativeList';
import { NewInitiativeDialog } from './NewInitiativeDialog';
import { ReadinessStrip } from './ReadinessStrip';
import { formatDuration } from './timeInStage';

const COLUMN_DEFS: { key: string; header: string; width: string; sortKey?: InitiativeSortKey }[] = [
  { key: 'title', header: 'Initiative', width: 'minmax(14rem, 3fr)', sortKey: 'title' },
  { key: 'stage', header: 'Stage', width: '9rem', sortKey: 'stage' },
  { key: 'tier', header: 'EU AI Act tier', width: '10rem', sortKey: 'tier' },
  { key: 'unit', header: 'Business unit', width: 'minmax(8rem, 1.2fr)', sortKey: 'businessUnit' },
  { key: 'owner', header: 'Owner', width: 'minmax(8rem, 1.2fr)', sortKey: 'owner' },
  { key: 'time', header: 'Time in stage', width: '12rem', sortKey: 'timeInStage' },
  { key: 'readiness', header: 'Readiness', width: '8rem' },
  { key: 'risks', header: 'Risks', width: '5rem', sortKey: 'risks' },
];

const READINESS_FILTER_OPTIONS = [
  { value: 'all-ready', label: 'All six gaps ready' },
  { value: 'any-not-started', label: 'A gap not started' },
] as const;

export function InitiativesScreen() {
  const openId = useUi((s) => s.openInitiativeId);
  return openId ? <InitiativeDetail key={openId} initiativeId={openId} /> : <InitiativeList />;
}

function InitiativeList() {
  const { db, workspace } = useWorkspace();
  const member = useMember();
  const filter = useUi((s) => s.initiativeFilter);
  const setFilter = useUi((s) => s.setInitiativeFilter);
  const resetFilter = useUi((s) => s.resetInitiativeFilter);
  const sort = useUi((s) => s.initiativeSort);
  const sortBy = useUi((s) => s.sortInitiativesBy);
  const openInitiative = useUi((s) => s.openInitiative);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const initiatives = useLiveQuery(() => db.initiatives.toArray(), [db]);
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  // Index keys only: counting risks per initiative never loads the risks themselves.
  const riskKeys = useLiveQuery(() => db.risks.orderBy('initiativeId').keys(), [db]);

  const [now] = useState(() => new Date());
  const ctx = useMemo<ListContext>(() => {
    const riskCount = new Map<string, number>();
    for (const key of riskKeys ?? []) {
      if (typeof key === 'string') riskCount.set(key, (riskCount.get(key) ?? 0) + 1);
    }
    return {
      now,
      stalledAfterDays: workspace.settings.stalledAfterDays,
      ownerName: new Map((members ?? []).map((m) => [m.id, m.name])),
      riskCount,
    };
  }, [members, riskKeys, now, workspace.settings.stalledAfterDays]);
  const visible = useMemo(
    () => sortInitiatives(filterInitiatives(initiatives ?? [], filter, ctx), sort, ctx),
    [initiatives, filter, sort, ctx],
  );
  const businessUnits = useMemo(
    () => [...new Set((initiatives ?? []).map((i) => i.businessUnit))].sort(),
    [initiatives],
  );

  const columns: Column[] = COLUMN_DEFS.map((def) => {
    if (!def.sortKey) return def;
    const active = sort.key === def.sortKey;
    const sortKey = def.sortKey;
    return {
      ...def,
      ariaSort: active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none',
      header: (
        <button type="button" className="sort-button" onClick={() => sortBy(sortKey)}>
          {def.header}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      ),
    };
  });
  const canCreate = rolesGrant(member.roles, 'initiative.create');
  const set =
    <K extends keyof InitiativeFilter>(key: K) =>
    (value: InitiativeFilter[K]) =>
      setFilter({ [key]: value });

  return (
    <section aria-labelledby="initiatives-heading" className="screen">
      <div className="screen-header">
        <h1 id="initiatives-heading">Initiatives</h1>
        <div className="button-row">
          <ExportPackButton />
          {canCreate && (
            <>
              <button type="button" className="button-secondary" onClick={() => setImporting(true)}>
                Import
              </button>
              <button type="button" onClick={() => setCreating(true)}>
                New initiative
              </button>
            </>
          )}
        </div>
      </div>
      {filter.only && (
        <p role="status" className="alert alert-info">
          Showing the initiatives behind the dashboard’s “{filter.only.label}” panel.{' '}
          <button type="button" className="link-button" onClick={() => setFilter({ only: null })}>
            Show all initiatives
          </button>
        </p>
      )}
      <form
        className="toolbar"
        aria-label="Filter initiatives"
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          Search initiatives
          <input
            type="search"
            value={filter.search}
            onChange={(e) => set('search')(e.target.value)}
            placeholder="Title, summary, business unit, owner or tag"
          />
        </label>
        <FilterSelect
          label="Stage"
          value={filter.stage}
          options={labelledOptions(STAGES, STAGE_LABELS)}
          onChange={set('stage')}
        />
        <FilterSelect
          label="Tier"
          value={filter.tier}
          options={TIER_FILTER_OPTIONS}
          onChange={set('tier')}
        />
        <FilterSelect
          label="Business unit"
          value={filter.businessUnit}
          options={businessUnits.map((unit) => ({ value: unit, label: unit }))}
          onChange={set('businessUnit')}
        />
        <FilterSelect
          label="Owner"
          anyLabel="Anyone"
          value={filter.ownerId}
          options={(members ?? []).map((m) => ({ value: m.id, label: m.name }))}
          onChange={set('ownerId')}
        />
        <FilterSelect
          label="Readiness"
          value={filter.readiness}
          options={READINESS_FILTER_OPTIONS}
          onChange={set('readiness')}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filter.stalledOnly}
            onChange={(e) => set('stalledOnly')(e.target.checked)}
          />
          Stalled only
        </label>
        <button type="button" className="button-quiet" onClick={resetFilter}>
          Clear filters
        </button>
        <span className="muted" role="status">
          {initiatives === undefined
            ? 'Loading…'
            : `${String(visible.length)} of ${String(initiatives.length)} shown`}
        </span>
      </form>
      <VirtualTable
        label="Initiatives"
        columns={columns}
        rowCount={visible.length}
        getRowKey={(index) => visible[index]?.id ?? index}
        emptyMessage={
          initiatives?.length ? 'No initiative matches these filters.' : 'No initiatives yet.'
        }
        renderRow={(index) => {
          const i = visible[index];
          if (!i) return [];
          return [
            <button
              key="t"
              type="button"
              className="link-button cell-title"
              onClick={() => openInitiative(i.id)}
            >
              {i.title}
            </button>,
            STAGE_LABELS[i.stage],
            i.classification ? RISK_TIER_LABELS[i.classification.tier] : 'Not classified',
            i.businessUnit,
            ctx.ownerName.get(i.ownerId) ?? 'Unknown member',
            <span key="d">
              {formatDuration(daysInStage(i.stageEnteredAt, now))}
              {isStalled(i, now, workspace.settings.stalledAfterDays) && (
                <span className="badge badge-warning">Stalled</span>
              )}
            </span>,
            <ReadinessStrip key="r" readiness={i.readiness} />,
            String(ctx.riskCount.get(i.id) ?? 0),
          ];
        }}
      />
      <NewInitiativeDialog open={creating} onClose={() => setCreating(false)} />
      <ImportInitiativesDialog open={importing} onClose={() => setImporting(false)} />
    </section>
  );
}
