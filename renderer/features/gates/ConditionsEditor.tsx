import type { Member } from '../../../shared/domain/member';
import { rolesGrant } from '../../../shared/domain/permissions';
import type { Condition } from '../../../shared/gates/signoff';
import { newId } from '../../db/ids';

/** A sensible first due date; the reviewer changes it. */
function twoWeeksFromToday(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

/** The conditions an approval carries: what, who closes it, and by when. */
export function ConditionsEditor(props: {
  conditions: readonly Condition[];
  members: readonly Member[];
  onChange: (conditions: Condition[]) => void;
}) {
  const { conditions, members, onChange } = props;
  // Owners close their conditions, so only members who may close one are offered.
  const active = members.filter(
    (m) => m.status === 'active' && rolesGrant(m.roles, 'condition.close'),
  );
  const update = (id: string, patch: Partial<Condition>) =>
    onChange(conditions.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  const add = () => {
    onChange([
      ...conditions,
      { id: newId(), text: '', ownerId: active[0]?.id ?? '', dueOn: twoWeeksFromToday() },
    ]);
  };
  return (
    <fieldset>
      <legend>Conditions</legend>
      {conditions.length === 0 && <p className="muted">Add the conditions of your approval.</p>}
      {conditions.map((condition, index) => {
        const n = String(index + 1);
        return (
          <div key={condition.id} className="inline-fields">
            <label>
              Condition {n}
              <input
                value={condition.text}
                onChange={(e) => update(condition.id, { text: e.target.value })}
              />
            </label>
            <label>
              Condition {n} owner
              <select
                value={condition.ownerId}
                onChange={(e) => update(condition.id, { ownerId: e.target.value })}
              >
                {active.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Condition {n} due
              <input
                type="date"
                value={condition.dueOn}
                onChange={(e) => update(condition.id, { dueOn: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="button-quiet"
              onClick={() => onChange(conditions.filter((c) => c.id !== condition.id))}
            >
              Remove condition {n}
            </button>
          </div>
        );
      })}
      <button type="button" className="button-secondary" onClick={add}>
        Add condition
      </button>
    </fieldset>
  );
}
