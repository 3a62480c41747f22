import { describe, expect, it } from 'vitest';
import type { Initiative } from '../domain/initiative';
import { defaultTemplate } from './defaultTemplates';
import { evaluateGate } from './evaluateGate';
import type { Gate } from './gate';
import { reviewQueue } from './reviewQueue';
import { reviewedState, reviewedStateHash } from './reviewedState';
import type { Signoff } from './signoff';

const template = defaultTemplate('enter-pilot')!;
const initiative = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Claims triage',
  ownerId: '00000000-0000-4000-8000-0000000000aa',
  sponsor: 'Claims Director',
  stage: 'proof-of-concept',
  purpose: 'Route claims',
  aiSystem: { model: 'm', provider: 'p', version: '1', hosting: null },
  dataCategories: [],
  peopleAffected: '',
  humanOversight: null,
  integrationPoints: [],
  classification: null,
} as unknown as Initiative;

function gate(id: string, openedAt: string, extra: Partial<Gate> = {}): Gate {
  return {
    id,
    initiativeId: initiative.id,
    template,
    openedBy: '00000000-0000-4000-8000-0000000000bb',
    openedAt,
    note: '',
    withdrawal: null,
    override: null,
    usedAt: null,
    ...extra,
  };
}

const legal = {
  id: '00000000-0000-4000-8000-0000000000cc',
  name: 'Lee Legal',
  roles: ['legal-reviewer' as const],
};

function signed(
  gateId: string,
  reviewerId: string,
  state = reviewedState(initiative, []),
): Signoff {
  return {
    id: `${gateId}-${reviewerId}`,
    reviewerId,
    gateId,
    initiativeId: initiative.id,
    templateId: template.id,
    templateVersion: 1,
    reviewedStateHash: reviewedStateHash(state),
    reviewedState: state,
    function: 'legal',
    decision: 'approve',
    answers: [],
    comment: '',
    conditions: [],
    evidence: [],
    signature: {} as Signoff['signature'],
    recordedAt: '2026-11-10T09:00:00.000Z',
    closures: {},
  };
}

function queueFor(
  member: typeof legal,
  gates: { gate: Gate; signoffs: Signoff[]; initiative?: Initiative }[],
  now = '2026-11-23T09:00:00.000Z',
) {
  return reviewQueue({
    member,
    gates: gates.map((g) => ({
      initiative: g.initiative ?? initiative,
      evaluation: evaluateGate({
        gate: g.gate,
        signoffs: g.signoffs,
        initiative: g.initiative ?? initiative,
        risks: [],
        memberName: () => 'x',
        now: new Date(now),
        approvalValidityMonths: 12,
      }),
    })),
    now: new Date(now),
    targetWorkingDays: 10,
  });
}

describe('reviewQueue', () => {
  it('lists open gates awaiting the member’s function, oldest first, with age against the target', () => {
    const items = queueFor(legal, [
      { gate: gate('g-new', '2026-11-20T09:00:00.000Z'), signoffs: [] },
      { gate: gate('g-old', '2026-11-02T09:00:00.000Z'), signoffs: [] },
    ]);
    expect(items.map((i) => [i.gateId, i.function, i.reason, i.ageWorkingDays, i.overdue])).toEqual(
      [
        ['g-old', 'legal', 'awaiting', 15, true],
        ['g-new', 'legal', 'awaiting', 1, false],
      ],
    );
  });

  it('leaves out what the member already signed, gates they may not sign, and closed gates', () => {
    const open = gate('g1', '2026-11-20T09:00:00.000Z');
    expect(queueFor(legal, [{ gate: open, signoffs: [signed('g1', legal.id)] }])).toEqual([]);
    expect(queueFor({ ...legal, id: initiative.ownerId }, [{ gate: open, signoffs: [] }])).toEqual(
      [],
    );
    expect(
      queueFor({ ...legal, roles: ['security-reviewer' as never] }, [{ gate: open, signoffs: [] }]),
    ).toHaveLength(1);
    const withdrawn = gate('g2', '2026-11-20T09:00:00.000Z', {
      withdrawal: { by: legal.id, at: '2026-11-21T09:00:00.000Z', reason: 'x' },
    });
    const used = gate('g3', '2026-11-20T09:00:00.000Z', { usedAt: '2026-11-21T09:00:00.000Z' });
    expect(
      queueFor(legal, [
        { gate: withdrawn, signoffs: [] },
        { gate: used, signoffs: [] },
      ]),
    ).toEqual([]);
  });

  it('does not ask once the function’s quorum is met by someone else', () => {
    const open = gate('g1', '2026-11-20T09:00:00.000Z');
    const other = { ...legal, id: '00000000-0000-4000-8000-0000000000dd' };
    expect(queueFor(other, [{ gate: open, signoffs: [signed('g1', legal.id)] }])).toEqual([]);
  });

  it('asks again when the member’s own sign-off went stale, even on a used gate', () => {
    const inPilot = { ...initiative, stage: 'pilot' } as Initiative;
    const used = gate('g1', '2026-11-01T09:00:00.000Z', { usedAt: '2026-11-15T09:00:00.000Z' });
    const before = reviewedState({ ...inPilot, purpose: 'Old purpose' }, []);
    const items = queueFor(legal, [
      { gate: used, signoffs: [signed('g1', legal.id, before)], initiative: inPilot },
    ]);
    expect(items).toMatchObject([{ reason: 'stale', since: '2026-11-10T09:00:00.000Z' }]);
  });

  it('leaves a spent gate alone once the initiative has moved past the stage it led to', () => {
    const inProduction = { ...initiative, stage: 'production' } as Initiative;
    const used = gate('g1', '2026-11-01T09:00:00.000Z', { usedAt: '2026-11-15T09:00:00.000Z' });
    const before = reviewedState({ ...inProduction, purpose: 'Old purpose' }, []);
    const items = queueFor(legal, [
      { gate: used, signoffs: [signed('g1', legal.id, before)], initiative: inProduction },
    ]);
    expect(items).toEqual([]);
  });

  it('asks again when the member’s approval expired in production', () => {
    const inProduction = { ...initiative, stage: 'production' } as Initiative;
    const used = gate('g1', '2025-10-01T09:00:00.000Z', {
      usedAt: '2025-11-01T09:00:00.000Z',
      template: defaultTemplate('go-live')!,
    });
    const old = { ...signed('g1', legal.id), recordedAt: '2025-11-01T09:00:00.000Z' };
    const items = queueFor(legal, [{ gate: used, signoffs: [old], initiative: inProduction }]);
    expect(items).toMatchObject([{ reason: 'expired' }]);
  });
});
