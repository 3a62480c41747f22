import { z } from 'zod';
import { optionalText } from './common';

/** The six gaps between a proof of concept and production (DESIGN §1). */
export const GAPS = [
  'data-quality',
  'integration',
  'stakeholder-alignment',
  'evaluation',
  'scale',
  'maintenance',
] as const;
export type Gap = (typeof GAPS)[number];

export const GAP_LABELS: Record<Gap, string> = {
  'data-quality': 'Data quality',
  integration: 'Integration',
  'stakeholder-alignment': 'Stakeholder alignment',
  evaluation: 'Evaluation',
  scale: 'Scale',
  maintenance: 'Maintenance',
};

export const GAP_QUESTIONS: Record<Gap, string> = {
  'data-quality':
    'Are the real production sources audited, validated and traced, not just the curated sample?',
  integration:
    'Are authentication, APIs, error handling and rollback in place with the systems it touches?',
  'stakeholder-alignment':
    'Do legal, compliance, security and operations all agree it may go ahead?',
  evaluation: 'Is it judged on business metrics with a failure taxonomy, not only accuracy?',
  scale: 'Has it been load tested, with unit economics at the target volume?',
  maintenance: 'Are monitoring, drift detection, retraining and on-call arranged?',
};

export const READINESS_STATUSES = ['not-started', 'in-progress', 'ready'] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];
export const READINESS_LABELS: Record<ReadinessStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  ready: 'Ready',
};

export const gapReadinessSchema = z.strictObject({
  status: z.enum(READINESS_STATUSES),
  notes: optionalText('Notes', 2000),
  ownerId: z.uuid().nullable(),
});
export type GapReadiness = z.infer<typeof gapReadinessSchema>;

export const readinessSchema = z.strictObject(
  Object.fromEntries(GAPS.map((gap) => [gap, gapReadinessSchema])) as Record<
    Gap,
    typeof gapReadinessSchema
  >,
);
export type Readiness = z.infer<typeof readinessSchema>;

export const EMPTY_READINESS: Readiness = Object.fromEntries(
  GAPS.map((gap) => [gap, { status: 'not-started', notes: '', ownerId: null }]),
) as Readiness;

/** The least-ready gaps first: what stands between this initiative and production. */
export function openGaps(readiness: Readiness): Gap[] {
  const rank: Record<ReadinessStatus, number> = { 'not-started': 0, 'in-progress': 1, ready: 2 };
  return GAPS.filter((gap) => readiness[gap].status !== 'ready').sort(
    (a, b) => rank[readiness[a].status] - rank[readiness[b].status],
  );
}
