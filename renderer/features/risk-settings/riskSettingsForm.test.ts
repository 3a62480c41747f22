import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/domain/roles';
import {
  DEFAULT_WORKSPACE_SETTINGS,
  workspaceSettingsSchema,
  type WorkspaceSettings,
} from '../../../shared/domain/workspace';
import { DEFAULT_ACCEPTANCE_ROLE } from '../../../shared/risk/acceptance';
import { defaultMatrix } from '../../../shared/risk/matrix';
import { DEFAULT_REVIEW_CADENCE } from '../../../shared/risk/reviewCadence';
import { updateWorkspaceSettingsInput } from '../../db/commands/updateWorkspaceSettings';
import { invalidInput } from '../../db/commands/commandError';
import {
  acceptanceRoleOptions,
  appetiteText,
  bandControlLabel,
  cadenceText,
  draftToRiskSettings,
  levelsHighestFirst,
  levelsLowestFirst,
  locateProblem,
  locateProblems,
  MATRIX_SIZES,
  mergeIntoSettings,
  parseMonths,
  problemKey,
  problemSummary,
  renameLevel,
  resizeDraft,
  setBand,
  setCadence,
  settingsToDraft,
} from './riskSettingsForm';

const settings: WorkspaceSettings = DEFAULT_WORKSPACE_SETTINGS;

/** The field errors the command would give for these settings (it parses the same schema). */
function commandErrors(next: WorkspaceSettings): Record<string, string> {
  const parsed = updateWorkspaceSettingsInput.safeParse({ name: 'Acme', settings: next });
  if (parsed.success) return {};
  return { ...invalidInput(parsed.error).fieldErrors };
}

describe('settings ↔ draft', () => {
  it('round-trips the default settings unchanged', () => {
    const draft = settingsToDraft(settings);
    expect(draft.size).toBe(5);
    expect(draft.cadence).toEqual({ low: '12', medium: '12', high: '3', critical: '1' });
    expect(draft.acceptanceRole).toBe(DEFAULT_ACCEPTANCE_ROLE);
    expect(draftToRiskSettings(draft)).toEqual({
      riskMatrix: settings.riskMatrix,
      reviewCadence: DEFAULT_REVIEW_CADENCE,
      acceptanceRole: DEFAULT_ACCEPTANCE_ROLE,
    });
  });

  it('copies the matrix, so editing the draft never mutates the workspace', () => {
    const before = structuredClone(settings.riskMatrix);
    const draft = settingsToDraft(settings);
    draft.bands[0]?.splice(0, 1, 'critical');
    draft.likelihoodLevels[0] = 'Changed';
    expect(settings.riskMatrix).toEqual(before);
  });

  it('keeps every other setting when merging the draft in', () => {
    const custom: WorkspaceSettings = {
      ...settings,
      marking: 'Internal',
      stalledAfterDays: 45,
      signingReauth: 'first-in-session',
    };
    const draft = setCadence(
      { ...settingsToDraft(custom), appetite: 'high', acceptanceRole: 'legal-reviewer' },
      'critical',
      '2',
    );
    const merged = mergeIntoSettings(custom, draft);
    expect(merged.marking).toBe('Internal');
    expect(merged.stalledAfterDays).toBe(45);
    expect(merged.signingReauth).toBe('first-in-session');
    expect(merged.riskMatrix.appetite).toBe('high');
    expect(merged.reviewCadence.critical).toBe(2);
    expect(merged.acceptanceRole).toBe('legal-reviewer');
    expect(workspaceSettingsSchema.safeParse(merged).success).toBe(true);
  });

  it('leaves months that are not numbers for the schema to refuse', () => {
    expect(parseMonths(' 6 ')).toBe(6);
    expect(parseMonths('')).toBeNaN();
    expect(parseMonths('soon')).toBeNaN();
    expect(parseMonths('1.5')).toBe(1.5);
    const draft = setCadence(settingsToDraft(settings), 'high', '');
    expect(commandErrors(mergeIntoSettings(settings, draft))).toEqual({
      'settings.reviewCadence.high': 'High risks need a review interval of 1 to 36 whole months',
    });
  });
});

describe('editing', () => {
  it('renames one level of one axis', () => {
    const draft = renameLevel(settingsToDraft(settings), 'likelihood', 5, 'Expected');
    expect(draft.likelihoodLevels).toEqual(['Rare', 'Unlikely', 'Possible', 'Likely', 'Expected']);
    expect(draft.impactLevels).toEqual(settings.riskMatrix.impactLevels);
  });

  it('sets the band of exactly one cell', () => {
    const draft = setBand(settingsToDraft(settings), 4, 2, 'low');
    expect(draft.bands[3]?.[1]).toBe('low');
    const changed = draft.bands.flatMap((row, l) =>
      row.flatMap((band, i) => (band === settings.riskMatrix.bands[l]?.[i] ? [] : [[l, i]])),
    );
    expect(changed).toEqual([[3, 1]]);
  });

  it.each(MATRIX_SIZES)('resizes to %i × %i with that size’s default names and bands', (size) => {
    const start = {
      ...renameLevel(settingsToDraft(settings), 'impact', 1, 'Trivial'),
      appetite: 'high' as const,
      acceptanceRole: 'security-reviewer' as const,
    };
    const edited = setCadence(start, 'low', '24');
    const resized = resizeDraft(edited, size);
    const fresh = defaultMatrix(size);
    if (size === 5) {
      // The same size changes nothing, custom names included.
      expect(resized).toBe(edited);
      return;
    }
    expect(resized.size).toBe(size);
    expect(resized.likelihoodLevels).toEqual(fresh.likelihoodLevels);
    expect(resized.impactLevels).toEqual(fresh.impactLevels);
    expect(resized.bands).toEqual(fresh.bands);
    // What does not depend on the size is kept.
    expect(resized.appetite).toBe('high');
    expect(resized.cadence.low).toBe('24');
    expect(resized.acceptanceRole).toBe('security-reviewer');
    expect(commandErrors(mergeIntoSettings(settings, resized))).toEqual({});
  });

  it('never offers the auditor role to sign acceptances, unless it is already chosen', () => {
    expect(acceptanceRoleOptions('compliance-reviewer')).not.toContain('auditor');
    expect(acceptanceRoleOptions('compliance-reviewer')).toContain('compliance-reviewer');
    expect(acceptanceRoleOptions('compliance-reviewer')).toContain('administrator');
    expect(acceptanceRoleOptions('auditor')).toContain('auditor');
    expect(acceptanceRoleOptions('auditor')).toHaveLength(ROLES.length);
  });
});

