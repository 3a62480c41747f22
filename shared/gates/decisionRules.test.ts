import { describe, expect, it } from 'vitest';
import { citedItemIds, decisionProblem } from './decisionRules';
import type { ResolvedRequirement } from './requirements';
import type { SignoffDecision } from './signoff';

const refs = { euAiAct: [], nistAiRmf: [], iso42001: [] };
const requirement: ResolvedRequirement = {
  function: 'security',
  quorum: 1,
  items: [
    {
      id: 'threat-model',
      text: 'Threat model reviewed',
      guidance: '',
      evidenceRequired: true,
      refs,
      tiers: null,
    },
    {
      id: 'access',
      text: 'Access control in place',
      guidance: '',
      evidenceRequired: false,
      refs,
      tiers: null,
    },
  ],
};
const TODAY = '2026-11-22';
const allMet: SignoffDecision = {
  function: 'security',
  decision: 'approve',
  answers: [
    { itemId: 'threat-model', answer: 'met', note: '', evidence: 'TM-2026-14 in the risk share' },
    { itemId: 'access', answer: 'met', note: '', evidence: '' },
  ],
  comment: '',
  conditions: [],
  evidence: [],
};
const condition = {
  id: '7f0c6a39-2a53-4c1e-9f6e-0a8a2d9c1b11',
  text: 'Rotate the API key',
  ownerId: '0c9f6a39-2a53-4c1e-9f6e-0a8a2d9c1b11',
  dueOn: '2026-12-01',
};

describe('decisionProblem', () => {
  it('accepts a complete approval', () => {
    expect(decisionProblem(allMet, requirement, TODAY)).toBeNull();
  });

  it('needs every item answered before approving', () => {
    expect(
      decisionProblem({ ...allMet, answers: allMet.answers.slice(0, 1) }, requirement, TODAY),
    ).toBe('Answer “Access control in place” before approving.');
  });

  it('refuses unknown and duplicate items', () => {
    const unknown = { itemId: 'nope', answer: 'met' as const, note: '', evidence: '' };
    expect(
      decisionProblem({ ...allMet, answers: [...allMet.answers, unknown] }, requirement, TODAY),
    ).toMatch(/has no item “nope”/);
    const twice = [...allMet.answers, allMet.answers[1]!];
    expect(decisionProblem({ ...allMet, answers: twice }, requirement, TODAY)).toMatch(
      /answered twice/,
    );
  });

  it('needs a reason for not applicable', () => {
    const answers = [
      allMet.answers[0]!,
      { itemId: 'access', answer: 'not-applicable' as const, note: '', evidence: '' },
    ];
    expect(decisionProblem({ ...allMet, answers }, requirement, TODAY)).toBe(
      'Say why “Access control in place” does not apply.',
    );
  });

  it('needs evidence cited for items that require it', () => {
    const answers = [{ ...allMet.answers[0]!, evidence: '' }, allMet.answers[1]!];
    expect(decisionProblem({ ...allMet, answers }, requirement, TODAY)).toMatch(
      /requires evidence/,
    );
    // A cited file counts for the item it is attached to, and only for that item.
    expect(
      decisionProblem({ ...allMet, answers }, requirement, TODAY, new Set(['threat-model'])),
    ).toBeNull();
    expect(
      decisionProblem({ ...allMet, answers }, requirement, TODAY, new Set(['access'])),
    ).toMatch(/requires evidence/);
  });

  it('counts a cited file for a checklist item only when it was attached to that item of this gate', () => {
    const gateId = '3f1c2b6a-0000-4000-8000-000000000001';
    const rows = [
      { id: 'a', target: { kind: 'checklist-item' as const, gateId, itemId: 'threat-model' } },
      { id: 'b', target: { kind: 'gate' as const, gateId } },
      {
        id: 'c',
        target: { kind: 'checklist-item' as const, gateId: 'other', itemId: 'access' },
      },
      { id: 'd', target: { kind: 'checklist-item' as const, gateId, itemId: 'access' } },
    ];
    expect(citedItemIds(gateId, [{ id: 'a' }, { id: 'b' }, { id: 'c' }], rows)).toEqual(
      new Set(['threat-model']),
    );
  });

  it('refuses a plain approval with an item not met', () => {
    const answers = [
      allMet.answers[0]!,
      { itemId: 'access', answer: 'not-met' as const, note: '', evidence: '' },
    ];
    expect(decisionProblem({ ...allMet, answers }, requirement, TODAY)).toMatch(
      /is not met: approve with conditions/,
    );
    expect(
      decisionProblem(
        { ...allMet, answers, decision: 'approve-with-conditions', conditions: [condition] },
        requirement,
        TODAY,
      ),
    ).toBeNull();
  });

  it('needs conditions, due today or later, for approve with conditions, and only then', () => {
    expect(
      decisionProblem({ ...allMet, decision: 'approve-with-conditions' }, requirement, TODAY),
    ).toBe('Add at least one condition to approve with.');
    expect(
      decisionProblem(
        {
          ...allMet,
          decision: 'approve-with-conditions',
          conditions: [{ ...condition, dueOn: '2026-11-21' }],
        },
        requirement,
        TODAY,
      ),
    ).toMatch(/due in the past/);
    expect(decisionProblem({ ...allMet, conditions: [condition] }, requirement, TODAY)).toBe(
      'Conditions go with “Approve with conditions” only.',
    );
  });

  it('needs a comment to request changes or reject, but not every answer', () => {
    const partial = { ...allMet, answers: [], comment: '' };
    expect(
      decisionProblem({ ...partial, decision: 'request-changes' }, requirement, TODAY),
    ).toMatch(/what needs to change/);
    expect(decisionProblem({ ...partial, decision: 'reject' }, requirement, TODAY)).toMatch(
      /why you reject/,
    );
    expect(
      decisionProblem(
        { ...partial, decision: 'reject', comment: 'No threat model at all.' },
        requirement,
        TODAY,
      ),
    ).toBeNull();
  });

  it('refuses answers for another function', () => {
    expect(decisionProblem({ ...allMet, function: 'legal' }, requirement, TODAY)).toMatch(
      /for Legal, not Security/,
    );
  });
});
