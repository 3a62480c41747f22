import { useId } from 'react';
import { INTEGRATION_DIRECTIONS, type IntegrationPoint } from '../../../shared/domain/initiative';

const DIRECTION_LABELS: Record<IntegrationPoint['direction'], string> = {
  reads: 'Reads from',
  writes: 'Writes to',
  'reads-writes': 'Reads and writes',
};

interface Props {
  points: IntegrationPoint[];
  suggestions: readonly string[];
  onChange: (points: IntegrationPoint[]) => void;
  error?: string | undefined;
}

/** The systems an initiative reads from or writes to; common ones suggested, any can be named. */
export function IntegrationPointsEditor({ points, suggestions, onChange, error }: Props) {
  const listId = useId();
  const update = (index: number, patch: Partial<IntegrationPoint>) =>
    onChange(points.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <fieldset className="inline-fieldset">
      <legend>Integration points</legend>
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {points.length === 0 && <p className="muted">None recorded.</p>}
      {points.map((point, index) => (
        // Rows have no identity of their own; position is the identity while editing.
        <div key={index} className="integration-row">
          <label>
            System {index + 1}
            <input
              list={listId}
              value={point.system}
              onChange={(e) => update(index, { system: e.target.value })}
            />
          </label>
          <label>
            Direction of system {index + 1}
            <select
              value={point.direction}
              onChange={(e) =>
                update(index, { direction: e.target.value as IntegrationPoint['direction'] })
              }
            >
              {INTEGRATION_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {DIRECTION_LABELS[d]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button-quiet"
            onClick={() => onChange(points.filter((_, i) => i !== index))}
          >
            Remove system {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange([...points, { system: '', direction: 'reads' }])}
      >
        Add integration point
      </button>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
