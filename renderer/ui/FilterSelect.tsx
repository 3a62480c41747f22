export interface FilterOption<V extends string> {
  value: V;
  label: string;
}

/** Options from a list of values and their labels. */
export function labelledOptions<V extends string>(
  values: readonly V[],
  labels: Readonly<Record<V, string>>,
): FilterOption<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** A labelled filter choice whose empty value means "no filter" ("Any", "Anyone"). */
export function FilterSelect<V extends string>(props: {
  label: string;
  value: V | '';
  options: readonly FilterOption<V>[];
  onChange: (value: V | '') => void;
  anyLabel?: string;
}) {
  const { label, value, options, onChange, anyLabel = 'Any' } = props;
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
