import { describe, expect, it } from 'vitest';
import { euAiActAnswersSchema } from '../../../shared/euAiAct/answers';
import {
  answersFrom,
  draftFrom,
  missingAnswer,
  nextStep,
  parseDraft,
  previewOf,
  previousStep,
  stepsFor,
  toggled,
  type Draft,
} from './questionnaireState';

const blank = draftFrom(null);
const answered: Draft = {
  ...blank,
  role: 'deployer',
  annexIProduct: false,
};

describe('questionnaire steps', () => {
  it('asks the derogation only when an Annex III area was chosen', () => {
    expect(stepsFor(answered)).toEqual([
      'role',
      'prohibited',
      'annexI',
      'annexIII',
      'transparency',
      'result',
    ]);
    expect(stepsFor({ ...answered, annexIIIAreas: ['education'] })).toEqual([
      'role',
      'prohibited',
      'annexI',
      'annexIII',
      'derogation',
      'transparency',
      'result',
    ]);
  });

  it('goes straight to the result once a prohibited practice is ticked', () => {
    const draft: Draft = { ...answered, prohibitedPractices: ['social-scoring'] };
    expect(nextStep(draft, 'prohibited')).toBe('result');
    expect(previousStep(draft, 'result')).toBe('prohibited');
  });

  it('moves forward and back through the applicable steps', () => {
    expect(previousStep(answered, 'role')).toBeNull();
    expect(nextStep(answered, 'annexIII')).toBe('transparency');
    expect(previousStep(answered, 'transparency')).toBe('annexIII');
    expect(nextStep(answered, 'result')).toBeNull();
  });

  it('requires an answer to each single-choice question', () => {
    expect(missingAnswer(blank, 'role')).toMatch(/role/);
    expect(missingAnswer(blank, 'annexI')).toMatch(/yes or no/);
    expect(missingAnswer(blank, 'derogation')).toMatch(/None of these/);
    expect(missingAnswer({ ...blank, annexIIIDerogation: 'none' }, 'derogation')).toMatch(
      /profiles/,
    );
    expect(missingAnswer(blank, 'prohibited')).toBeNull();
    expect(missingAnswer(answered, 'role')).toBeNull();
  });
});

describe('questionnaire answers', () => {
  it('has no preview and does not parse until the role is known', () => {
    expect(previewOf(blank)).toBeNull();
    expect(parseDraft(blank)).toEqual({ ok: false, message: 'Choose your organisation’s role' });
  });

  it('fills skipped questions with neutral answers and drops an orphaned derogation', () => {
    const parsed = parseDraft({
      ...blank,
      role: 'provider',
      prohibitedPractices: ['social-scoring'],
      annexIIIDerogation: 'preparatory-task',
      profiling: true,
    });
    expect(parsed).toEqual({
      ok: true,
      answers: {
        role: 'provider',
        prohibitedPractices: ['social-scoring'],
        annexIProduct: false,
        annexIIIAreas: [],
        annexIIIDerogation: 'none',
        profiling: false,
        transparency: [],
      },
    });
  });

  it('round-trips earlier answers', () => {
    const initial = euAiActAnswersSchema.parse({
      role: 'importer',
      prohibitedPractices: [],
      annexIProduct: true,
      annexIIIAreas: ['employment'],
      annexIIIDerogation: 'narrow-procedural-task',
      profiling: true,
      transparency: ['deep-fake'],
    });
    expect(answersFrom(draftFrom(initial))).toEqual(initial);
    expect(previewOf(draftFrom(initial))?.tier).toBe('high-risk');
  });

  it('keeps multiple choices in the questionnaire’s order', () => {
    const all = ['a', 'b', 'c'] as const;
    expect(toggled(all, ['c'], 'a', true)).toEqual(['a', 'c']);
    expect(toggled(all, ['a', 'c'], 'a', false)).toEqual(['c']);
  });
});
