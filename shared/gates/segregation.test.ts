import { describe, expect, it } from 'vitest';
import { segregationProblem } from './segregation';

const reviewer = {
  id: 'r1',
  name: 'Dana Okafor',
  roles: ['security-reviewer', 'legal-reviewer'] as const,
};
const initiative = { ownerId: 'owner', sponsor: 'Marta Lindqvist', title: 'Claims triage' };
const gate = { openedBy: 'pm', template: { allowOneSignerForSeveralFunctions: false } };

function check(overrides: Partial<Parameters<typeof segregationProblem>[0]> = {}) {
  return segregationProblem({
    reviewer: { ...reviewer, roles: [...reviewer.roles] },
    fn: 'security',
    initiative,
    gate,
    signoffs: [],
    ...overrides,
  });
}

describe('segregationProblem', () => {
  it('lets an independent reviewer of the function sign', () => {
    expect(check()).toBeNull();
  });

  it('refuses a member without the function’s reviewer role', () => {
    expect(check({ fn: 'operations' })).toBe(
      'Dana Okafor does not hold the Operations reviewer role, so cannot sign for Operations.',
    );
  });

  it('refuses the owner, the sponsor (whatever the spacing or case) and the opener', () => {
    expect(check({ initiative: { ...initiative, ownerId: 'r1' } })).toMatch(/owns “Claims triage”/);
    expect(check({ initiative: { ...initiative, sponsor: '  dana   OKAFOR ' } })).toMatch(
      /sponsors “Claims triage”/,
    );
    expect(check({ gate: { ...gate, openedBy: 'r1' } })).toMatch(/opened this review/);
  });

  it('does not treat an empty sponsor as a match', () => {
    expect(
      check({
        reviewer: { id: 'r1', name: ' ', roles: ['security-reviewer'] },
        initiative: { ...initiative, sponsor: '' },
      }),
    ).toBeNull();
  });

  it('refuses one person signing for two functions unless the template allows it', () => {
    const signoffs = [{ reviewerId: 'r1', function: 'legal' as const }];
    expect(check({ signoffs })).toMatch(/already signed for Legal on this gate/);
    expect(
      check({ signoffs, gate: { ...gate, template: { allowOneSignerForSeveralFunctions: true } } }),
    ).toBeNull();
    // Re-signing the same function is a new sign-off, not a second function.
    expect(check({ signoffs: [{ reviewerId: 'r1', function: 'security' }] })).toBeNull();
  });
});
