import { controlsSummary } from '../../risk/controls';
import { calendarDateOf } from '../../risk/dates';
import type { Risk } from '../../risk/record';
import type { RiskInputs } from './record';

/** What the Dashboard keeps of a risk: its ratings and dates, not its text or controls. */
export function riskInputsOf(risk: Risk): RiskInputs {
  return {
    id: risk.id,
    title: risk.title,
    category: risk.category,
    inherent: { likelihood: risk.inherent.likelihood, impact: risk.inherent.impact },
    residual: { likelihood: risk.residual.likelihood, impact: risk.residual.impact },
    treatment: risk.treatment,
    // `nextReviewDate` reads only the date written in it (an invalid one is kept, to fail as before).
    lastReviewedOn: calendarDateOf(risk.lastReviewedAt) ?? risk.lastReviewedAt,
    acceptance: risk.acceptance && {
      expiresOn: risk.acceptance.expiresOn,
      residual: {
        likelihood: risk.acceptance.residual.likelihood,
        impact: risk.acceptance.residual.impact,
      },
    },
    controlsInPlace: controlsSummary(risk.controls).byStatus['in-place'],
  };
}
