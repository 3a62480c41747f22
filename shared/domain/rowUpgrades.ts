import { DEFAULT_EVIDENCE_MAX_MEGABYTES, DEFAULT_EVIDENCE_TYPES } from '../evidence/fileTypes';
import { DEFAULT_GATE_TEMPLATES } from '../gates/defaultTemplates';
import { DEFAULT_ACCEPTANCE_ROLE } from '../risk/acceptance';
import { DEFAULT_RISK_MATRIX } from '../risk/matrix';
import { DEFAULT_REVIEW_CADENCE } from '../risk/reviewCadence';
import { EMPTY_BUSINESS_CASE } from './businessCase';
import { EMPTY_READINESS } from './readiness';

/**
 * How a stored row changes from one schema version to the next, defined once:
 * the database upgrades (`renderer/db/schema/`) and the restore of an older
 * backup (`shared/backup/schemaUpgrades.ts`) both apply these. Values already
 * present are never overwritten.
 */
type Row = Record<string, unknown>;

/** v1 → v2: members get a key history and no certification. */
export function memberToV2(member: Row): Row {
  return { keys: [], certification: null, ...member };
}

/** v1 → v2: the workspace gets the signing setting. */
export function workspaceToV2(workspace: Row): Row {
  const settings =
    typeof workspace.settings === 'object' && workspace.settings !== null ? workspace.settings : {};
  return { ...workspace, settings: { signingReauth: 'every-signature', ...settings } };
}

/** v2 → v3: initiatives get the full profile, an empty business case and every gap not started. */
export function initiativeToV3(initiative: Row): Row {
  return {
    aiSystem: { model: '', provider: '', version: '', hosting: null },
    dataCategories: [],
    peopleAffected: '',
    humanOversight: null,
    integrationPoints: [],
    classification: null,
    // Copies: rows must not share the constant objects.
    businessCase: JSON.parse(JSON.stringify(EMPTY_BUSINESS_CASE)) as unknown,
    readiness: JSON.parse(JSON.stringify(EMPTY_READINESS)) as unknown,
    ...initiative,
  };
}

/** v3 → v4: the workspace gets the default gate templates and the approval validity period. */
export function workspaceToV4(workspace: Row): Row {
  const settings =
    typeof workspace.settings === 'object' && workspace.settings !== null ? workspace.settings : {};
  return {
    gateTemplates: JSON.parse(JSON.stringify(DEFAULT_GATE_TEMPLATES)) as unknown,
    ...workspace,
    settings: { approvalValidityMonths: 12, ...settings },
  };
}

/** v4 → v5: the workspace gets the risk matrix, review cadence, acceptance role and cost alert. */
export function workspaceToV5(workspace: Row): Row {
  const settings =
    typeof workspace.settings === 'object' && workspace.settings !== null ? workspace.settings : {};
  return {
    ...workspace,
    settings: {
      riskMatrix: JSON.parse(JSON.stringify(DEFAULT_RISK_MATRIX)) as unknown,
      reviewCadence: { ...DEFAULT_REVIEW_CADENCE },
      acceptanceRole: DEFAULT_ACCEPTANCE_ROLE,
      costAlert: { monthlyThreshold: 25_000, pocMultiple: 10 },
      ...settings,
    },
  };
}

/** v4 → v5: risks get cause, consequence, controls, links, a review date and no acceptance. */
export function riskToV5(risk: Row): Row {
  return {
    cause: '',
    consequence: '',
    controls: [],
    linkedItems: [],
    templateId: null,
    lastReviewedAt: risk.createdAt,
    acceptance: null,
    ...risk,
  };
}

/**
 * v5 → v6: sign-offs cite evidence with its SHA-256 instead of by id alone.
 * Before the evidence library no file could be cited, so every list was empty.
 */
export function signoffToV6(signoff: Row): Row {
  const { evidenceIds, ...rest } = signoff;
  // A non-empty list cannot be upgraded without the files' hashes: left for validation to refuse.
  if (Array.isArray(evidenceIds) && evidenceIds.length > 0) return signoff;
  return { evidence: [], ...rest };
}

/** v5 → v6: the workspace gets the evidence size cap and type allow-list. */
export function workspaceToV6(workspace: Row): Row {
  const settings =
    typeof workspace.settings === 'object' && workspace.settings !== null ? workspace.settings : {};
  return {
    ...workspace,
    settings: {
      evidenceMaxMegabytes: DEFAULT_EVIDENCE_MAX_MEGABYTES,
      evidenceTypes: [...DEFAULT_EVIDENCE_TYPES],
      ...settings,
    },
  };
}
