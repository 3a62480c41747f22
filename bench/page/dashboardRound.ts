import { aggregateDashboard } from '../../shared/dashboard/aggregate';
import { EMPTY_DASHBOARD_FILTER, type DashboardFilter } from '../../shared/dashboard/filter';
import { prepareSummaries, type PreparedSummaries } from '../../shared/dashboard/prepareSummaries';
import { RISK_TIERS } from '../../shared/euAiAct/tier';
import { CountersignDb } from '../../renderer/db/database';
import type { DashboardRound } from './api';

/**
 * Scenario 7, the pure parts, in the reference workspace. What the Dashboard
 * screen's `useDashboard` does, without React and without Dexie's live-query
 * layer:
 *
 * - a data change: the summaries the command layer keeps and the members read
 *   whole (`toArray()`, both at once, as the hook's two live queries start
 *   together), then `prepareSummaries`;
 * - a filter change: `aggregateDashboard` over the prepared summaries, for a
 *   business unit, an owner or a tier in turn.
 *
 * Each data-change run reads everything again in the same open database, as a
 * change of the records does in the app.
 */
export async function measureDashboard(options: {
  dbName: string;
  dataRuns: number;
  filterRuns: number;
  /** Untimed data-change runs first. */
  dataWarmUps: number;
  /** Untimed filter changes first. */
  warmUps: number;
}): Promise<DashboardRound> {
  const db = new CountersignDb(options.dbName);
  try {
    const workspace = await db.workspace.toCollection().first();
    if (!workspace) throw new Error('The reference workspace has no workspace row');
    const settings = workspace.settings;
    const now = new Date();
    const dataChanges: DashboardRound['dataChanges'] = [];
    let prepared: PreparedSummaries | null = null;
    for (let run = 0; run < options.dataWarmUps + options.dataRuns; run += 1) {
      // Drop the last run's rows first, so two copies are never alive at once.
      prepared = null;
      const started = performance.now();
      const tableDone: Record<string, number> = {};
      const timed = <T>(name: string, read: Promise<T>) =>
        read.then((value) => {
          tableDone[name] = performance.now() - started;
          return value;
        });
      const [summaries, members] = await Promise.all([
        timed('initiativeSummaries', db.initiativeSummaries.toArray()),
        timed('members', db.members.toArray()),
      ]);
      const loaded = performance.now();
      prepared = prepareSummaries({ now, settings, summaries, members });
      const preparedAt = performance.now();
      if (run >= options.dataWarmUps) {
        dataChanges.push({
          loadMs: loaded - started,
          prepareMs: preparedAt - loaded,
          tablesMs: tableDone,
        });
      }
    }
    if (!prepared) throw new Error('No data-change run');

    // Filter changes as the in-app figure makes them: a business unit, an owner or a tier in
    // turn, each followed by going back to "Any" (every initiative in scope again).
    const { businessUnits, owners } = prepared.options;
    const tiers: DashboardFilter['tier'][] = [...RISK_TIERS, 'unclassified'];
    const filters: DashboardFilter[] = [];
    for (let i = 0; filters.length < options.warmUps + options.filterRuns; i += 1) {
      const kind = i % 3;
      const pick = <T>(values: readonly T[]) => values[Math.floor(i / 3) % values.length];
      if (kind === 0) {
        filters.push({ ...EMPTY_DASHBOARD_FILTER, businessUnit: pick(businessUnits) ?? '' });
      } else if (kind === 1) {
        filters.push({ ...EMPTY_DASHBOARD_FILTER, ownerId: pick(owners)?.id ?? '' });
      } else {
        filters.push({ ...EMPTY_DASHBOARD_FILTER, tier: pick(tiers) ?? '' });
      }
      filters.push(EMPTY_DASHBOARD_FILTER);
    }
    filters.length = options.warmUps + options.filterRuns;
    const unfilteredStarted = performance.now();
    const all = aggregateDashboard(prepared, { filter: EMPTY_DASHBOARD_FILTER });
    const unfilteredMs = performance.now() - unfilteredStarted;
    const filterChanges: DashboardRound['filterChanges'] = [];
    for (const [i, filter] of filters.entries()) {
      const started = performance.now();
      const dashboard = aggregateDashboard(prepared, { filter });
      const ms = performance.now() - started;
      if (i >= options.warmUps) {
        filterChanges.push({
          ms,
          filter: filter.businessUnit
            ? `business unit ${filter.businessUnit}`
            : filter.ownerId
              ? `owner ${prepared.memberName(filter.ownerId)}`
              : filter.tier
                ? `tier ${filter.tier}`
                : 'any (cleared)',
          shown: dashboard.scope.shown,
        });
      }
    }
    const history = db.auditEvents.where('action').equals('initiative.changeStage');
    const sizes: DashboardRound['sizes'] = {
      initiatives: await db.initiatives.count(),
      risks: await db.risks.count(),
      gates: await db.gates.count(),
      signoffs: await db.signoffs.count(),
      members: await db.members.count(),
      stageChanges: await history.count(),
    };
    return {
      dataChanges,
      bytes: await estimateBytes(db, sizes),
      filterChanges,
      unfilteredAggregateMs: unfilteredMs,
      sizes,
      panels: {
        stalled: all.stalled.items.length,
        pendingReviews: all.waitingOn.reviews.length,
        overdueConditions: all.waitingOn.overdueConditions.length,
        risks: all.risk.total,
      },
    };
  } finally {
    db.close();
  }
}

/**
 * Roughly how much each read carries: the average JSON length of the first
 * 200 rows times the row count (IndexedDB's structured clone is of the same
 * order). Untimed; it explains where the load time goes, and what the
 * summaries saved against the tables the Dashboard used to read whole.
 */
async function estimateBytes(
  db: CountersignDb,
  sizes: DashboardRound['sizes'],
): Promise<Record<string, number>> {
  const average = (rows: readonly unknown[]) =>
    rows.length === 0
      ? 0
      : rows.reduce<number>((sum, r) => sum + JSON.stringify(r).length, 0) / rows.length;
  const history = db.auditEvents.where('action').equals('initiative.changeStage');
  return {
    initiativeSummaries: Math.round(
      average(await db.initiativeSummaries.limit(200).toArray()) * sizes.initiatives,
    ),
    members: Math.round(average(await db.members.limit(200).toArray()) * sizes.members),
    formerlyInitiatives: Math.round(
      average(await db.initiatives.limit(200).toArray()) * sizes.initiatives,
    ),
    formerlyRisks: Math.round(average(await db.risks.limit(200).toArray()) * sizes.risks),
    formerlyGates: Math.round(average(await db.gates.limit(200).toArray()) * sizes.gates),
    formerlySignoffs: Math.round(average(await db.signoffs.limit(200).toArray()) * sizes.signoffs),
    formerlyStageChangeEvents: Math.round(
      average(await history.clone().limit(200).toArray()) * sizes.stageChanges,
    ),
  };
}
