import { ROLE_LABELS } from '../../../shared/domain/roles';
import { BAND_LABELS } from '../../../shared/risk/matrix';
import { RiskMatrixGrid, ScoreAndBand } from './RiskMatrixGrid';
import {
  appetiteText,
  BANDS_MOST_SEVERE_FIRST,
  cadenceText,
  type RiskSettings,
} from './riskSettingsForm';

interface RiskSettingsSummaryProps {
  settings: RiskSettings;
  /** Active members holding the acceptance role; undefined while counting. */
  acceptors?: number | undefined;
}

/** The workspace's matrix, appetite, review cadence and acceptance role, read-only. */
export function RiskSettingsSummary({ settings, acceptors }: RiskSettingsSummaryProps) {
  const { riskMatrix: matrix, reviewCadence, acceptanceRole } = settings;
  return (
    <>
      <RiskMatrixGrid
        caption={`Risk matrix, ${String(matrix.size)} × ${String(matrix.size)}: score and band of each cell`}
        size={matrix.size}
        likelihoodLevels={matrix.likelihoodLevels}
        impactLevels={matrix.impactLevels}
        bands={matrix.bands}
        renderCell={(cell) => <ScoreAndBand score={cell.score} band={cell.band} />}
      />
      <dl className="summary-list risk-settings-summary">
        <dt>Risk appetite</dt>
        <dd>
          <span className="risk-appetite">{BAND_LABELS[matrix.appetite]}</span>.{' '}
          {appetiteText(matrix.appetite)}
        </dd>
        <dt>Review cadence</dt>
        <dd>
          <ul className="risk-cadence-list" aria-label="Review cadence">
            {BANDS_MOST_SEVERE_FIRST.map((band) => (
              <li key={band}>
                {BAND_LABELS[band]} risks: {cadenceText(reviewCadence[band]).toLowerCase()}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Acceptances signed by</dt>
        <dd>
          {ROLE_LABELS[acceptanceRole]}
          {acceptors === 0 && (
            <p className="risk-settings-warning">
              No active member holds this role yet, so no risk above appetite can be accepted.
            </p>
          )}
        </dd>
      </dl>
    </>
  );
}
