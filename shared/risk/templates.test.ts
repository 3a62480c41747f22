import { describe, expect, it } from 'vitest';
import { GAPS } from '../domain/readiness';
import { RISK_CATEGORIES, riskFieldsSchema } from '../domain/risk';
import { controlSchema } from './controls';
import { defaultMatrix } from './matrix';
import { ratingProblem } from './scoring';
import {
  findTemplate,
  GAP_RISK_CATEGORY,
  instantiateTemplate,
  RISK_TEMPLATES,
  riskTemplateSchema,
} from './templates';

const initiativeId = '0d1e2f30-4152-4637-8485-960718293a4b';
const ownerId = '6f1c2a0e-8a57-4c1e-9d0b-2b1f4f7e9a10';

describe('risk template library', () => {
  it('holds about twenty templates with unique ids and titles', () => {
    expect(RISK_TEMPLATES.length).toBeGreaterThanOrEqual(18);
    expect(RISK_TEMPLATES.length).toBeLessThanOrEqual(25);
    expect(new Set(RISK_TEMPLATES.map((t) => t.id)).size).toBe(RISK_TEMPLATES.length);
    expect(new Set(RISK_TEMPLATES.map((t) => t.title)).size).toBe(RISK_TEMPLATES.length);
  });

  it.each(RISK_TEMPLATES.map((template) => [template.id, template]))(
    '%s is a valid template',
    (_id, template) => {
      expect(riskTemplateSchema.parse(template)).toEqual(template);
    },
  );

  it.each(GAPS)('covers the readiness gap “%s”', (gap) => {
    const category = GAP_RISK_CATEGORY[gap];
    expect(RISK_TEMPLATES.some((template) => template.category === category)).toBe(true);
  });

  it.each(RISK_CATEGORIES)('covers the category “%s”', (category) => {
    expect(RISK_TEMPLATES.some((template) => template.category === category)).toBe(true);
  });

  it('includes prompt injection under security', () => {
    expect(findTemplate('prompt-injection')?.category).toBe('security');
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  it('spreads suggested ratings rather than rating everything the same', () => {
    const ratings = new Set(
      RISK_TEMPLATES.map((t) => `${t.inherent.likelihood}x${t.inherent.impact}`),
    );
    expect(ratings.size).toBeGreaterThanOrEqual(4);
  });
});

describe.each([3, 4, 5, 6])('instantiating templates on a %i × %i matrix', (size) => {
  const matrix = defaultMatrix(size);

  it.each(RISK_TEMPLATES.map((template) => [template.id, template]))(
    '%s gives a valid new risk on the matrix',
    (_id, template) => {
      const risk = instantiateTemplate(template, { matrix, initiativeId, ownerId });
      const { templateId, controls, ...fields } = risk;
      expect(riskFieldsSchema.parse(fields)).toEqual(fields);
      const { cause, consequence } = fields;
      expect(ratingProblem(matrix, risk.inherent)).toBeNull();
      expect(risk.residual).toEqual(risk.inherent);
      expect(risk.residual).not.toBe(risk.inherent);
      expect(risk.treatment).toBe('mitigate');
      expect(templateId).toBe(template.id);
      expect(cause).toBe(template.cause);
      expect(consequence).toBe(template.consequence);
      expect(controls.map((control) => control.description)).toEqual(template.controls);
      for (const [index, control] of controls.entries()) {
        expect(control).toMatchObject({ ownerId, status: 'planned', dueDate: null });
        const id = `00000000-0000-4000-8000-00000000000${index}`;
        expect(controlSchema.safeParse({ ...control, id }).success).toBe(true);
      }
    },
  );
});

describe('rating scaling on instantiation', () => {
  const template = RISK_TEMPLATES.find(
    (t) => t.inherent.likelihood === 4 && t.inherent.impact === 4,
  )!;
  const on = (size: number) =>
    instantiateTemplate(template, { matrix: defaultMatrix(size), initiativeId, ownerId }).inherent;

  it('keeps the 5 × 5 rating as it is', () => {
    expect(on(5)).toEqual({ likelihood: 4, impact: 4 });
  });

  it('scales 4 of 5 to the proportional level on other sizes', () => {
    expect(on(3)).toEqual({ likelihood: 3, impact: 3 });
    expect(on(4)).toEqual({ likelihood: 3, impact: 3 });
    expect(on(6)).toEqual({ likelihood: 5, impact: 5 });
  });

  it('keeps a top-impact template at the top of every matrix', () => {
    const severe = RISK_TEMPLATES.find((t) => t.inherent.impact === 5)!;
    for (const size of [3, 4, 5, 6]) {
      const risk = instantiateTemplate(severe, {
        matrix: defaultMatrix(size),
        initiativeId,
        ownerId,
      });
      expect(risk.inherent.impact).toBe(size);
    }
  });
});
