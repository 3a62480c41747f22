import { describe, expect, it } from 'vitest';
import type { Initiative } from '../domain/initiative';
import { evaluateGate, type GateEvaluation } from '../gates/evaluateGate';
import type { Gate } from '../gates/gate';
import type { Signoff } from '../gates/signoff';
import type { Risk } from '../risk/record';
import { evaluateGates, groupBy } from './gateState';
import {
  COMPLIANCE,
  daysAgo,
  gate,
  GO_LIVE,
  initiative,
  LEGAL,
  NOW,
  OPERATIONS,
  OWNER,
  risk,
  SECURITY,
  signoff,
  uid,
} from './testFixtures';

const names = new Map([LEGAL, COMPLIANCE, SECURITY, OPERATIONS].map((m) => [m.id, m.name]));
const memberName = (id: string) => names.get(id) ?? 'Unknown member';

function both(initiatives: Initiative[], gates: Gate[], signoffs: Signoff[], risks: Risk[] = []) {
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const risksBy = groupBy(risks, (r) => r.initiativeId);
  const lean = evaluateGates({
    gates,
    signoffs,
    initiativeById: byId,
    risksByInitiative: risksBy,
    memberName,
    now: NOW,
    approvalValidityMonths: 12,
  });
  const full = gates
    .filter((g) => g.withdrawal === null)
    .map((g) =>
      evaluateGate({
        gate: g,
        signoffs: signoffs.filter((s) => s.gateId === g.id),
        initiative: byId.get(g.initiativeId)!,
        risks: risks.filter((r) => r.initiativeId === g.initiativeId),
        memberName,
        now: NOW,
        approvalValidityMonths: 12,
      }),
    );
  return { lean, full };
}

/** Everything but the field-by-field changes, which the dashboard does not work out. */
function comparable(evaluation: GateEvaluation) {
  return {
    ...evaluation,
    signoffs: evaluation.signoffs.map((v) => ({ ...v, changes: [] })),
  };
}

describe('evaluateGates', () => {
  const before = initiative({ stage: 'production', tier: 'high-risk' });
  const live = { ...before, purpose: 'Changed after signing' };
  const risks = [risk(live.id)];
  const enter = gate(live, { openedDaysAgo: 500, usedAt: daysAgo(450) });
  const goLive = gate(live, { template: GO_LIVE, openedDaysAgo: 30, usedAt: daysAgo(10) });
  const open = gate(live, { openedDaysAgo: 5 });
  const withdrawn = gate(live, { withdrawal: { by: OWNER, at: daysAgo(1), reason: 'x' } });
  const signoffs = [
    // Expired: an approval in production older than the validity period.
    signoff(enter, live, { reviewerId: LEGAL.id, fn: 'legal', recordedDaysAgo: 480, risks }),
    // Stale: signed before the purpose changed.
    signoff(goLive, live, { reviewerId: SECURITY.id, fn: 'security', signedState: before, risks }),
    signoff(goLive, live, {
      reviewerId: COMPLIANCE.id,
      fn: 'compliance',
      decision: 'approve-with-conditions',
      conditions: [{ id: uid(0xc1), text: 'x', ownerId: OWNER, dueOn: '2026-12-01' }],
      risks,
    }),
    // Superseded by a later sign-off of the same reviewer and function.
    signoff(goLive, live, {
      reviewerId: OPERATIONS.id,
      fn: 'operations',
      decision: 'request-changes',
      recordedDaysAgo: 20,
      risks,
    }),
    signoff(goLive, live, {
      reviewerId: OPERATIONS.id,
      fn: 'operations',
      recordedDaysAgo: 12,
      risks,
    }),
    signoff(open, live, { reviewerId: LEGAL.id, fn: 'legal', decision: 'reject', risks }),
  ];

  it('evaluates every gate as the Gates tab does, but for the changes it leaves out', () => {
    const { lean, full } = both([live], [enter, goLive, open, withdrawn], signoffs, risks);
    const mine = lean.get(live.id) ?? [];
    expect(mine.map((e) => e.evaluation.gate.id)).toEqual([open.id, goLive.id, enter.id]);
    for (const expected of full) {
      const actual = mine.find((e) => e.evaluation.gate.id === expected.gate.id);
      expect(actual && comparable(actual.evaluation)).toEqual(comparable(expected));
      expect(actual?.initiative).toBe(live);
    }
    // The cases above are really there.
    const standings = mine.flatMap((e) => e.evaluation.signoffs.map((v) => v.standing));
    expect(standings.some((s) => s.stale)).toBe(true);
    expect(standings.some((s) => s.expired)).toBe(true);
    expect(standings.some((s) => s.openConditions > 0)).toBe(true);
  });

  it('leaves out withdrawn reviews and gates of initiatives not given', () => {
    const other = initiative();
    const lean = evaluateGates({
      gates: [withdrawn, gate(other)],
      signoffs: [],
      initiativeById: new Map([[live.id, live]]),
      risksByInitiative: new Map(),
      memberName,
      now: NOW,
      approvalValidityMonths: 12,
    });
    expect(lean.size).toBe(0);
  });

  it('does not hash the state of an initiative whose reviews have no sign-off yet', () => {
    const fresh = initiative();
    const { lean } = both([fresh], [gate(fresh)], []);
    expect(lean.get(fresh.id)?.[0]?.evaluation.currentStateHash).toBe('');
    expect(lean.get(fresh.id)?.[0]?.evaluation.outcome.status).toBe('in-review');
  });
});
