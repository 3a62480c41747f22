import { PERMISSIONS } from '../../../shared/domain/permissions';
import { ROLES, type Role } from '../../../shared/domain/roles';
import type { WorkspaceSettings } from '../../../shared/domain/workspace';
import {
  BAND_LABELS,
  BANDS,
  bandRank,
  defaultMatrix,
  MAX_MATRIX_SIZE,
  MIN_MATRIX_SIZE,
  type Band,
  type RiskMatrix,
} from '../../../shared/risk/matrix';
import type { ReviewCadence } from '../../../shared/risk/reviewCadence';

/*
 * The risk matrix editor's form state and the pure conversions between it and
 * the workspace settings. Review intervals are kept as the text typed, so
 * nothing is reformatted while the administrator edits; the command's schema
 * is the one judge of what is valid.
 */

/** The settings this form edits; every other workspace setting is left as it is. */
export type RiskSettings = Pick<
  WorkspaceSettings,
  'riskMatrix' | 'reviewCadence' | 'acceptanceRole'
>;

export interface RiskSettingsDraft {
  size: number;
  /** Level 1 (least likely) first. */
  likelihoodLevels: string[];
  /** Level 1 (least severe) first. */
  impactLevels: string[];
  /** `bands[likelihood - 1][impact - 1]`, as in the matrix. */
  bands: Band[][];
  appetite: Band;
  /** Months between reviews per band, as typed. */
  cadence: Record<Band, string>;
  acceptanceRole: Role;
}

export type Axis = 'likelihood' | 'impact';

export const MATRIX_SIZES: readonly number[] = Array.from(
  { length: MAX_MATRIX_SIZE - MIN_MATRIX_SIZE + 1 },
  (_, index) => MIN_MATRIX_SIZE + index,
);

/** Bands from most to least severe: the order cadences are listed in. */
export const BANDS_MOST_SEVERE_FIRST: readonly Band[] = [...BANDS].reverse();

// ---------------------------------------------------------------------------
// Settings ↔ draft

export function settingsToDraft(settings: RiskSettings): RiskSettingsDraft {
  const { riskMatrix: matrix, reviewCadence, acceptanceRole } = settings;
  return {
    size: matrix.size,
    likelihoodLevels: [...matrix.likelihoodLevels],
    impactLevels: [...matrix.impactLevels],
    bands: matrix.bands.map((row) => [...row]),
    appetite: matrix.appetite,
    cadence: {
      low: String(reviewCadence.low),
      medium: String(reviewCadence.medium),
      high: String(reviewCadence.high),
      critical: String(reviewCadence.critical),
    },
    acceptanceRole,
  };
}

