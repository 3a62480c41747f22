import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import {
  ANNEX_III_AREAS,
  ANNEX_III_DEROGATIONS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  type EuAiActAnswers,
} from '../../../shared/euAiAct/answers';
import {
  ANNEX_III_DEROGATION_POINTS,
  PROHIBITED_PRACTICE_ARTICLES,
  TRANSPARENCY_ARTICLES,
  annexIIICitation,
  type EuAiActClassification,
} from '../../../shared/euAiAct/classify';
import {
  ANNEX_III_AREA_TEXTS,
  ANNEX_III_DEROGATION_TEXTS,
  ANNEX_I_TEXTS,
  PROFILING_TEXTS,
  PROHIBITED_PRACTICE_TEXTS,
  ROLE_TEXTS,
  SECTION_TEXTS,
  TRANSPARENCY_TRIGGER_TEXTS,
  type ChoiceText,
} from '../../../shared/euAiAct/questions';
import { AI_ACT_ROLES, AI_ACT_ROLE_LABELS } from '../../../shared/euAiAct/tier';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ClassificationResult, TierBadge } from './ClassificationResult';
import {
  draftFrom,
  missingAnswer,
  nextStep,
  parseDraft,
  previewOf,
  previousStep,
  stepsFor,
  toggled,
  type Draft,
  type Step,
} from './questionnaireState';
import './classification.css';

export interface ClassificationQuestionnaireProps {
  /** Earlier answers to start from (re-classification), or null for a first classification. */
  initial: EuAiActAnswers | null;
  onSubmit: (answers: EuAiActAnswers) => void | Promise<void>;
  onCancel: () => void;
  pending?: boolean;
  error?: string | null;
}

const STEP_TITLES: Record<Step, string> = {
  role: SECTION_TEXTS.role.title,
  prohibited: SECTION_TEXTS.prohibited.title,
  annexI: SECTION_TEXTS.annexI.title,
  annexIII: SECTION_TEXTS.annexIII.title,
  derogation: SECTION_TEXTS.derogation.title,
  transparency: SECTION_TEXTS.transparency.title,
  result: 'Result',
};

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no');

/**
 * The EU AI Act questionnaire, one section per step: role, prohibited
 * practices, Annex I, Annex III, the Art. 6(3) derogation (only with an Annex
 * III area), transparency, then the result to save. Steps that cannot change
 * the result are skipped; the result so far is shown alongside.
 */
