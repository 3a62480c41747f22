import type { BrowserContext, Page } from 'playwright-core';
import type { GenerateResult } from '../page/api';
import type { Scale, WorkloadCounts } from '../workload/generate';

export type Verdict = 'pass' | 'fail' | 'info';

export interface Budget {
  comparator: '<=' | '>=';
  value: number;
  /** Where the budget is written down, e.g. "DESIGN.md §6". */
  source: string;
}

/** One measured figure, next to its budget. */
export interface Figure {
  /** Scenario number from issue 11. */
  scenario: number;
  name: string;
  value: number;
  unit: string;
  budget: Budget | null;
  verdict: Verdict;
  /** How it was measured, in a sentence. */
  method?: string;
  /** Samples, breakdowns and anything else that explains the figure. */
  detail?: Record<string, unknown>;
}

export interface ProfileSummary {
  label: string;
  file: string;
  totalMs: number;
  /** Self time by function, largest first. */
  top: { fn: string; where: string; selfMs: number; percent: number }[];
}

export interface BenchContext {
  scale: Scale;
  counts: WorkloadCounts;
  seed: string;
  context: BrowserContext;
  baseUrl: string;
  /** Source of the probe injected into app pages. */
  probeSource: string;
  /** A page showing the bench page, opened on demand. */
  benchPage: () => Promise<Page>;
  reference: GenerateResult;
  sample: { dbName: string; passphrase: string };
  /** Capture CPU profiles even for figures within budget. */
  alwaysProfile: boolean;
  profile: (page: Page, label: string, work: () => Promise<unknown>) => Promise<ProfileSummary>;
  /** CPU time per Chromium process (browser, renderer, …) while `work` runs. */
  processCpu: <T>(
    work: () => Promise<T>,
  ) => Promise<{ result: T; wallMs: number; cpuMs: Record<string, number> }>;
  log: (message: string) => void;
}

export interface MeasurableScenario {
  id: number;
  title: string;
  run: (
    ctx: BenchContext,
  ) => Promise<{ figures: Figure[]; profiles?: ProfileSummary[]; notes?: string[] }>;
}

/** A scenario whose feature is not built yet: listed, never faked. */
export interface PendingScenario {
  id: number;
  title: string;
  notYetMeasurable: string;
}

export type Scenario = MeasurableScenario | PendingScenario;

export function figure(
  scenario: number,
  name: string,
  value: number,
  unit: string,
  budget: Budget | null,
  extra: Pick<Figure, 'method' | 'detail'> = {},
): Figure {
  let verdict: Verdict = 'info';
  if (budget) {
    const ok = budget.comparator === '<=' ? value <= budget.value : value >= budget.value;
    verdict = ok ? 'pass' : 'fail';
  }
  return { scenario, name, value, unit, budget, verdict, ...extra };
}

export const DESIGN = 'DESIGN.md §6';
