import { describe, expect, it } from 'vitest';
import type { ReviewFunction } from './functions';
import {
  currentSignoffs,
  gateOutcome,
  isApprovalExpired,
  type GateStatus,
  type SignoffStanding,
} from './outcome';
import type { ResolvedRequirement } from './requirements';
import { DECISIONS, type Decision } from './signoff';

function req(fn: ReviewFunction, quorum = 1): ResolvedRequirement {
  return { function: fn, quorum, items: [] };
}

let next = 0;
function standing(
  fn: ReviewFunction,
  decision: Decision,
  extra: Partial<SignoffStanding> = {},
): SignoffStanding {
  next += 1;
  return {
    id: `s${String(next)}`,
    function: fn,
    reviewerId: `r${String(next)}`,
    reviewerName: `Reviewer ${String(next)}`,
    decision,
    stale: false,
    expired: false,
    ineligible: false,
    openConditions: 0,
    ...extra,
  };
}

const outcome = (
  requirements: ResolvedRequirement[],
  signoffs: SignoffStanding[],
  flags: { overridden?: boolean; withdrawn?: boolean } = {},
) =>
  gateOutcome({
    requirements,
    signoffs,
    overridden: flags.overridden ?? false,
    withdrawn: flags.withdrawn ?? false,
  });

