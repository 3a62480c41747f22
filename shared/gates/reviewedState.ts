import { z } from 'zod';
import { hashCanonical } from '../crypto/sha256';
import {
  MATERIAL_FIELDS,
  MATERIAL_FIELD_LABELS,
  materialState,
  type MaterialField,
} from '../domain/materialFields';
import type { Risk } from '../risk/record';
import { canonicalJson } from '../crypto/canonicalJson';
import { describeValue } from '../domain/describeValue';

/** What a reviewer saw of one risk: enough to notice it was added, removed or re-rated. */
const riskSummaryEntrySchema = z.strictObject({
  id: z.string().max(200),
  title: z.string().max(200),
  category: z.string().max(60),
  residual: z.string().max(10),
  treatment: z.string().max(30),
});
export type RiskSummaryEntry = z.infer<typeof riskSummaryEntrySchema>;

/**
 * The state a sign-off covers: the initiative's material fields plus a
 * summary of its risk register. Its hash is signed; a later difference makes
 * the sign-off stale.
 */
export const reviewedStateSchema = z.strictObject({
  material: z.record(z.enum(MATERIAL_FIELDS), z.json()),
  risks: z.array(riskSummaryEntrySchema),
});
export type ReviewedState = z.infer<typeof reviewedStateSchema>;
type JsonValue = ReviewedState['material'][MaterialField];

type RiskSource = Pick<Risk, 'id' | 'title' | 'category' | 'residual' | 'treatment'>;

export function riskSummary(risks: readonly RiskSource[]): RiskSummaryEntry[] {
  return risks
    .map((risk) => ({
      id: risk.id,
      title: risk.title,
      category: risk.category,
      residual: `${String(risk.residual.likelihood)}×${String(risk.residual.impact)}`,
      treatment: risk.treatment,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function reviewedState(
  initiative: Parameters<typeof materialState>[0],
  risks: readonly RiskSource[],
): ReviewedState {
  // Material values are strings, lists and plain records: JSON by construction.
  const material = materialState(initiative) as Record<MaterialField, JsonValue>;
  return { material, risks: riskSummary(risks) };
}

export function reviewedStateHash(state: ReviewedState): string {
  return hashCanonical(state);
}

/** One difference between what was signed and what is recorded now. */
export interface ReviewedChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

function describeRisk(risk: RiskSummaryEntry | undefined): string {
  if (!risk) return 'not in the register';
  return `${risk.title} (residual ${risk.residual}, ${risk.treatment})`;
}

/** What changed since a sign-off, field by field, then risk by risk. */
export function changesSince(signed: ReviewedState, current: ReviewedState): ReviewedChange[] {
  const changes: ReviewedChange[] = [];
  for (const field of MATERIAL_FIELDS) {
    const before = signed.material[field];
    const after = current.material[field];
    if (canonicalJson(before ?? null) !== canonicalJson(after ?? null)) {
      changes.push({
        field,
        label: MATERIAL_FIELD_LABELS[field],
        before: describeValue(before),
        after: describeValue(after),
      });
    }
  }
  const beforeRisks = new Map(signed.risks.map((risk) => [risk.id, risk]));
  const afterRisks = new Map(current.risks.map((risk) => [risk.id, risk]));
  for (const id of new Set([...beforeRisks.keys(), ...afterRisks.keys()])) {
    const before = beforeRisks.get(id);
    const after = afterRisks.get(id);
    if (canonicalJson(before ?? null) !== canonicalJson(after ?? null)) {
      changes.push({
        field: `risk:${id}`,
        label: `Risk register: ${(after ?? before)?.title ?? id}`,
        before: describeRisk(before),
        after: describeRisk(after),
      });
    }
  }
  return changes;
}
