import type { GateStatus } from '../gates/outcome';
import type { Band } from '../risk/matrix';
import type { PACK_FORMAT, PACK_FORMAT_VERSION, PackSpec } from './spec';

/*
 * The pack model: everything a pack says, as plain data, already in words.
 * The Word document is drawn from it and nothing else, and its content hash
 * is the SHA-256 of its canonical JSON (see contentHash.ts).
 */

/** A labelled value, shown as a row of a two-column table. */
export interface Field {
  label: string;
  value: string;
}

/** Whether a signature or the chain verified, in words. */
export interface Verification {
  ok: boolean;
  text: string;
}

/** What 21 CFR 11.50 asks a signed record to show: printed name, date and time with zone, meaning. */
export interface Manifestation {
  printedName: string;
  signedAt: string;
  meaning: string;
}

export interface ChainSummary {
  ok: boolean;
  /** Events that verified from the first one (all of them when ok). */
  eventsVerified: number;
  /** The last event as stored: the head the pack was generated at. */
  head: { seq: number; hash: string } | null;
  /** Where the chain first breaks, when it does. */
  brokenAt: number | null;
  text: string;
}

export interface PackSectionEntry {
  id: string;
  title: string;
  included: boolean;
}

export interface PackMeta {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  kind: 'initiative' | 'portfolio';
  /** The document title, e.g. "Compliance documentation pack". */
  title: string;
  /** What it is about: the initiative's title, or the portfolio. */
  subject: string;
  workspace: { id: string; name: string; sample: boolean };
  initiative: { id: string; title: string } | null;
  /** The chain head's sequence number: a later version reflects later records. */
  documentVersion: string;
  documentVersionText: string;
  /** ISO 8601 with the exporting machine's UTC offset. */
  generatedAt: string;
  generatedAtText: string;
  timeZoneText: string;
  preparedBy: { name: string; title: string; memberId: string | null };
  marking: string;
  appVersion: string;
  chain: ChainSummary;
  sections: PackSectionEntry[];
  /**
   * The Dashboard's filters a portfolio pack was narrowed by, stated on the
   * cover and in the document control; null for an initiative pack.
   */
  filter: PortfolioFilterText | null;
  /** The request and context the pack was built from, so it can be rebuilt and its hash checked. */
  spec: PackSpec;
}

/* ---------- Initiative pack ---------- */

export interface ConditionRow {
  gate: string;
  function: string;
  text: string;
  owner: string;
  dueOn: string;
  status: 'Open' | 'Overdue' | 'Closed';
  /** "Closed by X on 2026-…: note", or empty. */
  closure: string;
}

export interface RiskRating {
  /** "High, score 12 (likelihood 4 × impact 3)" or "Outside the matrix (…)". */
  text: string;
  band: Band | null;
  score: number | null;
}

export interface ExecutiveSummary {
  facts: Field[];
  gates: { gate: string; status: string; explanation: string }[];
  gateStatusText: string;
  conditions: { open: number; overdue: number; openItems: ConditionRow[] };
  topRisks: { title: string; category: string; residual: RiskRating; treatment: string }[];
  riskCount: number;
  readiness: { gap: string; status: string; notes: string; owner: string }[];
  readinessText: string;
  cost: { facts: Field[]; text: string };
  kpis: { name: string; kind: string; baseline: string; target: string; current: string }[];
}

export interface AnnexIvPoint {
  point: number;
  title: string;
  /** What Annex IV asks for at this point, briefly. */
  asks: string;
  recorded: Field[];
  /** Plain statements of what the workspace does not hold for this point. */
  notRecorded: string[];
}

export interface SystemDescription {
  intro: string;
  points: AnnexIvPoint[];
}

export interface ClassificationSection {
  classified: boolean;
  statement: string;
  facts: Field[];
  answers: Field[];
  articles: string[];
  reasons: string[];
}

