import { useState } from 'react';
import {
  EMPTY_DASHBOARD_FILTER,
  isFilterEmpty,
  type DashboardFilter,
} from '../../../shared/dashboard/filter';
import { RISK_TIERS, RISK_TIER_LABELS } from '../../../shared/euAiAct/tier';
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
        <label>
          Business unit
          <select
            value={filter.businessUnit}
            onChange={(e) => set({ businessUnit: e.target.value })}
          >
            <option value="">Any</option>
            {dashboard?.options.businessUnits.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner
          <select value={filter.ownerId} onChange={(e) => set({ ownerId: e.target.value })}>
            <option value="">Anyone</option>
            {dashboard?.options.owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tier
          <select
            value={filter.tier}
            onChange={(e) => set({ tier: e.target.value as DashboardFilter['tier'] })}
          >
            <option value="">Any</option>
            {RISK_TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {RISK_TIER_LABELS[tier]}
              </option>
            ))}
            <option value="unclassified">Not classified</option>
          </select>
        </label>
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
