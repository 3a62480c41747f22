import { describe, expect, it } from 'vitest';
import content from '../../assets/sample-workspace.json';
import type { Stage } from '../domain/initiative';
import { rolesGrant } from '../domain/permissions';
import { DEFAULT_WORKSPACE_SETTINGS } from '../domain/workspace';
import { sampleContentSchema, type SampleContent } from './sampleContent';

/** The lifecycle moves forward one step at a time; any live stage may retire. */
const FORWARD: Record<Stage, readonly Stage[]> = {
  idea: ['proof-of-concept', 'retired'],
  'proof-of-concept': ['pilot', 'retired'],
  pilot: ['production', 'retired'],
  production: ['retired'],
  retired: [],
};

const sample: SampleContent = sampleContentSchema.parse(content);
const membersByKey = new Map(sample.members.map((member) => [member.key, member]));
const initiativesByKey = new Map(
  sample.initiatives.map((initiative) => [initiative.key, initiative]),
);

function member(key: string) {
  const found = membersByKey.get(key);
  if (!found) throw new Error(`Unknown member key "${key}"`);
  return found;
}

function initiative(key: string) {
  const found = initiativesByKey.get(key);
  if (!found) throw new Error(`Unknown initiative key "${key}"`);
  return found;
}

function currentStage(item: SampleContent['initiatives'][number]): Stage {
  return item.stageChanges.at(-1)?.stage ?? 'idea';
}

/** Days the initiative has spent in its current stage. */
function daysInStage(item: SampleContent['initiatives'][number]): number {
  return item.stageChanges.at(-1)?.daysAgo ?? item.createdDaysAgo;
}