export interface SignoffRecord {
  id: string;
  function: string;
  reviewer: string;
  decision: string;
  manifestation: Manifestation;
  recordedAt: string;
  /** "Superseded", "Stale", "Expired": each one that applies. */
  flags: string[];
  standing: string;
  changes: { label: string; before: string; after: string }[];
  comment: string;
  answers: { item: string; answer: string; note: string; evidence: string }[];
  conditions: ConditionRow[];
  keyFingerprint: string;
  verification: Verification;
  contentHash: string;
  reviewedStateHash: string;
}

export interface OverrideRecord {
  by: string;
  at: string;
  justification: string;
  manifestation: Manifestation;
  keyFingerprint: string;
  verification: Verification;
}

export interface GateRecord {
  id: string;
  name: string;
  transition: string;
  facts: Field[];
  status: GateStatus;
  statusLabel: string;
  explanation: string[];
  override: OverrideRecord | null;
  withdrawal: { by: string; at: string; reason: string } | null;
  functions: { function: string; quorum: number; met: boolean; summary: string }[];
  signoffs: SignoffRecord[];
}

export interface GateRecordSection {
  statement: string;
  gates: GateRecord[];
}

export interface HeatMapModel {
  title: string;
  caption: string;
  cornerHeader: string;
  columnHeaders: string[];
  rows: { label: string; cells: { text: string; band: Band; description: string }[] }[];
}

export interface RiskRow {
  id: string;
  title: string;
  category: string;
  owner: string;
  inherent: RiskRating;
  residual: RiskRating;
  treatment: string;
  controls: string;
  nextReview: string;
  reviewOverdue: boolean;
  acceptance: string;
  untreated: boolean;
}

export interface RiskRegisterSection {
  statement: string;
  matrix: Field[];
  rows: RiskRow[];
  heatMaps: HeatMapModel[];
  controls: {
    risk: string;
    description: string;
    owner: string;
    due: string;
    status: string;
    overdue: boolean;
  }[];
  acceptances: {
    risk: string;
    manifestation: Manifestation;
    expiresOn: string;
    status: string;
    residualAccepted: string;
    keyFingerprint: string;
    verification: Verification;
  }[];
}

export interface Tally {
  met: number;
  notMet: number;
  notApplicable: number;
  notAnswered: number;
  /** Met ÷ (items that apply), e.g. "75%", or "n/a" when none applies. */
  coverage: string;
}

export interface FrameworkGroup {
  ref: string;
  tally: Tally;
  items: { gate: string; function: string; item: string; status: string }[];
}

export interface FrameworkCoverage {
  basis: string;
  frameworks: { name: string; tally: Tally; groups: FrameworkGroup[]; unmapped: number }[];
}

export interface EvidenceIndex {
  statement: string;
  records: {
    id: string;
    name: string;
    version: number;
    attachedTo: string;
    mediaType: string;
    size: string;
    sha256: string;
    added: string;
    status: string;
  }[];
  /** Files cited by current sign-offs, with the hash signed and whether it is the file held. */
  files: {
    gate: string;
    function: string;
    file: string;
    sha256: string;
    check: string;
    citedBy: string;
  }[];
  cited: { gate: string; function: string; item: string; evidence: string; citedBy: string }[];
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  record: string;
  reason: string;
  hash: string;
}

export interface AuditTrailSection {
  rangeText: string;
  statement: string;
  events: AuditRow[];
  chain: ChainSummary;
}

export interface Appendix {
  intro: string;
  signers: {
    name: string;
    email: string;
    signed: string;
    keys: { fingerprint: string; fingerprintHex: string; publicKey: string; inUse: string }[];
  }[];
  hashes: Field[];
  commands: { command: string; explanation: string }[];
  steps: string[];
}

export interface InitiativePackModel {
  meta: PackMeta;
  summary: ExecutiveSummary | null;
  system: SystemDescription | null;
  classification: ClassificationSection | null;
  gates: GateRecordSection | null;
  risks: RiskRegisterSection | null;
  frameworks: FrameworkCoverage | null;
  evidence: EvidenceIndex | null;
  audit: AuditTrailSection | null;
  appendix: Appendix | null;
}

/* ---------- Portfolio pack ---------- */

