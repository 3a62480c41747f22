import type { ChainVerdict } from '../../shared/audit/verifyChain';
import type { Scale, WorkloadCounts } from '../workload/generate';

/**
 * What the bench page (`bench/page/`) offers the Node runner on
 * `window.countersignBench`, and what the probe (`bench/page/probe.ts`, injected
 * into the app page) offers on `window.countersignProbe`. Types only: the runner
 * calls these with `page.evaluate`.
 */

export interface GenerateResult {
  dbName: string;
  workspaceId: string;
  administratorName: string;
  /** Every member's passphrase. */
  passphrase: string;
  counts: WorkloadCounts;
  headSeq: number;
  ms: number;
  /** Of `ms`, time spent waiting for IndexedDB to commit. */
  waitMs: number;
}

export interface VerifyRun {
  ms: number;
  verdict: ChainVerdict;
}

/** Raw hashing over the exact bytes `computeEventHash` hashes, in a worker. */
export interface BaselineResult {
  events: number;
  /** Canonical JSON bytes hashed, summed over all events. */
  bytes: number;
  /** Reading the events from IndexedDB in the same batches as `verifyStoredChain`. */
  readMs: number;
  /** Building the canonical JSON and its UTF-8 bytes. */
  canonicalMs: number;
  /** `sha256` from @noble/hashes over the bytes, nothing else. */
  nobleMs: number;
  /** `crypto.subtle.digest('SHA-256')` over the same bytes, a batch at a time. */
  webCryptoMs: number;
  /** Every hash recomputed from the bytes matched the stored one. */
  hashesMatch: boolean;
  /** Events and average canonical bytes per action, to show what the chain is made of. */
  bytesByAction: Record<string, { events: number; averageBytes: number }>;
}

export interface ImportRound {
  records: number;
  /** How many imports (transactions) the command's row limit required. */
  imports: number;
  /** The app's import command through `execute()`, start to commit. */
  importMs: number;
  /**
   * Native IndexedDB `put` of the same records (initiatives, audit events and
   * the summaries the command layer derives), in the same number of transactions.
   */
  rawMs: number;
  /** The same without the summaries: the baseline before they existed, for context. */
  rawWithoutSummariesMs: number;
  /** The same puts into stores without secondary indexes: what index upkeep costs. */
  rawNoIndexMs: number;
  /** Bytes of the records (JSON length), for context. */
  recordBytes: number;
}

/** Scenario 3: signed sign-offs recorded through the app's command, one after another. */
export interface SignoffRound {
  samples: {
    /** From the derived key to the command's commit. */
    totalMs: number;
    /** Opening the sealed key, hashing the content and signing it. */
    signMs: number;
    /** `recordSignoff` through `execute()`, one strict transaction. */
    commandMs: number;
  }[];
  /** scrypt over the reviewer's passphrase, once per signature (excluded from `totalMs`). */
  kdfMs: number[];
}

/** Scenario 7, the pure parts: what `useDashboard` computes, timed without React. */
export interface DashboardRound {
  /** A data change: the summaries and the members read, then `prepareSummaries`. */
  dataChanges: {
    /** The two `toArray()` reads, started together, until the last one resolves. */
    loadMs: number;
    prepareMs: number;
    /** When each table's read resolved, from the start. */
    tablesMs: Record<string, number>;
  }[];
  /**
   * Estimated bytes (JSON) each read carries: the summaries and members, and
   * for comparison the tables and stage-change events the Dashboard read before.
   */
  bytes: Record<string, number>;
  /** A filter change: `aggregateDashboard` for one business unit, owner or tier, or back to none. */
  filterChanges: { ms: number; filter: string; shown: number }[];
  /** `aggregateDashboard` with no filter, once (the first render's aggregate). */
  unfilteredAggregateMs: number;
  sizes: Record<
    'initiatives' | 'risks' | 'gates' | 'signoffs' | 'members' | 'stageChanges',
    number
  >;
  /** A few panel counts, to show the dashboard had something to show. */
  panels: Record<string, number>;
}

/** Scenario 6: pack build times in a worker, the baseline's, and main-thread long tasks meanwhile. */
export interface PackRound {
  packMs: number[];
  plainMs: number[];
  packBytes: number;
  longTasksMs: number[];
}

