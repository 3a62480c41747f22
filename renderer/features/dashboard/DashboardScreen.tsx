import { FilterSelect } from '../../ui/FilterSelect';
import { TIER_FILTER_OPTIONS } from '../initiatives/tierFilterOptions';
import { useState } from 'react';
import {
  EMPTY_DASHBOARD_FILTER,
  isFilterEmpty,
  type DashboardFilter,
} from '../../../shared/dashboard/filter';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ExportPackButton } from '../packs/ExportPackButton';
import { CostSection } from './CostSection';
import './dashboard.css';
import { FunnelSection } from './FunnelSection';
import { useNavigation } from './Panel';
import { ReadinessSection } from './ReadinessSection';
import { RiskSection } from './RiskSection';
import { StalledSection } from './StalledSection';
import { useDashboard } from './useDashboard';
import { WaitingOnSection } from './WaitingOnSection';

/**
 * The program manager's overview of the portfolio: where every initiative
 * stands, what is stuck, what waits on whom. The filters narrow every panel.
 */
export function DashboardScreen() {
  const { workspace } = useWorkspace();
  const [filter, setFilter] = useState<DashboardFilter>(EMPTY_DASHBOARD_FILTER);
  const dashboard = useDashboard(filter);
  const nav = useNavigation(filter);
  const set = (patch: Partial<DashboardFilter>) => setFilter({ ...filter, ...patch });

  return (
    <section aria-labelledby="dashboard-heading" className="screen dashboard">
      <div className="screen-header">
        <h1 id="dashboard-heading">Dashboard</h1>
        <div className="button-row">
          <ExportPackButton filter={filter} />
        </div>
      </div>
      <form className="toolbar" aria-label="Dashboard filters" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label="Business unit"
          value={filter.businessUnit}
          options={(dashboard?.options.businessUnits ?? []).map((unit) => ({
            value: unit,
            label: unit,
          }))}
          onChange={(businessUnit) => set({ businessUnit })}
        />
        <FilterSelect
          label="Owner"
          anyLabel="Anyone"
          value={filter.ownerId}
          options={(dashboard?.options.owners ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(ownerId) => set({ ownerId })}
        />
        <FilterSelect
          label="Tier"
          value={filter.tier}
          options={TIER_FILTER_OPTIONS}
          onChange={(tier) => set({ tier })}
        />
        <button
          type="button"
          className="button-quiet"
          disabled={isFilterEmpty(filter)}
          onClick={() => setFilter(EMPTY_DASHBOARD_FILTER)}
        >
          Clear filters
        </button>
        <span className="muted" role="status">
          {dashboard === undefined
            ? 'Loading…'
            : `${String(dashboard.scope.shown)} of ${String(dashboard.scope.total)} initiatives`}
        </span>
      </form>
      {dashboard && (
        <div className="dash-grid">
          <FunnelSection funnel={dashboard.funnel} nav={nav} />
          <StalledSection stalled={dashboard.stalled} nav={nav} />
          <WaitingOnSection waiting={dashboard.waitingOn} nav={nav} />
          <RiskSection risk={dashboard.risk} matrix={workspace.settings.riskMatrix} nav={nav} />
          <ReadinessSection readiness={dashboard.readiness} nav={nav} />
          <CostSection cost={dashboard.cost} nav={nav} />
        </div>
      )}
    </section>
  );
}
