import { euAiActAnswersSchema, type EuAiActAnswers } from '../../../shared/euAiAct/answers';
import {
  classifyEuAiAct,
  type AnnexIIIArea,
  type AnnexIIIDerogation,
  type EuAiActClassification,
  type ProhibitedPractice,
  type TransparencyTrigger,
} from '../../../shared/euAiAct/classify';
import {
  QUESTIONNAIRE_SECTIONS,
  type QuestionnaireSection,
} from '../../../shared/euAiAct/questions';
import type { AiActRole } from '../../../shared/euAiAct/tier';

/** The questionnaire while it is being filled in: radio questions may still be unanswered. */
export interface Draft {
  role: AiActRole | null;
  prohibitedPractices: ProhibitedPractice[];
  annexIProduct: boolean | null;
  annexIIIAreas: AnnexIIIArea[];
  annexIIIDerogation: AnnexIIIDerogation | null;
  profiling: boolean | null;
  transparency: TransparencyTrigger[];
}

export type Step = QuestionnaireSection | 'result';

export function draftFrom(initial: EuAiActAnswers | null): Draft {
  if (!initial) {
    return {
      role: null,
      prohibitedPractices: [],
      annexIProduct: null,
      annexIIIAreas: [],
      annexIIIDerogation: null,
      profiling: null,
      transparency: [],
    };
  }
  return {
    ...initial,
    prohibitedPractices: [...initial.prohibitedPractices],
    annexIIIAreas: [...initial.annexIIIAreas],
    transparency: [...initial.transparency],
  };
}

/**
 * The steps that apply to these answers, in order. A prohibited practice
 * decides the result, so the questions after it are skipped; the Art. 6(3)
 * derogation is asked only when an Annex III area was chosen.
 */
export function stepsFor(draft: Draft): Step[] {
  if (draft.prohibitedPractices.length > 0) return ['role', 'prohibited', 'result'];
  const steps: Step[] = QUESTIONNAIRE_SECTIONS.filter(
    (section) => section !== 'derogation' || draft.annexIIIAreas.length > 0,
  );
  return [...steps, 'result'];
}

function neighbour(draft: Draft, current: Step, offset: 1 | -1): Step | null {
  const steps = stepsFor(draft);
  const index = steps.indexOf(current);
  if (index === -1) return steps[0] ?? null;
  return steps[index + offset] ?? null;
}

export const nextStep = (draft: Draft, current: Step) => neighbour(draft, current, 1);
export const previousStep = (draft: Draft, current: Step) => neighbour(draft, current, -1);

/** What is still unanswered on this step, or null when the user may go on. */
export function missingAnswer(draft: Draft, step: Step): string | null {
  switch (step) {
    case 'role':
      return draft.role ? null : 'Choose your organisation’s role.';
    case 'annexI':
      return draft.annexIProduct === null ? 'Answer yes or no.' : null;
    case 'derogation':
      if (draft.annexIIIDerogation === null)
        return 'Choose one of the options, or “None of these”.';
      return draft.profiling === null ? 'Answer whether the system profiles people.' : null;
    case 'prohibited':
    case 'annexIII':
    case 'transparency':
    case 'result':
      return null;
  }
}

/**
 * The answers to store. Questions that were skipped, because a prohibited
 * practice decided the result or no Annex III area was chosen, take their
 * neutral value; the derogation is dropped when no Annex III area remains.
 */
export function answersFrom(draft: Draft): unknown {
  const annexIII = draft.annexIIIAreas.length > 0;
  return {
    role: draft.role,
    prohibitedPractices: draft.prohibitedPractices,
    annexIProduct: draft.annexIProduct ?? false,
    annexIIIAreas: draft.annexIIIAreas,
    annexIIIDerogation: annexIII ? (draft.annexIIIDerogation ?? 'none') : 'none',
    profiling: annexIII ? (draft.profiling ?? false) : false,
    transparency: draft.transparency,
  };
}

export type ParsedAnswers = { ok: true; answers: EuAiActAnswers } | { ok: false; message: string };

export function parseDraft(draft: Draft): ParsedAnswers {
  const parsed = euAiActAnswersSchema.safeParse(answersFrom(draft));
  if (parsed.success) return { ok: true, answers: parsed.data };
  return {
    ok: false,
    message: parsed.error.issues[0]?.message ?? 'Some answers are missing or not valid.',
  };
}

/** The result of the answers given so far, or null while the role is unknown. */
export function previewOf(draft: Draft): EuAiActClassification | null {
  const parsed = parseDraft(draft);
  return parsed.ok ? classifyEuAiAct(parsed.answers) : null;
}

/** Add or remove one value of a multiple-choice answer, keeping the list's order stable. */
export function toggled<T>(all: readonly T[], chosen: readonly T[], value: T, on: boolean): T[] {
  return all.filter((item) => (item === value ? on : chosen.includes(item)));
}