export function ClassificationQuestionnaire({
  initial,
  onSubmit,
  onCancel,
  pending = false,
  error = null,
}: ClassificationQuestionnaireProps) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(initial));
  const [step, setStep] = useState<Step>('role');
  const [stepError, setStepError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const headingId = useId();

  // After Next or Back, take keyboard and screen-reader users to the new step's heading.
  useEffect(() => {
    if (navigated.current) headingRef.current?.focus();
  }, [step]);

  const steps = stepsFor(draft);
  const previous = previousStep(draft, step);
  const next = nextStep(draft, step);
  const preview = previewOf(draft);

  const update = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setStepError(null);
    setSaveError(null);
  };

  const go = (target: Step | null) => {
    if (!target) return;
    navigated.current = true;
    setStepError(null);
    setSaveError(null);
    setStep(target);
  };

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step !== 'result') {
      const missing = missingAnswer(draft, step);
      if (missing) {
        setStepError(missing);
        return;
      }
      go(next);
      return;
    }
    const parsed = parseDraft(draft);
    if (!parsed.ok) {
      setSaveError(parsed.message);
      return;
    }
    void onSubmit(parsed.answers);
  }

  const errorIf = (unanswered: boolean) => (unanswered ? stepError : null);
  const primaryLabel =
    step === 'result'
      ? pending
        ? 'Saving…'
        : 'Save classification'
      : next === 'result'
        ? 'See result'
        : 'Next';

  return (
    <form
      className="classification-questionnaire"
      onSubmit={handleSubmit}
      noValidate
      aria-label="EU AI Act classification"
    >
      <ol className="classification-steps" aria-label="Steps">
        {steps.map((s) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {STEP_TITLES[s]}
          </li>
        ))}
      </ol>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="classification-step-title">
        Step {steps.indexOf(step) + 1} of {steps.length}: {STEP_TITLES[step]}
      </h3>

      <div className="classification-body">
        <div className="classification-questions">
          {step === 'role' && (
            <RadioGroup
              question={SECTION_TEXTS.role.question}
              help={SECTION_TEXTS.role.help}
              options={AI_ACT_ROLES.map((role) => ({ value: role, text: ROLE_TEXTS[role] }))}
              value={draft.role}
              onChange={(role) => update({ role })}
              error={errorIf(draft.role === null)}
            />
          )}

          {step === 'prohibited' && (
            <CheckboxGroup
              question={SECTION_TEXTS.prohibited.question}
              help={SECTION_TEXTS.prohibited.help}
              options={PROHIBITED_PRACTICES.map((practice) => ({
                value: practice,
                text: PROHIBITED_PRACTICE_TEXTS[practice],
                citation: PROHIBITED_PRACTICE_ARTICLES[practice],
              }))}
              chosen={draft.prohibitedPractices}
              onToggle={(practice, on) =>
                update({
                  prohibitedPractices: toggled(
                    PROHIBITED_PRACTICES,
                    draft.prohibitedPractices,
                    practice,
                    on,
                  ),
                })
              }
            />
          )}

          {step === 'annexI' && (
            <RadioGroup
              question={SECTION_TEXTS.annexI.question}
              help={SECTION_TEXTS.annexI.help}
              options={[
                { value: 'yes', text: ANNEX_I_TEXTS.yes },
                { value: 'no', text: ANNEX_I_TEXTS.no },
              ]}
              value={yesNo(draft.annexIProduct)}
              onChange={(answer) => update({ annexIProduct: answer === 'yes' })}
              error={errorIf(draft.annexIProduct === null)}
            />
          )}

          {step === 'annexIII' && (
            <CheckboxGroup
              question={SECTION_TEXTS.annexIII.question}
              help={SECTION_TEXTS.annexIII.help}
              options={ANNEX_III_AREAS.map((area) => ({
                value: area,
                text: ANNEX_III_AREA_TEXTS[area],
                citation: annexIIICitation(area),
              }))}
              chosen={draft.annexIIIAreas}
              onToggle={(area, on) =>
                update({ annexIIIAreas: toggled(ANNEX_III_AREAS, draft.annexIIIAreas, area, on) })
              }
            />
          )}

          {step === 'derogation' && (
            <>
              <p className="field-hint">
                Areas chosen:{' '}
                {draft.annexIIIAreas
                  .map((area) => `${ANNEX_III_AREA_TEXTS[area].label} (${annexIIICitation(area)})`)
                  .join('; ')}
                .
              </p>
              <RadioGroup
                question={SECTION_TEXTS.derogation.question}
                help={SECTION_TEXTS.derogation.help}
                options={ANNEX_III_DEROGATIONS.map((derogation) => ({
                  value: derogation,
                  text: ANNEX_III_DEROGATION_TEXTS[derogation],
                  citation:
                    derogation === 'none' ? undefined : ANNEX_III_DEROGATION_POINTS[derogation],
                }))}
                value={draft.annexIIIDerogation}
                onChange={(annexIIIDerogation) => update({ annexIIIDerogation })}
                error={errorIf(draft.annexIIIDerogation === null)}
              />
              <RadioGroup
                question={PROFILING_TEXTS.question}
                help={PROFILING_TEXTS.help}
                options={[
                  { value: 'yes', text: PROFILING_TEXTS.yes },
                  { value: 'no', text: PROFILING_TEXTS.no },
                ]}
                value={yesNo(draft.profiling)}
                onChange={(answer) => update({ profiling: answer === 'yes' })}
                error={errorIf(draft.annexIIIDerogation !== null && draft.profiling === null)}
              />
            </>
          )}

          {step === 'transparency' && (
            <CheckboxGroup
              question={SECTION_TEXTS.transparency.question}
              help={SECTION_TEXTS.transparency.help}
              options={TRANSPARENCY_TRIGGERS.map((trigger) => ({
                value: trigger,
                text: TRANSPARENCY_TRIGGER_TEXTS[trigger],
                citation: TRANSPARENCY_ARTICLES[trigger],
              }))}
              chosen={draft.transparency}
              onToggle={(trigger, on) =>
                update({
                  transparency: toggled(TRANSPARENCY_TRIGGERS, draft.transparency, trigger, on),
                })
              }
            />
          )}

          {step === 'result' &&
            (preview ? (
              <>
                {draft.prohibitedPractices.length > 0 && (
                  <p className="field-hint">
                    The remaining questions were skipped: a prohibited practice decides the result
                    on its own.
                  </p>
                )}
                <ClassificationResult result={preview}>
                  <dt>Your role</dt>
                  <dd>{draft.role ? AI_ACT_ROLE_LABELS[draft.role] : ''}</dd>
                </ClassificationResult>
                <p className="field-hint">
                  This is guidance from your answers, not legal advice. Saving records the answers,
                  the tier and the articles with the initiative.
                </p>
              </>
            ) : (
              <p className="alert alert-error">Go back and answer the questions first.</p>
            ))}
        </div>

        {step !== 'result' && <ResultPreview preview={preview} />}
      </div>

      <ErrorAlert message={saveError ?? error} />
      <div className="form-actions">
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
        {previous && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => go(previous)}
            disabled={pending}
          >
            Back
          </button>
        )}
        <button type="submit" disabled={pending || (step === 'result' && !preview)}>
          {primaryLabel}
        </button>
      </div>
    </form>
  );
}

