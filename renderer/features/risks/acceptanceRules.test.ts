import { describe, expect, it } from 'vitest';
import { acceptanceProblem } from '../../../shared/risk/acceptance';
import { acceptanceRefusal } from './acceptanceRules';
import { fakeAcceptance } from './testFixtures';

const certification = fakeAcceptance('2027-01-01', { likelihood: 1, impact: 1 }).signature;

describe('who may accept a risk', () => {
  it('lets a certified compliance reviewer accept by default', () => {
    expect(
      acceptanceRefusal({ name: 'Grace Adeyemi', roles: ['compliance-reviewer'], certification }),
    ).toBeNull();
  });

  it('refuses a member without the role with the sentence the command uses', () => {
    const daniel = { name: 'Daniel Okafor', roles: ['program-manager' as const], certification };
    const refusal = acceptanceRefusal(daniel);
    expect(refusal).toBe(
      'Daniel Okafor does not hold the Compliance reviewer role, which this workspace requires to accept a risk.',
    );
    const command = acceptanceProblem({
      signerRoles: daniel.roles,
      signature: { ...certification, printedName: daniel.name },
      riskId: 'r',
      expectedContentHash: 'a'.repeat(64),
      keyHistory: [],
      expiresOn: '2027-01-01',
      today: '2026-06-01',
    });
    expect(command).toBe(refusal);
  });

  it('follows the role the workspace names', () => {
    expect(
      acceptanceRefusal(
        { name: 'Grace Adeyemi', roles: ['compliance-reviewer'], certification },
        'administrator',
      ),
    ).toMatch(/does not hold the Administrator role/);
  });

  it('refuses auditors and members who have not certified their signature', () => {
    expect(acceptanceRefusal({ name: 'Ruth Kimani', roles: ['auditor'], certification })).toBe(
      'Ruth Kimani does not have permission to accept residual risk.',
    );
    expect(
      acceptanceRefusal({
        name: 'Grace Adeyemi',
        roles: ['compliance-reviewer'],
        certification: null,
      }),
    ).toMatch(/has not yet certified their electronic signature/);
  });
});
