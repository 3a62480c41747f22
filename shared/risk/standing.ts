import type { Role } from '../domain/roles';
import { acceptanceStatus, type AcceptanceStatus } from './acceptance';
import { controlsSummary } from './controls';
import type { Band, RiskMatrix } from './matrix';
import type { Risk } from './record';
import { isReviewOverdue, nextReviewDate, type ReviewCadence } from './reviewCadence';
import { bandOf, ratingProblem, scoreOf } from './scoring';

export interface RiskStanding {
  inherentScore: number | null;
  inherentBand: Band | null;
  residualScore: number | null;
  residualBand: Band | null;
  nextReviewOn: string | null;
  reviewOverdue: boolean;
  acceptance: AcceptanceStatus;
  /** Days until a valid acceptance expires (null when there is none). */
  acceptanceExpiresInDays: number | null;
  /**
   * High or critical residual risk that nothing treats yet: mitigated or
   * transferred with no control in place, or accepted without a valid
   * acceptance. These count against gate readiness.
   */
  untreated: boolean;
}

const DAY_MS = 86_400_000;

/** Everything derived about a risk on the workspace's settings, today. */
export function riskStanding(
  risk: Risk,
  settings: { riskMatrix: RiskMatrix; reviewCadence: ReviewCadence; acceptanceRole?: Role },
  today: string,
): RiskStanding {
  const matrix = settings.riskMatrix;
  const fits = (rating: Risk['inherent']) => ratingProblem(matrix, rating) === null;
  const inherentFits = fits(risk.inherent);
  const residualFits = fits(risk.residual);
  const residualBand = residualFits ? bandOf(matrix, risk.residual) : null;
  const nextReviewOn = residualBand
    ? nextReviewDate(risk.lastReviewedAt, residualBand, settings.reviewCadence)
    : null;
  const acceptance = residualFits
    ? acceptanceStatus(matrix, risk, risk.acceptance, today)
    : 'not-needed';
  const inPlace = controlsSummary(risk.controls).byStatus['in-place'];
  const high = residualBand === 'high' || residualBand === 'critical';
  const untreated =
    high &&
    (risk.treatment === 'accept'
      ? acceptance !== 'valid'
      : risk.treatment !== 'avoid' && inPlace === 0);
  return {
    inherentScore: inherentFits ? scoreOf(matrix, risk.inherent) : null,
    inherentBand: inherentFits ? bandOf(matrix, risk.inherent) : null,
    residualScore: residualFits ? scoreOf(matrix, risk.residual) : null,
    residualBand,
    nextReviewOn,
    reviewOverdue: nextReviewOn !== null && isReviewOverdue(nextReviewOn, today),
    acceptance,
    acceptanceExpiresInDays:
      acceptance === 'valid' && risk.acceptance
        ? Math.round(
            (Date.parse(`${risk.acceptance.expiresOn}T00:00:00Z`) -
              Date.parse(`${today.slice(0, 10)}T00:00:00Z`)) /
              DAY_MS,
          )
        : null,
    untreated,
  };
}
