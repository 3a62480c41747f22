import { useState } from 'react';
import type { EuAiActAnswers } from '../../../shared/euAiAct/answers';
import type { Initiative } from '../../../shared/domain/initiative';
import { rolesGrant } from '../../../shared/domain/permissions';
import { useCommand } from '../../app/useCommand';
import { useMember } from '../../app/WorkspaceContext';
import { classifyInitiative } from '../../db/commands/classifyInitiative';
import { ClassificationQuestionnaire } from '../classification/ClassificationQuestionnaire';
import { ClassificationSummary } from '../classification/ClassificationSummary';

/** The EU AI Act classification: the stored result, and the questionnaire to (re)answer. */
export function ClassificationPanel({ initiative }: { initiative: Initiative }) {
  const member = useMember();
  const command = useCommand(classifyInitiative);
  const [answering, setAnswering] = useState(false);
  const canEdit = rolesGrant(member.roles, 'initiative.edit');

  async function onSubmit(answers: EuAiActAnswers) {
    if (await command.run({ initiativeId: initiative.id, answers })) setAnswering(false);
  }

  if (answering) {
    return (
      <ClassificationQuestionnaire
        initial={initiative.classification?.answers ?? null}
        onSubmit={onSubmit}
        onCancel={() => setAnswering(false)}
        pending={command.pending}
        error={command.error}
      />
    );
  }
  return (
    <div>
      <ClassificationSummary record={initiative.classification} />
      {canEdit && (
        <button type="button" onClick={() => setAnswering(true)}>
          {initiative.classification
            ? 'Answer the questionnaire again'
            : 'Classify under the EU AI Act'}
        </button>
      )}
    </div>
  );
}
