import {
  GAPS,
  GAP_LABELS,
  READINESS_LABELS,
  type Readiness,
} from '../../../shared/domain/readiness';

/** Six small marks, one per production gap; the label reads them out in words. */
export function ReadinessStrip({ readiness }: { readiness: Readiness }) {
  const label = GAPS.map(
    (gap) => `${GAP_LABELS[gap]}: ${READINESS_LABELS[readiness[gap].status]}`,
  ).join('; ');
  return (
    <span className="readiness-strip" role="img" aria-label={`Readiness — ${label}`} title={label}>
      {GAPS.map((gap) => (
        <span key={gap} className={`readiness-mark readiness-${readiness[gap].status}`} />
      ))}
    </span>
  );
}