describe('describing the matrix', () => {
  it('orders rows highest first and columns lowest first', () => {
    expect(levelsHighestFirst(4)).toEqual([4, 3, 2, 1]);
    expect(levelsLowestFirst(4)).toEqual([1, 2, 3, 4]);
  });

  it('names each cell’s control by its levels', () => {
    expect(bandControlLabel(4, 2)).toBe('Band for likelihood 4, impact 2');
  });

  it('says how often risks are reviewed', () => {
    expect(cadenceText(1)).toBe('Every month');
    expect(cadenceText(3)).toBe('Every 3 months');
  });

  it('says which bands need a signed acceptance', () => {
    expect(appetiteText('low')).toBe(
      'Residual risk rated medium, high or critical and treated by acceptance needs a signed acceptance.',
    );
    expect(appetiteText('medium')).toBe(
      'Residual risk rated high or critical and treated by acceptance needs a signed acceptance.',
    );
    expect(appetiteText('high')).toBe(
      'Residual risk rated critical and treated by acceptance needs a signed acceptance.',
    );
    expect(appetiteText('critical')).toBe('No residual risk needs a signed acceptance.');
  });
});

describe('locating the command’s errors', () => {
  it('puts a band lower than its less likely neighbour on that cell', () => {
    // On the default 5 × 5, likelihood 3 impact 2 is medium: likelihood 4 impact 2 cannot be low.
    const draft = setBand(settingsToDraft(settings), 4, 2, 'low');
    const problems = locateProblems(commandErrors(mergeIntoSettings(settings, draft)));
    expect(problems).toEqual([
      {
        key: problemKey.band(4, 2),
        where: 'Band for likelihood 4, impact 2',
        message:
          'The cell for likelihood “Likely” and impact “Minor” is Low, lower than the less likely or less severe cell for likelihood “Possible” and impact “Minor” (Medium)',
      },
    ]);
    expect(problemSummary(problems)).toBe(
      'Band for likelihood 4, impact 2: The cell for likelihood “Likely” and impact “Minor” is Low, lower than the less likely or less severe cell for likelihood “Possible” and impact “Minor” (Medium).',
    );
  });

  it('puts level name problems on the level, and counts the rest', () => {
    let draft = renameLevel(settingsToDraft(settings), 'impact', 3, '   ');
    draft = renameLevel(draft, 'likelihood', 2, 'rare');
    const problems = locateProblems(commandErrors(mergeIntoSettings(settings, draft)));
    expect(problems.map((p) => [p.key, p.where])).toEqual(
      expect.arrayContaining([
        [problemKey.level('impact', 3), 'Impact level 3'],
        [problemKey.level('likelihood', 2), 'Likelihood level 2'],
      ]),
    );
    expect(problemSummary(problems)).toMatch(/ 1 more problem is marked in the form\.$/);
  });

  it('puts a slower review of a worse band on that band', () => {
    const draft = setCadence(settingsToDraft(settings), 'critical', '6');
    const problems = locateProblems(commandErrors(mergeIntoSettings(settings, draft)));
    expect(problems).toEqual([
      {
        key: problemKey.cadence('critical'),
        where: 'Months between reviews of critical risks',
        message:
          'Critical risks cannot be reviewed less often than high ones (every 6 months against every 3 months)',
      },
    ]);
  });

  it('places every kind of path', () => {
    const at = (path: string) => {
      const { key, where } = locateProblem(path, 'x');
      return [key, where];
    };
    expect(at('settings.riskMatrix.size')).toEqual([problemKey.size, 'Matrix size']);
    expect(at('settings.riskMatrix.appetite')).toEqual([problemKey.appetite, 'Risk appetite']);
    expect(at('settings.riskMatrix.likelihoodLevels')).toEqual([
      problemKey.levels('likelihood'),
      'Likelihood levels',
    ]);
    expect(at('settings.riskMatrix.bands')).toEqual([problemKey.bands, 'Bands']);
    expect(at('settings.riskMatrix.bands.2')).toEqual([problemKey.bands, 'Bands']);
    expect(at('settings.riskMatrix')).toEqual([problemKey.form, 'Risk matrix']);
    expect(at('settings.reviewCadence')).toEqual([problemKey.form, 'Review cadence']);
    expect(at('settings.acceptanceRole')).toEqual([
      problemKey.acceptanceRole,
      'Role that signs risk acceptances',
    ]);
    expect(at('settings.marking')).toEqual([problemKey.form, 'Workspace settings']);
    expect(at('name')).toEqual([problemKey.form, 'Workspace']);
  });

  it('summarises nothing when there is no problem, and keeps a sentence’s own full stop', () => {
    expect(problemSummary([])).toBeNull();
    expect(problemSummary([{ key: 'form', where: 'Workspace', message: 'Too long.' }])).toBe(
      'Workspace: Too long.',
    );
  });
});
