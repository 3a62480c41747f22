import { describe, expect, it } from 'vitest';
import { riskActionLabel, riskChanges } from './riskHistory';
import { fakeAcceptance, fixtureId, makeRisk, OTHER_ID, OWNER_ID } from './testFixtures';

const names = new Map([
  [OWNER_ID, 'Daniel Okafor'],
  [OTHER_ID, 'Grace Adeyemi'],
]);
const memberName = (id: string) => names.get(id) ?? 'Unknown member';

describe('risk history', () => {
  it('lists each main field that changed, in words', () => {
    const before = makeRisk();
    const after = {
      ...before,
      title: 'Drift goes unnoticed for months',
      category: 'evaluation' as const,
      ownerId: OTHER_ID,
      residual: { likelihood: 1, impact: 3 },
      treatment: 'accept' as const,
      cause: '',
    };
    expect(riskChanges(before, after, memberName)).toEqual([
      {
        key: 'title',
        label: 'Title',
        before: 'Drift goes unnoticed',
        after: 'Drift goes unnoticed for months',
      },
      {
        key: 'category',
        label: 'Category',
        before: 'Maintenance and drift',
        after: 'Evaluation',
      },
      { key: 'cause', label: 'Cause', before: 'No monitoring', after: 'nothing recorded' },
      { key: 'owner', label: 'Owner', before: 'Daniel Okafor', after: 'Grace Adeyemi' },
      {
        key: 'residual',
        label: 'Residual rating',
        before: 'likelihood 2 × impact 3 (score 6)',
        after: 'likelihood 1 × impact 3 (score 3)',
      },
      { key: 'treatment', label: 'Treatment', before: 'Mitigate', after: 'Accept' },
    ]);
  });

  it('names controls added, removed and changed', () => {
    const kept = {
      id: fixtureId(),
      description: 'Drift alert',
      ownerId: OWNER_ID,
      dueDate: null,
      status: 'planned' as const,
    };
    const dropped = { ...kept, id: fixtureId(), description: 'Old runbook' };
    const before = makeRisk({ controls: [kept, dropped] });
    const added = {
      ...kept,
      id: fixtureId(),
      description: 'Retrain quarterly',
      dueDate: '2026-09-30',
    };
    const after = {
      ...before,
      controls: [{ ...kept, status: 'in-place' as const, ownerId: OTHER_ID }, added],
    };
    expect(
      riskChanges(before, after, memberName).map((c) => `${c.label}: ${c.before} → ${c.after}`),
    ).toEqual([
      'Control removed: Old runbook → removed',
      'Control “Drift alert”: owner: Daniel Okafor → Grace Adeyemi',
      'Control “Drift alert”: status: Planned → In place',
      'Control added: none → Retrain quarterly (Planned, Daniel Okafor, due 2026-09-30)',
    ]);
  });

  it('shows a signed acceptance and a review', () => {
    const before = makeRisk({ treatment: 'accept' });
    const accepted = { ...before, acceptance: fakeAcceptance('2026-12-01', before.residual) };
    expect(riskChanges(before, accepted, memberName)).toEqual([
      {
        key: 'acceptance',
        label: 'Acceptance',
        before: 'None',
        after: 'Accepted by Grace Adeyemi until 2026-12-01',
      },
    ]);
    const reviewed = { ...before, lastReviewedAt: '2026-04-02T08:00:00.000Z' };
    expect(riskChanges(before, reviewed, memberName)).toEqual([
      { key: 'lastReviewedAt', label: 'Last review', before: '2026-01-10', after: '2026-04-02' },
    ]);
  });

  it('reads events written before a field existed, and says nothing without both sides', () => {
    const old = { title: 'Drift', inherent: { likelihood: 2, impact: 2 } };
    const changes = riskChanges(old, { ...old, controls: [] }, memberName);
    expect(changes).toEqual([]);
    expect(riskChanges(null, makeRisk(), memberName)).toEqual([]);
  });

  it('labels the actions', () => {
    expect(riskActionLabel('risk.accept')).toBe('Signed the acceptance of the residual risk');
    expect(riskActionLabel('risk.review')).toBe('Reviewed the risk');
    expect(riskActionLabel('something.else')).toBe('something.else');
  });
});