describe('bundled sample workspace content', () => {
  it('parses with the sample content schema without being reshaped', () => {
    const result = sampleContentSchema.safeParse(content);
    expect(result.success, result.error?.message).toBe(true);
    expect(result.data).toEqual(content);
  });

  it('is created by an administrator who is the first member', () => {
    const [first] = sample.members;
    expect(first?.roles).toContain('administrator');
    expect(sample.workspace.marking).toBe('Confidential');
  });

  it('uses unique member keys, emails and initiative keys', () => {
    const memberKeys = sample.members.map((m) => m.key);
    const emails = sample.members.map((m) => m.email);
    const initiativeKeys = sample.initiatives.map((i) => i.key);
    expect(new Set(memberKeys).size).toBe(memberKeys.length);
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(initiativeKeys).size).toBe(initiativeKeys.length);
  });

  it('resolves every key reference', () => {
    for (const item of sample.initiatives) {
      expect(membersByKey.has(item.ownerKey), `${item.key} owner`).toBe(true);
      expect(membersByKey.has(item.createdByKey), `${item.key} creator`).toBe(true);
      for (const change of item.stageChanges) {
        expect(membersByKey.has(change.byKey), `${item.key} → ${change.stage}`).toBe(true);
      }
    }
    for (const risk of sample.risks) {
      expect(initiativesByKey.has(risk.initiativeKey), risk.title).toBe(true);
      expect(membersByKey.has(risk.ownerKey), `${risk.title} owner`).toBe(true);
      expect(membersByKey.has(risk.byKey), `${risk.title} recorder`).toBe(true);
    }
  });

  it('creates initiatives after the workspace, by members allowed to create them', () => {
    for (const item of sample.initiatives) {
      expect(item.createdDaysAgo, item.key).toBeLessThan(sample.workspace.createdDaysAgo);
      expect(rolesGrant(member(item.createdByKey).roles, 'initiative.create'), item.key).toBe(true);
    }
  });

  it('moves each initiative forward one stage at a time, in time order, after creation', () => {
    for (const item of sample.initiatives) {
      let stage: Stage = 'idea';
      let previous = item.createdDaysAgo;
      for (const change of item.stageChanges) {
        const label = `${item.key}: ${stage} → ${change.stage}`;
        expect(FORWARD[stage], label).toContain(change.stage);
        expect(change.daysAgo, label).toBeLessThan(previous);
        expect(rolesGrant(member(change.byKey).roles, 'initiative.changeStage'), label).toBe(true);
        stage = change.stage;
        previous = change.daysAgo;
      }
    }
  });

  it('records risks after their initiative exists, by members who may record risks', () => {
    for (const risk of sample.risks) {
      const recorder = member(risk.byKey);
      expect(risk.daysAgo, risk.title).toBeLessThan(initiative(risk.initiativeKey).createdDaysAgo);
      expect(recorder.roles, risk.title).not.toContain('auditor');
      expect(rolesGrant(recorder.roles, 'risk.manage'), risk.title).toBe(true);
    }
  });

  it('rates risks on the default 5 × 5 matrix with residual no worse than inherent', () => {
    for (const { title, inherent, residual } of sample.risks) {
      for (const level of [
        inherent.likelihood,
        inherent.impact,
        residual.likelihood,
        residual.impact,
      ]) {
        expect(level, title).toBeGreaterThanOrEqual(1);
        expect(level, title).toBeLessThanOrEqual(5);
      }
      expect(residual.likelihood, title).toBeLessThanOrEqual(inherent.likelihood);
      expect(residual.impact, title).toBeLessThanOrEqual(inherent.impact);
    }
  });

  it('gives every initiative between two and four risks', () => {
    expect(sample.risks.length).toBeGreaterThanOrEqual(12);
    expect(sample.risks.length).toBeLessThanOrEqual(16);
    for (const item of sample.initiatives) {
      const count = sample.risks.filter((risk) => risk.initiativeKey === item.key).length;
      expect(count, item.key).toBeGreaterThanOrEqual(2);
      expect(count, item.key).toBeLessThanOrEqual(4);
    }
  });

  describe('stories the product demonstrates', () => {
    it('has five initiatives across at least four current stages, one in production', () => {
      expect(sample.initiatives).toHaveLength(5);
      const stages = new Set(sample.initiatives.map(currentStage));
      expect(stages.size).toBeGreaterThanOrEqual(4);
      expect(stages).toContain('production');
    });

    it('has an LLM customer-support ticket triage assistant in pilot', () => {
      const triage = sample.initiatives.filter(
        (item) =>
          currentStage(item) === 'pilot' &&
          item.aiSystemType === 'generative-llm' &&
          /ticket/i.test(item.title) &&
          /triage/i.test(item.title),
      );
      expect(triage).toHaveLength(1);
    });

    it('has a claims categoriser stuck in proof of concept for about eight months', () => {
      const claims = sample.initiatives.find((item) => /claims categoriser/i.test(item.title));
      expect(claims).toBeDefined();
      const last = claims!.stageChanges.at(-1);
      expect(last?.stage).toBe('proof-of-concept');
      expect(last?.daysAgo).toBeGreaterThanOrEqual(240);
      expect(claims!.summary).toMatch(/94%/);
    });

    it('counts only the claims categoriser as stalled under the default settings', () => {
      const stalled = sample.initiatives.filter(
        (item) =>
          (currentStage(item) === 'proof-of-concept' || currentStage(item) === 'pilot') &&
          daysInStage(item) > DEFAULT_WORKSPACE_SETTINGS.stalledAfterDays,
      );
      expect(stalled.map((item) => item.key)).toEqual([
        sample.initiatives.find((item) => /claims categoriser/i.test(item.title))?.key,
      ]);
    });

    it('has an invoice pipeline that faces scanned images and a radiology model from one site', () => {
      const invoices = sample.initiatives.find((item) => /invoice/i.test(item.title));
      expect(invoices?.summary).toMatch(/scanned/i);
      const radiology = sample.initiatives.find((item) => /radiology/i.test(item.title));
      expect(radiology?.summary).toMatch(/one partner hospital/i);
    });

    it('includes a read-only auditor and a reviewer for every sign-off function', () => {
      const roles = new Set(sample.members.flatMap((m) => m.roles));
      for (const role of [
        'auditor',
        'legal-reviewer',
        'compliance-reviewer',
        'security-reviewer',
        'operations-reviewer',
        'data-privacy-reviewer',
      ] as const) {
        expect(roles, role).toContain(role);
      }
      const auditors = sample.members.filter((m) => m.roles.includes('auditor'));
      expect(auditors.every((m) => m.roles.length === 1)).toBe(true);
    });
  });
});
