import {
  RISK_CATEGORY_LABELS,
  TREATMENT_LABELS,
  type Rating,
  type RiskCategory,
  type Treatment,
} from '../../../shared/domain/risk';
import { CONTROL_STATUS_LABELS, type ControlStatus } from '../../../shared/risk/controls';
import type { Risk } from '../../../shared/risk/record';

/**
 * A risk as an audit event stored it. Events written before a field existed
 * lack it, so every field is optional here and missing ones read as "nothing".
 */
export type StoredRisk = Partial<Risk>;

export interface FieldChange {
  /** Stable key, e.g. `residual` or `control:<id>:status`. */
  key: string;
  label: string;
  before: string;
  after: string;
}

const ACTION_LABELS: Record<string, string> = {
  'risk.create': 'Recorded the risk',
  'risk.update': 'Edited the risk',
  'risk.review': 'Reviewed the risk',
  'risk.accept': 'Signed the acceptance of the residual risk',
};

/** What an audit action did, in words; unknown actions are shown as recorded. */
export function riskActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

const NOTHING = 'nothing recorded';

function text(value: string | undefined): string {
  return value === undefined || value.trim() === '' ? NOTHING : value;
}

function ratingText(rating: Rating | undefined): string {
  if (!rating) return NOTHING;
  return `likelihood ${String(rating.likelihood)} × impact ${String(rating.impact)} (score ${String(rating.likelihood * rating.impact)})`;
}

function categoryText(category: RiskCategory | undefined): string {
  return category ? RISK_CATEGORY_LABELS[category] : NOTHING;
}

function treatmentText(treatment: Treatment | undefined): string {
  return treatment ? TREATMENT_LABELS[treatment] : NOTHING;
}

function statusText(status: ControlStatus | undefined): string {
  return status ? CONTROL_STATUS_LABELS[status] : NOTHING;
}

function acceptanceText(acceptance: Risk['acceptance'] | undefined): string {
  if (!acceptance) return 'None';
  return `Accepted by ${acceptance.signature.printedName} until ${acceptance.expiresOn}`;
}

function dateText(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : NOTHING;
}

/**
 * The field-level difference between two versions of a risk: the main fields,
 * each control added, removed or changed, the acceptance and the last review.
 * `memberName` turns owner ids into names.
 */
export function riskChanges(
  before: StoredRisk | null,
  after: StoredRisk | null,
  memberName: (id: string) => string,
): FieldChange[] {
  if (!before || !after) return [];
  const owner = (id: string | undefined) => (id ? memberName(id) : NOTHING);
  const changes: FieldChange[] = [];
  const compare = (key: string, label: string, a: string, b: string) => {
    if (a !== b) changes.push({ key, label, before: a, after: b });
  };

  compare('title', 'Title', text(before.title), text(after.title));
  compare('description', 'Description', text(before.description), text(after.description));
  compare('category', 'Category', categoryText(before.category), categoryText(after.category));
  compare('cause', 'Cause', text(before.cause), text(after.cause));
  compare('consequence', 'Consequence', text(before.consequence), text(after.consequence));
  compare('owner', 'Owner', owner(before.ownerId), owner(after.ownerId));
  compare('inherent', 'Inherent rating', ratingText(before.inherent), ratingText(after.inherent));
  compare('residual', 'Residual rating', ratingText(before.residual), ratingText(after.residual));
  compare(
    'treatment',
    'Treatment',
    treatmentText(before.treatment),
    treatmentText(after.treatment),
  );

  const beforeControls = new Map((before.controls ?? []).map((c) => [c.id, c]));
  const afterControls = new Map((after.controls ?? []).map((c) => [c.id, c]));
  for (const [id, old] of beforeControls) {
    if (!afterControls.has(id)) {
      compare(`control:${id}`, 'Control removed', old.description, 'removed');
    }
  }
  for (const [id, next] of afterControls) {
    const old = beforeControls.get(id);
    if (!old) {
      compare(
        `control:${id}`,
        'Control added',
        'none',
        `${next.description} (${statusText(next.status)}, ${owner(next.ownerId)}${next.dueDate ? `, due ${next.dueDate}` : ''})`,
      );
      continue;
    }
    const name = `Control “${next.description}”`;
    compare(`control:${id}:description`, 'Control description', old.description, next.description);
    compare(`control:${id}:owner`, `${name}: owner`, owner(old.ownerId), owner(next.ownerId));
    compare(
      `control:${id}:due`,
      `${name}: due date`,
      old.dueDate ?? 'none',
      next.dueDate ?? 'none',
    );
    compare(
      `control:${id}:status`,
      `${name}: status`,
      statusText(old.status),
      statusText(next.status),
    );
  }

  compare(
    'acceptance',
    'Acceptance',
    acceptanceText(before.acceptance),
    acceptanceText(after.acceptance),
  );
  compare(
    'lastReviewedAt',
    'Last review',
    dateText(before.lastReviewedAt),
    dateText(after.lastReviewedAt),
  );
  return changes;
}
