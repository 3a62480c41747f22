import { useState, type SubmitEvent } from 'react';
import type { Initiative } from '../../../shared/domain/initiative';
import type { Member } from '../../../shared/domain/member';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS } from '../../../shared/domain/risk';
import type { RiskMatrix } from '../../../shared/risk/matrix';
import type { Risk } from '../../../shared/risk/record';
import { rescaleRating } from '../../../shared/risk/scoring';
import { RISK_TEMPLATES, TEMPLATE_MATRIX_SIZE, findTemplate } from '../../../shared/risk/templates';
import { useCommand } from '../../app/useCommand';
import { addRisk } from '../../db/commands/addRisk';
import { newId } from '../../db/ids';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Tabs } from '../../ui/Tabs';
import { RiskForm } from './RiskForm';
import {
  addRiskInputFromForm,
  addRiskInputFromTemplate,
  blankRiskForm,
  deriveRating,
} from './riskForm';

type Route = 'template' | 'blank';
const ROUTES: { id: Route; label: string }[] = [
  { id: 'template', label: 'From template' },
  { id: 'blank', label: 'Blank risk' },
];

/** Templates grouped by category, in the category order of the domain. */
const TEMPLATE_GROUPS = RISK_CATEGORIES.map((category) => ({
  category,
  templates: RISK_TEMPLATES.filter((t) => t.category === category),
})).filter((group) => group.templates.length > 0);

interface Props {
  initiative: Initiative;
  matrix: RiskMatrix;
  members: readonly Member[];
  /** Template ids already on this register, to say so next to them. */
  usedTemplateIds: ReadonlySet<string>;
  onAdded: (risk: Risk) => void;
}

/**
 * Adds a risk in one of two ways: from the library of common AI risks (choose
 * one, confirm: two clicks) or as a blank risk filled in by hand.
 */
export function AddRiskDialog({ initiative, matrix, members, usedTemplateIds, onAdded }: Props) {
  const [open, setOpen] = useState(false);
  const [route, setRoute] = useState<Route>('template');
  const command = useCommand(addRisk);
  const close = () => {
    setOpen(false);
    command.reset();
  };
  const added = (risk: Risk | null) => {
    if (!risk) return;
    setOpen(false);
    onAdded(risk);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => {
          command.reset();
          setOpen(true);
        }}
      >
        Add risk
      </button>
      <Dialog title="Add risk" open={open} onClose={close}>
        <div className="risk-add">
          <Tabs
            label="How to add the risk"
            tabs={ROUTES}
            selected={route}
            onSelect={(next) => {
              command.reset();
              setRoute(next);
            }}
          >
            {route === 'template' ? (
              <TemplatePicker
                matrix={matrix}
                usedTemplateIds={usedTemplateIds}
                pending={command.pending}
                error={command.error}
                onCancel={close}
                onChoose={(templateId) => {
                  const template = findTemplate(templateId);
                  if (!template) return;
                  const input = addRiskInputFromTemplate(
                    template,
                    { matrix, initiativeId: initiative.id, ownerId: initiative.ownerId },
                    newId,
                  );
                  void command.run(input).then(added);
                }}
              />
            ) : (
              <RiskForm
                label="New risk"
                initial={blankRiskForm(initiative.ownerId, matrix)}
                matrix={matrix}
                members={members}
                withReason={false}
                submitLabel="Add risk"
                pending={command.pending}
                error={command.error}
                fieldErrors={command.fieldErrors}
                onCancel={close}
                onSubmit={(form) => {
                  void command.run(addRiskInputFromForm(form, initiative.id)).then(added);
                }}
              />
            )}
          </Tabs>
        </div>
      </Dialog>
    </>
  );
}

function TemplatePicker(props: {
  matrix: RiskMatrix;
  usedTemplateIds: ReadonlySet<string>;
  pending: boolean;
  error: string | null;
  onChoose: (templateId: string) => void;
  onCancel: () => void;
}) {
  const { matrix, usedTemplateIds, pending, error, onChoose, onCancel } = props;
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (chosen === '') {
      setProblem('Choose a template.');
      return;
    }
    setProblem(null);
    onChoose(chosen);
  }
  return (
    <form aria-label="Add risk from template" noValidate onSubmit={(event) => onSubmit(event)}>
      <p className="muted">
        Common AI risks with a cause, consequence, inherent rating and suggested controls. The
        initiative owner owns the risk and its controls until you reassign them.
      </p>
      <div className="risk-templates">
        {TEMPLATE_GROUPS.map((group) => (
          <fieldset key={group.category} className="risk-template-group">
            <legend>{RISK_CATEGORY_LABELS[group.category]}</legend>
            {group.templates.map((template) => {
              const descriptionId = `risk-template-${template.id}`;
              const inherent = deriveRating(
                matrix,
                rescaleRating(template.inherent, TEMPLATE_MATRIX_SIZE, matrix.size),
              );
              return (
                <div key={template.id} className="risk-template">
                  <label>
                    <input
                      type="radio"
                      name="risk-template"
                      value={template.id}
                      checked={chosen === template.id}
                      aria-describedby={descriptionId}
                      onChange={() => setChosen(template.id)}
                    />{' '}
                    {template.title}
                  </label>
                  <p id={descriptionId} className="muted small risk-template-description">
                    {template.description} Inherent: {inherent.text}. {template.controls.length}{' '}
                    suggested controls.
                    {usedTemplateIds.has(template.id) && ' Already on this register.'}
                  </p>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      <ErrorAlert message={problem ?? error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={pending}>
          {pending ? 'Adding…' : 'Add risk'}
        </button>
      </div>
    </form>
  );
}
