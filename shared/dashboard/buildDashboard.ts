import type { Initiative } from '../domain/initiative';
import type { Gate } from '../gates/gate';
import type { Signoff } from '../gates/signoff';
import type { Risk } from '../risk/record';
import { aggregateDashboard, type AggregateOptions, type Dashboard } from './aggregate';
import type { StageChange } from './durations';
import { evaluateGates, groupBy, type EvaluatedGate } from './gateState';
import {
  prepareSummaries,
  type DashboardMember,
  type DashboardSettings,
  type PreparedSummaries,
} from './prepareSummaries';
import type { RiskFacts } from './riskSummary';
import { summarizeAll } from './summary/summarize';

export { aggregateDashboard } from './aggregate';
export type { Dashboard, StalledPanel, WaitingOnPanel } from './aggregate';
export type { DashboardSettings, PreparedSummaries } from './prepareSummaries';

/**
 * Whole tables, as a backup, the portfolio pack's source or a test holds
 * them. The screen does not read these: it reads the `initiativeSummaries`
 * table the command layer keeps (`prepareSummaries`).
 */
export interface DashboardData {
  /** The moment "today", ages and time in stage are measured at. */
  now: Date;
  settings: DashboardSettings;
  /** Every initiative (the `initiatives` table). */
  initiatives: readonly Initiative[];
  /** Every risk (the `risks` table). */
  risks: readonly Risk[];
  /** Every gate review, withdrawn ones included (the `gates` table). */
  gates: readonly Gate[];
  /** Every sign-off (the `signoffs` table). */
  signoffs: readonly Signoff[];
  /** Every member, for names and for who may review (only active reviewers are asked). */
  members: readonly DashboardMember[];
  /**
   * The stage-change history: `stageChangeOf` applied to the audit events with
   * action `initiative.changeStage`. Absent or null: the summaries carry none,
   * and the funnel shows no spent medians unless `aggregateDashboard` is given it.
   */
  stageChanges?: readonly StageChange[] | null;
}

/** Everything `buildDashboard` takes: the records, plus what changes without them changing. */
export interface DashboardInput extends DashboardData, Omit<AggregateOptions, 'stageChanges'> {
  /** Null while it is still loading: the funnel then shows no spent medians. */
  stageChanges: readonly StageChange[] | null;
}

/** The prepared summaries of whole tables, with what the portfolio pack reads besides. */
export interface PreparedDashboard extends PreparedSummaries {
  /** Every risk's standing today, in the order of the risks table (by id). */
  risks: RiskFacts[];
  initiatives: readonly Initiative[];
  initiativeById: ReadonlyMap<string, Initiative>;
  /** Each initiative's gate reviews evaluated in full (`evaluateGate`), for the pack's inventory. */
  gatesByInitiative: ReadonlyMap<string, readonly EvaluatedGate[]>;
}

/**
 * From whole tables: summarised exactly as the command layer summarises each
 * initiative (`summarizeAll`), then prepared as the screen prepares its table.
 */
export function prepareDashboard(data: DashboardData): PreparedDashboard {
  const summaries = summarizeAll(data);
  const prepared = prepareSummaries({
    now: data.now,
    settings: data.settings,
    summaries,
    members: data.members,
    historyLoaded: data.stageChanges !== undefined && data.stageChanges !== null,
  });
  const initiativeById = new Map(data.initiatives.map((i) => [i.id, i]));
  return {
    ...prepared,
    // The pack lists risks in the order of the risks table where its own sort ties.
    risks: [...prepared.risks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    initiatives: data.initiatives,
    initiativeById,
    gatesByInitiative: evaluateGates({
      gates: data.gates,
      signoffs: data.signoffs,
      initiativeById,
      risksByInitiative: groupBy(data.risks, (r) => r.initiativeId),
      memberName: prepared.memberName,
      now: data.now,
      approvalValidityMonths: data.settings.approvalValidityMonths,
    }),
  };
}

/**
 * The whole dashboard from whole tables: the single pure entry point for
 * callers that hold records rather than summaries (tests, the CLI's pack).
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  return aggregateDashboard(prepareDashboard(input), {
    ...(input.filter ? { filter: input.filter } : {}),
    ...(input.costRules ? { costRules: input.costRules } : {}),
  });
}
