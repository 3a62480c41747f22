import type { ReactNode } from 'react';
import { BAND_COLOURS, BAND_LABELS, type Band } from '../../../shared/risk/matrix';
import { levelsHighestFirst, levelsLowestFirst } from './riskSettingsForm';

export interface GridCell {
  likelihood: number;
  impact: number;
  score: number;
  band: Band;
}

interface RiskMatrixGridProps {
  caption: string;
  size: number;
  likelihoodLevels: readonly string[];
  impactLevels: readonly string[];
  bands: readonly (readonly Band[])[];
  /** The content of one cell; the cell itself is coloured by its band. */
  renderCell: (cell: GridCell) => ReactNode;
  className?: string;
}

/**
 * A likelihood × impact grid as a table: likelihood rows from the highest
 * down, impact columns from the lowest across, so the most severe cell sits
 * top right as on a printed matrix. Row and column headers give each cell its
 * levels; the band is always written, never shown by colour alone.
 */
export function RiskMatrixGrid({
  caption,
  size,
  likelihoodLevels,
  impactLevels,
  bands,
  renderCell,
  className,
}: RiskMatrixGridProps) {
  return (
    <table className={['risk-matrix', className].filter(Boolean).join(' ')}>
      <caption>{caption}</caption>
      <colgroup>
        <col className="risk-matrix-level-column" />
        {levelsLowestFirst(size).map((impact) => (
          <col key={impact} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">
            Likelihood <span aria-hidden="true">↓</span> / impact <span aria-hidden="true">→</span>
          </th>
          {levelsLowestFirst(size).map((impact) => (
            <th key={impact} scope="col">
              <LevelName axis="Impact" level={impact} name={impactLevels[impact - 1]} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {levelsHighestFirst(size).map((likelihood) => (
          <tr key={likelihood}>
            <th scope="row">
              <LevelName
                axis="Likelihood"
                level={likelihood}
                name={likelihoodLevels[likelihood - 1]}
              />
            </th>
            {levelsLowestFirst(size).map((impact) => {
              const band = bands[likelihood - 1]?.[impact - 1] ?? 'low';
              const colours = BAND_COLOURS[band];
              return (
                <td
                  key={impact}
                  className={`risk-cell risk-cell-${band}`}
                  style={{ background: colours.background, color: colours.text }}
                >
                  {renderCell({ likelihood, impact, score: likelihood * impact, band })}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LevelName({ axis, level, name }: { axis: string; level: number; name?: string }) {
  return (
    <>
      <span className="risk-level-number">
        <span className="visually-hidden">{axis} </span>
        {level}
      </span>{' '}
      <span className="risk-level-name">
        {name === undefined || name.trim() === '' ? '—' : name}
      </span>
    </>
  );
}

/** A cell of the read-only matrix: its score and band, in words. */
export function ScoreAndBand({ score, band }: { score: number; band: Band }) {
  return (
    <>
      <span className="visually-hidden">Score </span>
      <span className="risk-cell-score">{score}</span>
      <span className="visually-hidden">, </span>
      <span className="risk-cell-band">{BAND_LABELS[band]}</span>
    </>
  );
}
