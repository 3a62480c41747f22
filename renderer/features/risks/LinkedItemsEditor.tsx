import { REVIEW_FUNCTION_LABELS } from '../../../shared/gates/functions';
import type { GateTemplate } from '../../../shared/gates/template';
import type { LinkedItem } from '../../../shared/risk/record';
import { isLinked, toggleLinked } from './riskForm';

/**
 * The gate checklist items a risk bears on, grouped by gate and function; a
 * gate's group opens by itself when one of its items is linked.
 */
export function LinkedItemsEditor(props: {
  templates: readonly GateTemplate[];
  linked: readonly LinkedItem[];
  onChange: (linked: LinkedItem[]) => void;
}) {
  const { templates, linked, onChange } = props;
  return (
    <fieldset className="risk-linked-items">
      <legend>Linked gate checklist items ({linked.length})</legend>
      {templates.map((template) => (
        <details key={template.id} open={linked.some((l) => l.templateId === template.id)}>
          <summary>{template.name}</summary>
          {template.functions.map((requirement) => (
            <ul key={requirement.function} className="plain-list">
              {requirement.items.map((item) => (
                <li key={item.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={isLinked(linked, template.id, item.id)}
                      onChange={() => onChange(toggleLinked(linked, template.id, item.id))}
                    />{' '}
                    {template.name} · {REVIEW_FUNCTION_LABELS[requirement.function]}: {item.text}
                  </label>
                </li>
              ))}
            </ul>
          ))}
        </details>
      ))}
    </fieldset>
  );
}