/*
 * The portfolio pack states what the Dashboard shows: its panels are built by
 * `shared/dashboard` (`prepareDashboard` + `aggregateDashboard`) over the same
 * records, at the pack's generation time, with the Dashboard's filters. Counts
 * are kept as numbers beside the words, so they can be checked against it.
 */

/** The Dashboard's filters as the pack states them. */
export interface PortfolioFilterText {
  /** Business unit, owner and EU AI Act tier: the value, or "Any". */
  fields: Field[];
  /** "Business unit: Claims; EU AI Act tier: High risk", or "None". */
  text: string;
  /** Whether any filter narrows the pack. */
  active: boolean;
}

/** A group of pending reviews (by function or reviewer) or overdue conditions (by owner). */
export interface WaitingGroupRow {
  label: string;
  count: number;
  /** Reviews past the response target; for conditions, all of them. */
  pastTarget: number;
  /** Age of the oldest, in working days (reviews) or days overdue (conditions). */
  oldest: number;
}

export interface PortfolioPackModel {
  meta: PackMeta;
  inventory: {
    statement: string;
    rows: {
      title: string;
      businessUnit: string;
      owner: string;
      stage: string;
      timeInStage: string;
      tier: string;
      gateStatus: string;
      risks: string;
      openConditions: string;
      overdueConditions: number;
    }[];
  } | null;
  funnel: {
    statement: string;
    /** How "reached" and the medians are counted. */
    note: string;
    total: number;
    rows: {
      stage: string;
      current: number;
      /** Null for retired, which sits beside the funnel. */
      reached: number | null;
      /** "67% (2) to Pilot", or "–". */
      conversion: string;
      conversionRate: number | null;
      medianSpent: string;
      completedStays: number;
      medianSoFar: string;
    }[];
  } | null;
  stalled: {
    statement: string;
    stalledAfterDays: number;
    candidates: number;
    rows: {
      title: string;
      stage: string;
      since: string;
      days: string;
      daysInStage: number;
      owner: string;
      leastReadyGap: string;
      gate: string;
      gateStatus: string;
      blocking: string;
    }[];
  } | null;
  waitingOn: {
    statement: string;
    targetWorkingDays: number;
    overdueReviews: number;
    byFunction: WaitingGroupRow[];
    byReviewer: WaitingGroupRow[];
    /** Awaited reviews no active member may give, in words; null when there are none. */
    unassigned: string | null;
    reviews: {
      initiative: string;
      gate: string;
      function: string;
      why: string;
      waitingOn: string;
      /** "12 of 5 working days". */
      age: string;
      overdue: boolean;
    }[];
    conditionsStatement: string;
    conditionsByOwner: WaitingGroupRow[];
    conditions: {
      initiative: string;
      gate: string;
      condition: string;
      owner: string;
      dueOn: string;
      daysOverdue: number;
    }[];
  } | null;
  riskSummary: {
    statement: string;
    total: number;
    heatMap: HeatMapModel;
    /** Low to critical, as the Dashboard lists them; `band` null for "Outside the matrix". */
    byBand: { band: Band | null; label: string; count: number }[];
    /** Categories with at least one risk, most first. */
    byCategory: { category: string; count: number }[];
    untreated: number;
    reviewsOverdue: number;
    overdueReviews: {
      initiative: string;
      risk: string;
      band: string;
      due: string;
      owner: string;
    }[];
    expiringWithinDays: number;
    expiringAcceptances: {
      risk: string;
      initiative: string;
      expiresOn: string;
      inDays: number;
    }[];
  } | null;
  readiness: {
    statement: string;
    pilots: number;
    gaps: { gap: string; ready: number; inProgress: number; notStarted: number }[];
  } | null;
  costAtScale: {
    statement: string;
    rules: Field[];
    projected: number;
    withoutProjection: number;
    rows: {
      title: string;
      stage: string;
      pocMonthly: string;
      productionMonthly: string;
      multiple: string;
      reasons: string;
    }[];
  } | null;
  gateStatus: {
    statement: string;
    rows: { initiative: string; gate: string; status: string; explanation: string }[];
  } | null;
  appendix: Appendix | null;
}

export type PackModel = InitiativePackModel | PortfolioPackModel;
