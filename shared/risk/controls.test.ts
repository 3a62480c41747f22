import { describe, expect, it } from 'vitest';
import {
  CONTROL_STATUS_LABELS,
  CONTROL_STATUSES,
  controlSchema,
  controlsSummary,
  isControlOverdue,
  type Control,
} from './controls';

const control: Control = {
  id: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
  description: 'Run an injection test suite against every release',
  ownerId: '6f1c2a0e-8a57-4c1e-9d0b-2b1f4f7e9a10',
  dueDate: '2026-09-30',
  status: 'planned',
};

function messages(input: unknown): string[] {
  const result = controlSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('control schema', () => {
  it('parses a control, with or without a due date', () => {
    expect(controlSchema.parse(control)).toEqual(control);
    expect(controlSchema.parse({ ...control, dueDate: null }).dueDate).toBeNull();
  });

  it('trims the description', () => {
    expect(controlSchema.parse({ ...control, description: '  Pin versions  ' }).description).toBe(
      'Pin versions',
    );
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['not an id', 'Grace'],
  ])('says a control needs an owner when the owner is %s', (_case, ownerId) => {
    expect(messages({ ...control, ownerId })).toEqual(['A control needs an owner']);
  });

  it('refuses a blank description, a bad due date and an unknown status', () => {
    expect(messages({ ...control, description: '   ' })).toEqual([
      'Control description is required',
    ]);
    expect(messages({ ...control, dueDate: '2026-02-30' })).toEqual(['Enter a date as YYYY-MM-DD']);
    expect(messages({ ...control, status: 'done' })).toEqual([
      'Choose a status: planned, in place or not effective',
    ]);
  });

  it('labels every status', () => {
    expect(CONTROL_STATUSES.map((status) => CONTROL_STATUS_LABELS[status])).toEqual([
      'Planned',
      'In place',
      'Not effective',
    ]);
  });
});

describe('controls summary', () => {
  it('counts controls by status', () => {
    const statuses = ['planned', 'in-place', 'in-place', 'not-effective', 'in-place'] as const;
    expect(controlsSummary(statuses.map((status) => ({ ...control, status })))).toEqual({
      total: 5,
      byStatus: { planned: 1, 'in-place': 3, 'not-effective': 1 },
    });
  });

  it('is all zeros for no controls', () => {
    expect(controlsSummary([])).toEqual({
      total: 0,
      byStatus: { planned: 0, 'in-place': 0, 'not-effective': 0 },
    });
  });
});

describe('overdue controls', () => {
  it('is overdue only when still planned after the due date', () => {
    expect(isControlOverdue(control, '2026-09-30')).toBe(false);
    expect(isControlOverdue(control, '2026-10-01')).toBe(true);
    expect(isControlOverdue({ ...control, status: 'in-place' }, '2026-10-01')).toBe(false);
    expect(isControlOverdue({ ...control, dueDate: null }, '2030-01-01')).toBe(false);
  });
});