export interface BenchApi {
  dexieVersion: () => string;
  /** scrypt at the app's default cost, as signing in runs it: milliseconds per derivation. */
  measureKeyDerivation: (runs: number) => Promise<number[]>;
  generateReference: (options: { scale: Scale; seed: string }) => Promise<GenerateResult>;
  verifyInAppWorker: (dbName: string) => Promise<VerifyRun>;
  verifyOnMainThread: (dbName: string, limit: number) => Promise<VerifyRun>;
  hashBaselines: (dbName: string) => Promise<BaselineResult>;
  prepareImportRound: (options: {
    records: number;
    seed: string;
    members: number;
    rawFirst: boolean;
  }) => Promise<number>;
  runImportRound: (id: number) => Promise<ImportRound>;
  prepareSignoffs: (options: {
    dbName: string;
    signoffs: number;
    passphrase: string;
    seed: string;
  }) => Promise<number>;
  runSignoffs: (id: number) => Promise<SignoffRound>;
  measurePack: (runs: number) => Promise<PackRound>;
  measureDashboard: (options: {
    dbName: string;
    dataRuns: number;
    filterRuns: number;
    dataWarmUps: number;
    warmUps: number;
  }) => Promise<DashboardRound>;
}

export interface ColdStartMarks {
  /** The "Who is working?" picker rendered and was clicked at once. */
  picker: number | null;
  /** The passphrase form rendered (the person would now type). */
  formShown: number | null;
  /** The passphrase was entered and "Sign in" pressed. */
  submitted: number | null;
  /** The app shell rendered: the passphrase checked and the sign-in recorded. */
  signedIn: number | null;
  /** The first Initiatives row was in the DOM. */
  rowsInDom: number | null;
  /** The frame showing that row was produced (rAF, then a task). */
  rowsPainted: number | null;
  responseEnd: number | null;
  domContentLoaded: number | null;
  firstContentfulPaint: number | null;
  /** JS and CSS fetched by the page, from Resource Timing. */
  resources: { name: string; encodedBodySize: number; transferSize: number }[];
}

export interface FilterRun {
  /** From the input event to the frame after the status line changed. */
  ms: number;
  /** From the input event to the status line changing (React commit). */
  commitMs: number;
  status: string;
  renderedRows: number;
}

export interface ProbeApi {
  coldStart: () => Promise<ColdStartMarks>;
  filter: (query: string) => Promise<FilterRun>;
  /** Names of the Initiatives columns with a sort control; empty when sorting is not built. */
  sortableColumns: () => string[];
  sort: (column: string) => Promise<FilterRun>;
}

/** A screen opened from the main navigation, times from the button press. */
export interface ScreenOpen {
  /** The screen's heading is in the DOM (it shows "Loading…"). */
  shellMs: number;
  /** Its content is in the DOM (Dashboard: every panel; Risks: the count line and first row). */
  contentMs: number;
  /** The frame showing that content was produced (rAF, then a task). */
  contentPaintedMs: number;
  /** Dashboard: the frame with the stage history in the funnel; Risks: as `contentPaintedMs`. */
  completePaintedMs: number;
  /** The screen's status line when done. */
  status: string;
}

/** One risk-portfolio filter interaction: the search box or one of the filter lists. */
export interface RiskFilterStep {
  field: 'Search' | 'Residual band' | 'Category' | 'Owner' | 'Acceptance';
  value: string;
}

/**
 * What `page/screenProbe.ts`, evaluated in the signed-in app page, offers on
 * `window.countersignScreens`: the Dashboard and the Risks portfolio.
 */
export interface ScreenProbeApi {
  openDashboard: (until?: 'panels' | 'complete') => Promise<ScreenOpen>;
  /** Back to the Initiatives list; milliseconds to its first row on screen. */
  openInitiatives: () => Promise<number>;
  dashboardFilterOptions: (label: 'Business unit' | 'Owner' | 'Tier') => string[];
  dashboardFilter: (label: 'Business unit' | 'Owner' | 'Tier', value: string) => Promise<FilterRun>;
  openRisks: () => Promise<ScreenOpen>;
  riskFilter: (step: RiskFilterStep) => Promise<FilterRun>;
  riskFilterOptions: (label: Exclude<RiskFilterStep['field'], 'Search'>) => string[];
  riskSortableColumns: () => string[];
  riskSort: (column: string) => Promise<FilterRun>;
}

declare global {
  interface Window {
    countersignBench?: BenchApi;
    countersignProbe?: ProbeApi;
    countersignScreens?: ScreenProbeApi;
  }
}
