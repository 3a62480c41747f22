import { canonicalJson } from '../crypto/canonicalJson';
import type { Initiative } from './initiative';

/**
 * Fields whose change alters what reviewers signed off: editing one needs a
 * reason, re-opens the EU AI Act classification, and makes earlier sign-offs
 * stale. Defined once here; everything else reads this list.
 */
export const MATERIAL_FIELDS = [
  'purpose',
  'aiSystem.model',
  'aiSystem.provider',
  'aiSystem.version',
  'dataCategories',
  'peopleAffected',
  'humanOversight',
  'integrationPoints',
  'classification.tier',
] as const;
export type MaterialField = (typeof MATERIAL_FIELDS)[number];

export const MATERIAL_FIELD_LABELS: Record<MaterialField, string> = {
  purpose: 'Intended purpose',
  'aiSystem.model': 'Model or product',
  'aiSystem.provider': 'Provider',
  'aiSystem.version': 'Version',
  dataCategories: 'Data categories',
  peopleAffected: 'People affected',
  humanOversight: 'Human oversight',
  integrationPoints: 'Integration points',
  'classification.tier': 'EU AI Act risk tier',
};

type MaterialSource = Pick<
  Initiative,
  | 'purpose'
  | 'aiSystem'
  | 'dataCategories'
  | 'peopleAffected'
  | 'humanOversight'
  | 'integrationPoints'
  | 'classification'
>;

/** The material state of an initiative, field by field. */
export function materialState(initiative: MaterialSource): Record<MaterialField, unknown> {
  return {
    purpose: initiative.purpose,
    'aiSystem.model': initiative.aiSystem.model,
    'aiSystem.provider': initiative.aiSystem.provider,
    'aiSystem.version': initiative.aiSystem.version,
    // Order does not change meaning for these sets.
    dataCategories: [...initiative.dataCategories].sort(),
    peopleAffected: initiative.peopleAffected,
    humanOversight: initiative.humanOversight,
    integrationPoints: [...initiative.integrationPoints].sort((a, b) =>
      `${a.system}|${a.direction}`.localeCompare(`${b.system}|${b.direction}`),
    ),
    'classification.tier': initiative.classification?.tier ?? null,
  };
}

export interface MaterialChange {
  field: MaterialField;
  label: string;
  before: unknown;
  after: unknown;
}

/** Nothing recorded yet: filling such a field in records it, it does not change what was reviewed. */
export function isUnrecorded(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Changes that alter something already recorded: these need a reason. */
export function changesNeedingReason(changes: readonly MaterialChange[]): MaterialChange[] {
  return changes.filter((change) => !isUnrecorded(change.before));
}

/** Which material fields differ between two versions of an initiative. */
export function materialChanges<T extends MaterialSource>(before: T, after: T): MaterialChange[] {
  const a = materialState(before);
  const b = materialState(after);
  return MATERIAL_FIELDS.filter((field) => canonicalJson(a[field]) !== canonicalJson(b[field])).map(
    (field) => ({
      field,
      label: MATERIAL_FIELD_LABELS[field],
      before: a[field],
      after: b[field],
    }),
  );
}
