import { projectCost } from '../../domain/businessCase';
import type { Initiative } from '../../domain/initiative';
import { GAPS, openGaps, type Gap, type ReadinessStatus } from '../../domain/readiness';
import type { Gate } from '../../gates/gate';
import { reviewedState, reviewedStateHash } from '../../gates/reviewedState';
import type { Signoff } from '../../gates/signoff';
import type { Risk } from '../../risk/record';
import type { StageChange } from '../durations';
import { gateFacts } from './gateFacts';
import type { InitiativeSummary, StageHistory } from './record';
import { riskInputsOf } from './riskInputs';
import { EMPTY_STAGE_HISTORY, stageHistories } from './stageHistory';

/** One initiative's records, as stored. */
export interface InitiativeRecords {
  initiative: Initiative;
  risks: readonly Risk[];
  /** Its gate reviews, withdrawn ones included (they are left out). */
  gates: readonly Gate[];
  /** The sign-offs of those gates. */
  signoffs: readonly Signoff[];
  history: StageHistory;
}

function groupBy<T>(rows: Iterable<T>, key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Newest first; reviews opened at the same moment keep their stored order. */
function newestOpenedFirst(a: Gate, b: Gate): number {
  return a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0;
}

/** By id, the order IndexedDB returns rows in: the summary then depends on no caller's order. */
function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The summary row of one initiative: a pure function of its records, the same
 * whether the command layer, the schema upgrade, the benchmark's bulk path or
 * the portfolio pack builds it.
 */
export function summarizeInitiative(records: InitiativeRecords): InitiativeSummary {
  const { initiative } = records;
  const tier = initiative.classification?.tier ?? null;
  const risks = byId(records.risks);
  const gates = byId(records.gates.filter((g) => g.withdrawal === null)).sort(newestOpenedFirst);
  const signoffsByGate = groupBy(byId(records.signoffs), (s) => s.gateId);
  const signed = gates.some((g) => signoffsByGate.has(g.id));
  // Hashing costs a canonical JSON of the initiative and its risks: only when a sign-off is there to compare.
  const stateHash = signed ? reviewedStateHash(reviewedState(initiative, risks)) : '';
  const cost = initiative.businessCase.cost;
  const projection = projectCost(cost);
  return {
    initiativeId: initiative.id,
    title: initiative.title,
    businessUnit: initiative.businessUnit,
    ownerId: initiative.ownerId,
    sponsor: initiative.sponsor,
    tier,
    stage: initiative.stage,
    stageEnteredAt: initiative.stageEnteredAt,
    history: records.history,
    readiness: Object.fromEntries(
      GAPS.map((gap) => [gap, initiative.readiness[gap].status]),
    ) as Record<Gap, ReadinessStatus>,
    openGaps: openGaps(initiative.readiness),
    cost: {
      currency: cost.currency,
      pocMonthly: projection.pocMonthly,
      productionMonthly: projection.productionMonthly,
      ratio: projection.ratio,
    },
    gates: gates.map((gate) => gateFacts(gate, signoffsByGate.get(gate.id) ?? [], tier, stateHash)),
    risks: risks.map(riskInputsOf),
  };
}

/** Whole tables, as a backup or the benchmark's workload holds them. */
export interface WorkspaceRecords {
  initiatives: readonly Initiative[];
  risks: readonly Risk[];
  gates: readonly Gate[];
  signoffs: readonly Signoff[];
  /** Every stage change in the audit trail (`stageChangeOf`); none when absent. */
  stageChanges?: readonly StageChange[] | null;
}

/**
 * Every initiative's summary, in the order given. Risks and gates of an
 * initiative that is not there are left out; sign-offs go with their gate.
 */
export function summarizeAll(records: WorkspaceRecords): InitiativeSummary[] {
  const histories = stageHistories(records.stageChanges ?? []);
  return summarizeWithHistories(records, (id) => histories.get(id) ?? EMPTY_STAGE_HISTORY);
}

/** The same, with each initiative's stage history already worked out. */
export function summarizeWithHistories(
  records: Omit<WorkspaceRecords, 'stageChanges'>,
  historyOf: (initiativeId: string) => StageHistory,
): InitiativeSummary[] {
  const risks = groupBy(records.risks, (r) => r.initiativeId);
  const gates = groupBy(records.gates, (g) => g.initiativeId);
  const signoffs = groupBy(records.signoffs, (s) => s.gateId);
  return records.initiatives.map((initiative) => {
    const own = gates.get(initiative.id) ?? [];
    return summarizeInitiative({
      initiative,
      risks: risks.get(initiative.id) ?? [],
      gates: own,
      signoffs: own.flatMap((g) => signoffs.get(g.id) ?? []),
      history: historyOf(initiative.id),
    });
  });
}
