import type { RiskCategory, Treatment } from '../../../shared/domain/risk';
import type { Rating } from '../../../shared/domain/risk';
import type { ControlStatus } from '../../../shared/risk/controls';
import { BAND_LABELS, type Band, type RiskMatrix } from '../../../shared/risk/matrix';
import type { LinkedItem, Risk } from '../../../shared/risk/record';
import { bandOf, ratingProblem, scoreOf } from '../../../shared/risk/scoring';
import { instantiateTemplate, type RiskTemplate } from '../../../shared/risk/templates';

/** A control as the form holds it: the due date is text, empty when there is none. */
export interface ControlDraft {
  id: string;
  description: string;
  ownerId: string;
  dueDate: string;
  status: ControlStatus;
}

/**
 * What the risk editor holds while someone types. Ratings are levels on the
 * workspace matrix; the score and band are always derived from them.
 */
export interface RiskFormState {
  title: string;
  description: string;
  /** Empty until the person chooses one: a blank risk has no sensible default. */
  category: RiskCategory | '';
  cause: string;
  consequence: string;
  ownerId: string;
  inherent: Rating;
  residual: Rating;
  treatment: Treatment;
  controls: ControlDraft[];
  /** Gate checklist items this risk bears on. */
  linkedItems: LinkedItem[];
  /** Why the change was made, for the audit trail (edits only). */
  reason: string;
}

/** The middle of the matrix, rounded up: a neutral starting point for a blank risk. */
export function middleRating(matrix: RiskMatrix): Rating {
  const middle = Math.ceil(matrix.size / 2);
  return { likelihood: middle, impact: middle };
}

export function blankRiskForm(ownerId: string, matrix: RiskMatrix): RiskFormState {
  const rating = middleRating(matrix);
  return {
    title: '',
    description: '',
    category: '',
    cause: '',
    consequence: '',
    ownerId,
    inherent: rating,
    residual: { ...rating },
    treatment: 'mitigate',
    controls: [],
    linkedItems: [],
    reason: '',
  };
}

export function riskFormFromRisk(risk: Risk): RiskFormState {
  return {
    title: risk.title,
    description: risk.description,
    category: risk.category,
    cause: risk.cause,
    consequence: risk.consequence,
    ownerId: risk.ownerId,
    inherent: { ...risk.inherent },
    residual: { ...risk.residual },
    treatment: risk.treatment,
    controls: risk.controls.map((control) => ({ ...control, dueDate: control.dueDate ?? '' })),
    linkedItems: risk.linkedItems.map((item) => ({ ...item })),
    reason: '',
  };
}

/** A new, empty control owned by the risk owner until someone reassigns it. */
export function newControlDraft(id: string, ownerId: string): ControlDraft {
  return { id, description: '', ownerId, dueDate: '', status: 'planned' };
}

/**
 * The risk's editable fields as the commands take them. Text is passed as
 * typed (the commands trim and validate), so a refusal names what is wrong.
 */
export function riskFieldsFromForm(form: RiskFormState) {
  return {
    title: form.title,
    description: form.description,
    // An unchosen category is sent as it is so the command says "Choose a risk category".
    category: form.category,
    cause: form.cause,
    consequence: form.consequence,
    ownerId: form.ownerId,
    inherent: { ...form.inherent },
    residual: { ...form.residual },
    treatment: form.treatment,
    controls: form.controls.map((control) => ({
      id: control.id,
      description: control.description,
      ownerId: control.ownerId,
      dueDate: control.dueDate.trim() === '' ? null : control.dueDate.trim(),
      status: control.status,
    })),
  };
}

/** Input for `addRisk` from the blank-risk form. */
export function addRiskInputFromForm(form: RiskFormState, initiativeId: string) {
  return {
    ...riskFieldsFromForm(form),
    initiativeId,
    templateId: null,
    linkedItems: form.linkedItems,
  };
}

/** Input for `updateRisk`. */
export function updateRiskInputFromForm(form: RiskFormState, risk: Pick<Risk, 'id'>) {
  return {
    riskId: risk.id,
    risk: { ...riskFieldsFromForm(form), linkedItems: form.linkedItems },
    reason: form.reason,
  };
}

/** Input for `addRisk` from a library template: the suggested controls get their ids here. */
export function addRiskInputFromTemplate(
  template: RiskTemplate,
  context: { matrix: RiskMatrix; initiativeId: string; ownerId: string },
  makeId: () => string,
) {
  const fields = instantiateTemplate(template, context);
  return {
    ...fields,
    controls: fields.controls.map((control) => ({ ...control, id: makeId() })),
    linkedItems: [],
  };
}

/**
 * Command field errors are keyed by the input's path ("risk.controls.0.description"
 * for an edit, "controls.0.description" for a new risk); the form asks by its own path.
 */
export function fieldError(
  fieldErrors: Readonly<Record<string, string>>,
  path: string,
): string | undefined {
  return fieldErrors[path] ?? fieldErrors[`risk.${path}`];
}

/** "1 — Rare": a level's number and the matrix's name for it. */
export function levelOptions(
  matrix: RiskMatrix,
  axis: 'likelihood' | 'impact',
): { value: number; label: string }[] {
  const names = axis === 'likelihood' ? matrix.likelihoodLevels : matrix.impactLevels;
  return Array.from({ length: matrix.size }, (_, index) => ({
    value: index + 1,
    label: `${String(index + 1)} — ${names[index] ?? ''}`,
  }));
}

export interface DerivedRating {
  score: number | null;
  band: Band | null;
  /** "Score 12, High" or why the rating does not fit the matrix. */
  text: string;
}

/** The score and band of a rating, derived from the matrix, never typed. */
export function deriveRating(matrix: RiskMatrix, rating: Rating): DerivedRating {
  const problem = ratingProblem(matrix, rating);
  if (problem !== null) return { score: null, band: null, text: problem };
  const score = scoreOf(matrix, rating);
  const band = bandOf(matrix, rating);
  return { score, band, text: `Score ${String(score)}, ${BAND_LABELS[band]}` };
}

/** Whether the risk links a checklist item, and the list with it toggled. */
export function isLinked(
  items: readonly LinkedItem[],
  templateId: string,
  itemId: string,
): boolean {
  return items.some((item) => item.templateId === templateId && item.itemId === itemId);
}

export function toggleLinked(
  items: readonly LinkedItem[],
  templateId: string,
  itemId: string,
): LinkedItem[] {
  return isLinked(items, templateId, itemId)
    ? items.filter((item) => !(item.templateId === templateId && item.itemId === itemId))
    : [...items, { templateId, itemId }];
}