/** Typed text as a number of months; anything but a number is left for the schema to refuse. */
export function parseMonths(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The three settings the draft describes, as the command expects them. */
export function draftToRiskSettings(draft: RiskSettingsDraft): RiskSettings {
  const riskMatrix: RiskMatrix = {
    size: draft.size,
    likelihoodLevels: [...draft.likelihoodLevels],
    impactLevels: [...draft.impactLevels],
    bands: draft.bands.map((row) => [...row]),
    appetite: draft.appetite,
  };
  const reviewCadence: ReviewCadence = {
    low: parseMonths(draft.cadence.low),
    medium: parseMonths(draft.cadence.medium),
    high: parseMonths(draft.cadence.high),
    critical: parseMonths(draft.cadence.critical),
  };
  return { riskMatrix, reviewCadence, acceptanceRole: draft.acceptanceRole };
}

/**
 * The whole settings object to save: the workspace's current settings with the
 * draft's three replaced, so a save here never touches the other settings.
 */
export function mergeIntoSettings(
  settings: WorkspaceSettings,
  draft: RiskSettingsDraft,
): WorkspaceSettings {
  return { ...settings, ...draftToRiskSettings(draft) };
}

// ---------------------------------------------------------------------------
// Editing

/**
 * The draft at another size: level names and bands start again from the
 * defaults for that size (old names and bands do not map onto a different
 * grid); the appetite, review cadence and acceptance role are kept.
 */
export function resizeDraft(draft: RiskSettingsDraft, size: number): RiskSettingsDraft {
  if (size === draft.size) return draft;
  const fresh = defaultMatrix(size);
  return {
    ...draft,
    size,
    likelihoodLevels: fresh.likelihoodLevels,
    impactLevels: fresh.impactLevels,
    bands: fresh.bands,
  };
}

export function renameLevel(
  draft: RiskSettingsDraft,
  axis: Axis,
  level: number,
  name: string,
): RiskSettingsDraft {
  const key = axis === 'likelihood' ? 'likelihoodLevels' : 'impactLevels';
  return { ...draft, [key]: draft[key].map((old, index) => (index === level - 1 ? name : old)) };
}

export function setBand(
  draft: RiskSettingsDraft,
  likelihood: number,
  impact: number,
  band: Band,
): RiskSettingsDraft {
  return {
    ...draft,
    bands: draft.bands.map((row, l) =>
      l === likelihood - 1 ? row.map((old, i) => (i === impact - 1 ? band : old)) : row,
    ),
  };
}

export function setCadence(draft: RiskSettingsDraft, band: Band, text: string): RiskSettingsDraft {
  return { ...draft, cadence: { ...draft.cadence, [band]: text } };
}

/**
 * Roles offered to sign acceptances: those allowed to accept risk at all (an
 * auditor never can, so naming that role would make acceptance impossible),
 * plus the current choice should it somehow be another.
 */
export function acceptanceRoleOptions(current: Role): Role[] {
  const allowed: readonly Role[] = PERMISSIONS['risk.accept'];
  return ROLES.filter((role) => allowed.includes(role) || role === current);
}

// ---------------------------------------------------------------------------
// Describing the matrix

/** Levels from the highest down: the order of the grid's rows. */
export function levelsHighestFirst(size: number): number[] {
  return Array.from({ length: size }, (_, index) => size - index);
}

/** Levels from the lowest up: the order of the grid's columns and of the name fields. */
export function levelsLowestFirst(size: number): number[] {
  return Array.from({ length: size }, (_, index) => index + 1);
}

/** The accessible name of a cell's band select. */
export function bandControlLabel(likelihood: number, impact: number): string {
  return `Band for likelihood ${String(likelihood)}, impact ${String(impact)}`;
}

export function cadenceControlLabel(band: Band): string {
  return `Months between reviews of ${BAND_LABELS[band].toLowerCase()} risks`;
}

/** "Every month", "Every 3 months". */
export function cadenceText(months: number): string {
  return months === 1 ? 'Every month' : `Every ${String(months)} months`;
}

/** What the appetite means for acceptances, in a sentence. */
export function appetiteText(appetite: Band): string {
  const above = BANDS.filter((band) => bandRank(band) > bandRank(appetite)).map((band) =>
    BAND_LABELS[band].toLowerCase(),
  );
  if (above.length === 0) return 'No residual risk needs a signed acceptance.';
  const list =
    above.length === 1 ? above[0] : `${above.slice(0, -1).join(', ')} or ${String(above.at(-1))}`;
  return `Residual risk rated ${String(list)} and treated by acceptance needs a signed acceptance.`;
}

// ---------------------------------------------------------------------------
// Errors: from the command's dotted paths to places in the form

/** A problem at one control of the form. */
export interface FormProblem {
  /** Which control: see `problemKey`. */
  key: string;
  /** Where, in words: "Band for likelihood 4, impact 2". */
  where: string;
  message: string;
}

/** The key a control's error is stored under. Levels are 1-based, as shown. */
export const problemKey = {
  size: 'size',
  level: (axis: Axis, level: number) => `${axis}/${String(level)}`,
  levels: (axis: Axis) => `${axis}/all`,
  band: (likelihood: number, impact: number) => `band/${String(likelihood)}/${String(impact)}`,
  bands: 'bands',
  appetite: 'appetite',
  cadence: (band: Band) => `cadence/${band}`,
  acceptanceRole: 'acceptanceRole',
  form: 'form',
};

const AXIS_WORDS: Record<Axis, string> = { likelihood: 'Likelihood', impact: 'Impact' };

function isBand(value: string | undefined): value is Band {
  return value !== undefined && (BANDS as readonly string[]).includes(value);
}

function level(index: string | undefined): number | null {
  if (index === undefined || !/^\d+$/.test(index)) return null;
  return Number(index) + 1;
}

/**
 * Locates one of the command's field errors (a dotted path into its input,
 * e.g. `settings.riskMatrix.bands.3.1`) among the form's controls.
 */
export function locateProblem(path: string, message: string): FormProblem {
  const parts = path.split('.');
  if (parts[0] !== 'settings') {
    return { key: problemKey.form, where: 'Workspace', message };
  }
  const [, group, field, first, second] = parts;
  if (group === 'riskMatrix') {
    if (field === 'size') return { key: problemKey.size, where: 'Matrix size', message };
    if (field === 'appetite') return { key: problemKey.appetite, where: 'Risk appetite', message };
    if (field === 'likelihoodLevels' || field === 'impactLevels') {
      const axis: Axis = field === 'likelihoodLevels' ? 'likelihood' : 'impact';
      const n = level(first);
      return n === null
        ? { key: problemKey.levels(axis), where: `${AXIS_WORDS[axis]} levels`, message }
        : {
            key: problemKey.level(axis, n),
            where: `${AXIS_WORDS[axis]} level ${String(n)}`,
            message,
          };
    }
    if (field === 'bands') {
      const l = level(first);
      const i = level(second);
      if (l !== null && i !== null) {
        return { key: problemKey.band(l, i), where: bandControlLabel(l, i), message };
      }
      return { key: problemKey.bands, where: 'Bands', message };
    }
    return { key: problemKey.form, where: 'Risk matrix', message };
  }
  if (group === 'reviewCadence') {
    return isBand(field)
      ? { key: problemKey.cadence(field), where: cadenceControlLabel(field), message }
      : { key: problemKey.form, where: 'Review cadence', message };
  }
  if (group === 'acceptanceRole') {
    return {
      key: problemKey.acceptanceRole,
      where: 'Role that signs risk acceptances',
      message,
    };
  }
  return { key: problemKey.form, where: 'Workspace settings', message };
}

/** All the command's field errors, in the order the command gave them. */
export function locateProblems(fieldErrors: Readonly<Record<string, string>>): FormProblem[] {
  return Object.entries(fieldErrors).map(([path, message]) => locateProblem(path, message));
}

/** One sentence for the error alert: the first problem, and how many more there are. */
export function problemSummary(problems: readonly FormProblem[]): string | null {
  const [first] = problems;
  if (!first) return null;
  const more = problems.length - 1;
  const tail =
    more === 0
      ? ''
      : ` ${String(more)} more ${more === 1 ? 'problem is' : 'problems are'} marked in the form.`;
  const end = /[.!?]$/.test(first.message) ? '' : '.';
  return `${first.where}: ${first.message}${end}${tail}`;
}