/** The result of the answers given so far, updated as the user answers. */
function ResultPreview({ preview }: { preview: EuAiActClassification | null }) {
  const titleId = useId();
  return (
    <aside className="classification-preview" aria-labelledby={titleId}>
      <h4 id={titleId}>Result so far</h4>
      <p aria-live="polite" aria-atomic="true">
        {preview ? (
          <>
            <span className="visually-hidden">Result so far: </span>
            <TierBadge tier={preview.tier} />
          </>
        ) : (
          'Choose your role to see the result take shape.'
        )}
      </p>
      {preview && (
        <>
          <ul className="citation-list" aria-label="Articles so far">
            {preview.articles.map((article) => (
              <li key={article} className="badge">
                {article}
              </li>
            ))}
          </ul>
          <details>
            <summary>Why</summary>
            <ul className="reason-list">
              {preview.reasons.map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </aside>
  );
}

interface Option<T extends string> {
  value: T;
  text: ChoiceText;
  /** The article or annex point the choice leads to, shown after its label. */
  citation?: string | undefined;
}

function ChoiceLabel({ id, text, citation }: { id: string; text: ChoiceText; citation?: string }) {
  return (
    <div>
      <label htmlFor={id}>
        {text.label}
        {citation && <span className="choice-citation"> ({citation})</span>}
      </label>
      <p className="field-hint" id={`${id}-help`}>
        {text.help}
      </p>
    </div>
  );
}

/** A single-choice question: a fieldset whose legend is the question, one labelled radio per option. */
function RadioGroup<T extends string>({
  question,
  help,
  options,
  value,
  onChange,
  error,
}: {
  question: string;
  help: string;
  options: Option<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error: string | null;
}) {
  const id = useId();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className="choice-group"
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy}
      aria-required="true"
      aria-invalid={error ? true : undefined}
    >
      <legend id={`${id}-legend`}>{question}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {help}
      </p>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="choice">
            <input
              type="radio"
              id={optionId}
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={`${optionId}-help`}
            />
            <ChoiceLabel id={optionId} text={option.text} citation={option.citation} />
          </div>
        );
      })}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A multiple-choice question: a fieldset whose legend is the question, one labelled checkbox per option. */
function CheckboxGroup<T extends string>({
  question,
  help,
  options,
  chosen,
  onToggle,
}: {
  question: string;
  help: string;
  options: Option<T>[];
  chosen: readonly T[];
  onToggle: (value: T, on: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
      <legend>{question}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {help}
      </p>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="choice">
            <input
              type="checkbox"
              id={optionId}
              checked={chosen.includes(option.value)}
              onChange={(event) => onToggle(option.value, event.target.checked)}
              aria-describedby={`${optionId}-help`}
            />
            <ChoiceLabel id={optionId} text={option.text} citation={option.citation} />
          </div>
        );
      })}
    </fieldset>
  );
}
