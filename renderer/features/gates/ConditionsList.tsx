import { useState } from 'react';
import { dateOnly } from '../../../shared/domain/calendar';
import type { Member } from '../../../shared/domain/member';
import { conditionsOf, type ConditionView } from '../../../shared/gates/conditions';
import type { Signoff } from '../../../shared/gates/signoff';
import { useCommand } from '../../app/useCommand';
import { useMember } from '../../app/WorkspaceContext';
import { closeCondition } from '../../db/commands/closeCondition';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** Conditions of the gate's approvals, with who closed them and when; owners close their own. */
export function ConditionsList(props: {
  signoffs: readonly Signoff[];
  members: Map<string, Member>;
}) {
  const conditions = conditionsOf(props.signoffs, dateOnly(new Date()));
  if (conditions.length === 0) return null;
  return <ConditionsTable caption="Conditions" conditions={conditions} members={props.members} />;
}

/** A table of conditions; each row names its initiative when `initiativeTitle` is given. */
export function ConditionsTable(props: {
  caption: string;
  hideCaption?: boolean;
  conditions: readonly (ConditionView & { initiativeTitle?: string })[];
  members: Map<string, Member>;
}) {
  return (
    <table className="table">
      <caption className={props.hideCaption ? 'visually-hidden' : undefined}>
        {props.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Condition</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {props.conditions.map((condition) => (
          <ConditionRow
            key={condition.id}
            condition={condition}
            members={props.members}
            {...(condition.initiativeTitle ? { showInitiative: condition.initiativeTitle } : {})}
          />
        ))}
      </tbody>
    </table>
  );
}

function ConditionRow({
  condition,
  members,
  showInitiative,
}: {
  condition: ConditionView;
  members: Map<string, Member>;
  showInitiative?: string;
}) {
  const member = useMember();
  const command = useCommand(closeCondition);
  const [note, setNote] = useState('');
  const name = (id: string) => members.get(id)?.name ?? 'Unknown member';
  const canClose =
    condition.closure === null &&
    (condition.ownerId === member.id || member.roles.includes('administrator'));
  return (
    <tr>
      <th scope="row">
        {condition.text}
        {showInitiative && <span className="muted block">{showInitiative}</span>}
      </th>
      <td>{name(condition.ownerId)}</td>
      <td>
        {condition.dueOn}
        {condition.overdue && <span className="badge badge-error">Overdue</span>}
      </td>
      <td>
        {condition.closure ? (
          <>
            Closed by {name(condition.closure.closedBy)} on{' '}
            {condition.closure.closedAt.slice(0, 10)}
            {condition.closure.note && (
              <span className="muted block">{condition.closure.note}</span>
            )}
          </>
        ) : canClose ? (
          <div className="row-actions">
            <input
              aria-label={`Closing note for ${condition.text}`}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="How it was met"
            />
            <button
              type="button"
              aria-label={`Close condition: ${condition.text}`}
              disabled={command.pending}
              onClick={() =>
                void command.run({
                  signoffId: condition.signoffId,
                  conditionId: condition.id,
                  note,
                })
              }
            >
              Close condition
            </button>
            <ErrorAlert message={command.error} />
          </div>
        ) : (
          'Open'
        )}
      </td>
    </tr>
  );
}