describe('gateOutcome', () => {
  it('is in review with no sign-offs, and says who it waits on', () => {
    const result = outcome([req('legal'), req('security', 2)], []);
    expect(result.status).toBe('in-review');
    expect(result.explanation).toEqual(['Waiting on Legal, Security.']);
    expect(result.functions.map((f) => f.summary)).toEqual([
      'Legal: 0 of 1 approval',
      'Security: 0 of 2 approvals',
    ]);
  });

  it('passes when every function meets its quorum', () => {
    const result = outcome(
      [req('legal'), req('security', 2)],
      [
        standing('legal', 'approve'),
        standing('security', 'approve'),
        standing('security', 'approve-with-conditions'),
      ],
    );
    expect(result.status).toBe('passed');
    expect(result.functions.every((f) => f.met)).toBe(true);
  });

  it('says "Security: 1 of 2 approvals" while the quorum is short', () => {
    const result = outcome([req('security', 2)], [standing('security', 'approve')]);
    expect(result.status).toBe('in-review');
    expect(result.functions[0]?.summary).toBe('Security: 1 of 2 approvals');
  });

  it('does not count an approval while its conditions are open', () => {
    const result = outcome(
      [req('legal')],
      [standing('legal', 'approve-with-conditions', { openConditions: 2 })],
    );
    expect(result.status).toBe('in-review');
    expect(result.functions[0]?.summary).toBe(
      'Legal: 0 of 1 approval; 1 approval waits on open conditions',
    );
  });

  it('is blocked by a rejection even when quorum is met elsewhere', () => {
    const result = outcome(
      [req('legal'), req('security')],
      [standing('legal', 'approve'), standing('security', 'reject', { reviewerName: 'Sam' })],
    );
    expect(result.status).toBe('blocked');
    expect(result.explanation[0]).toBe('Rejected by Security.');
    expect(result.functions[1]?.summary).toBe('Security: 0 of 1 approval; rejected by Sam');
  });

  it('prefers blocked over changes requested', () => {
    const result = outcome(
      [req('legal'), req('security')],
      [standing('legal', 'request-changes'), standing('security', 'reject')],
    );
    expect(result.status).toBe('blocked');
  });

  it('is changes requested when a reviewer asks for changes', () => {
    const result = outcome(
      [req('legal'), req('security')],
      [standing('legal', 'request-changes'), standing('security', 'approve')],
    );
    expect(result.status).toBe('changes-requested');
    expect(result.explanation[0]).toBe('Legal asked for changes.');
  });

  it('falls back to in review when a sign-off is stale, even with the quorum met', () => {
    const result = outcome(
      [req('legal'), req('security')],
      [
        standing('legal', 'approve'),
        standing('security', 'approve'),
        standing('security', 'approve', { stale: true }),
      ],
    );
    expect(result.status).toBe('in-review');
    expect(result.staleSignoffIds).toHaveLength(1);
    expect(result.explanation).toContain(
      '1 sign-off is stale: the initiative changed after signing.',
    );
  });

  it('ignores a stale rejection: the reviewer is asked again', () => {
    const result = outcome([req('legal')], [standing('legal', 'reject', { stale: true })]);
    expect(result.status).toBe('in-review');
  });

  it('counts expired approvals for nothing and says they need a re-review', () => {
    const result = outcome(
      [req('operations')],
      [standing('operations', 'approve', { expired: true })],
    );
    expect(result.status).toBe('in-review');
    expect(result.functions[0]?.summary).toBe('Operations: 0 of 1 approval; 1 approval expired');
    expect(result.explanation).toContain('1 approval has expired and needs a re-review.');
  });

  it('does not count a sign-off by someone who has since become the owner or sponsor', () => {
    const result = outcome([req('legal')], [standing('legal', 'approve', { ineligible: true })]);
    expect(result.status).toBe('in-review');
    expect(result.functions[0]?.summary).toBe(
      'Legal: 0 of 1 approval; 1 sign-off by someone who now owns or sponsors the initiative',
    );
  });

  it('never passes a gate that requires no one', () => {
    const result = outcome([], []);
    expect(result.status).toBe('in-review');
    expect(result.explanation).toEqual([
      'No function is required to sign this gate for this initiative.',
    ]);
  });

  it('ignores sign-offs for functions the gate does not require', () => {
    const result = outcome(
      [req('legal')],
      [standing('legal', 'approve'), standing('security', 'reject')],
    );
    expect(result.status).toBe('passed');
  });

  it('shows an override and a withdrawal over the underlying outcome', () => {
    const overridden = outcome([req('legal')], [], { overridden: true });
    expect(overridden.status).toBe('overridden');
    expect(overridden.underlying).toBe('in-review');
    expect(overridden.explanation[0]).toMatch(/administrator overrode/);
    const withdrawn = outcome([req('legal')], [standing('legal', 'approve')], {
      withdrawn: true,
      overridden: true,
    });
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.underlying).toBe('passed');
  });

  /**
   * Every combination of up to three sign-offs on a two-function gate:
   * decisions, staleness, expiry, open conditions and quorums 1–3, checked
   * against the rules as the issue states them.
   */
  it('follows the rules for every combination of quorum, decision, condition and staleness', () => {
    type Variant = { decision: Decision; stale: boolean; expired: boolean; open: number };
    const variants: Variant[] = [];
    for (const decision of DECISIONS) {
      for (const stale of [false, true]) {
        for (const expired of [false, true]) {
          for (const open of decision === 'approve-with-conditions' ? [0, 1] : [0]) {
            variants.push({ decision, stale, expired, open });
          }
        }
      }
    }
    const fresh = (v: Variant) => !v.stale && !v.expired;
    const counts = (v: Variant) =>
      fresh(v) &&
      (v.decision === 'approve' || (v.decision === 'approve-with-conditions' && v.open === 0));
    let checked = 0;
    for (const quorum of [1, 2, 3]) {
      for (let size = 0; size <= 3; size++) {
        const combos: Variant[][] = [[]];
        for (let i = 0; i < size; i++) {
          const grown: Variant[][] = [];
          for (const combo of combos) for (const v of variants) grown.push([...combo, v]);
          combos.splice(0, combos.length, ...grown);
        }
        for (const combo of combos) {
          const signoffs = combo.map((v) =>
            standing('security', v.decision, {
              stale: v.stale,
              expired: v.expired,
              openConditions: v.open,
            }),
          );
          // Legal always approved, so the security sign-offs decide.
          signoffs.push(standing('legal', 'approve'));
          let expected: GateStatus;
          if (combo.some((v) => fresh(v) && v.decision === 'reject')) expected = 'blocked';
          else if (combo.some((v) => fresh(v) && v.decision === 'request-changes'))
            expected = 'changes-requested';
          else if (combo.filter(counts).length >= quorum && !combo.some((v) => v.stale))
            expected = 'passed';
          else expected = 'in-review';
          expect(outcome([req('legal'), req('security', quorum)], signoffs).status).toBe(expected);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });
});

describe('currentSignoffs', () => {
  it('keeps each reviewer’s latest sign-off per function and gate', () => {
    const list = [
      {
        id: 'a',
        gateId: 'g1',
        reviewerId: 'r1',
        function: 'legal' as const,
        recordedAt: '2026-01-01T00:00:00.000Z',
      },
      {
        id: 'b',
        gateId: 'g1',
        reviewerId: 'r1',
        function: 'legal' as const,
        recordedAt: '2026-02-01T00:00:00.000Z',
      },
      {
        id: 'c',
        gateId: 'g1',
        reviewerId: 'r1',
        function: 'security' as const,
        recordedAt: '2026-01-15T00:00:00.000Z',
      },
      {
        id: 'd',
        gateId: 'g1',
        reviewerId: 'r2',
        function: 'legal' as const,
        recordedAt: '2026-01-10T00:00:00.000Z',
      },
    ];
    expect(
      currentSignoffs(list)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['b', 'c', 'd']);
    // The same reviewer and function on another gate is another sign-off.
    const otherGate = { ...list[0]!, id: 'e', gateId: 'g2' };
    expect(
      currentSignoffs([...list, otherGate])
        .map((s) => s.id)
        .sort(),
    ).toEqual(['b', 'c', 'd', 'e']);
  });
});

describe('isApprovalExpired', () => {
  const signed = { decision: 'approve' as const, recordedAt: '2025-11-22T10:00:00.000Z' };
  it('expires approvals after the validity period only in production', () => {
    expect(isApprovalExpired(signed, 'production', 12, new Date('2026-11-22T09:59:59Z'))).toBe(
      false,
    );
    expect(isApprovalExpired(signed, 'production', 12, new Date('2026-11-22T10:00:00Z'))).toBe(
      true,
    );
    expect(isApprovalExpired(signed, 'pilot', 12, new Date('2027-11-22T10:00:00Z'))).toBe(false);
  });
  it('never expires a rejection or a request for changes', () => {
    expect(
      isApprovalExpired({ ...signed, decision: 'reject' }, 'production', 1, new Date('2030-01-01')),
    ).toBe(false);
  });
});
