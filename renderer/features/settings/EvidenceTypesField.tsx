import {
  EVIDENCE_FILE_TYPES,
  EVIDENCE_FILE_TYPE_IDS,
  type EvidenceFileTypeId,
} from '../../../shared/evidence/fileTypes';
import '../evidence/evidence.css';

/** The evidence type allow-list: one checkbox per type, with its extensions. */
export function EvidenceTypesField(props: {
  value: readonly EvidenceFileTypeId[];
  error: string | undefined;
  onChange: (types: EvidenceFileTypeId[]) => void;
}) {
  const toggle = (id: EvidenceFileTypeId, on: boolean) =>
    props.onChange(EVIDENCE_FILE_TYPE_IDS.filter((t) => (t === id ? on : props.value.includes(t))));
  return (
    <fieldset className="checkbox-grid">
      <legend>Accepted evidence file types</legend>
      {EVIDENCE_FILE_TYPE_IDS.map((id) => {
        const type = EVIDENCE_FILE_TYPES[id];
        return (
          <label key={id}>
            <input
              type="checkbox"
              checked={props.value.includes(id)}
              onChange={(e) => toggle(id, e.target.checked)}
            />{' '}
            {type.label}{' '}
            <span className="muted small">({type.extensions.map((e) => `.${e}`).join(', ')})</span>
          </label>
        );
      })}
      {props.error && (
        <p role="alert" className="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
