import { describe, expect, it } from 'vitest';
import content from '../../assets/sample-workspace.json';
import { businessCaseSchema, projectCost } from '../domain/businessCase';
import type { Stage } from '../domain/initiative';
import { rolesGrant } from '../domain/permissions';
import { GAPS } from '../domain/readiness';
import { DEFAULT_WORKSPACE_SETTINGS } from '../domain/workspace';
import { euAiActAnswersSchema } from '../euAiAct/answers';
import { classifyEuAiAct } from '../euAiAct/classify';
import { defaultTemplate } from '../gates/defaultTemplates';
import { FUNCTION_ROLES } from '../gates/functions';
import { resolveRequirements } from '../gates/requirements';
import { segregationProblem } from '../gates/segregation';
import { GATED_STAGES } from '../gates/stageRule';
import {
  sampleContentSchema,
  type SampleContent,
  type SampleGate,
  type SampleInitiative,
  type SampleProfile,
} from './sampleContent';

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

/** The initiative the first title match names; fails the test if there is none. */
function titled(pattern: RegExp): SampleInitiative {
  const found = sample.initiatives.find((item) => pattern.test(item.title));
  if (!found) throw new Error(`No sample initiative matches ${String(pattern)}`);
  return found;
}

/** The profile after every recorded change, as the replay leaves it. */
function finalProfile(item: SampleInitiative): Omit<SampleProfile, 'daysAgo' | 'byKey'> {
  if (!item.profile) throw new Error(`${item.key} has no profile`);
  const { daysAgo: _daysAgo, byKey: _byKey, ...profile } = item.profile;
  return (item.profileChanges ?? []).reduce(
    (current, { changes: { aiSystem, ...rest } }) => ({
      ...current,
      ...rest,
      aiSystem: { ...current.aiSystem, ...aiSystem },
    }),
    profile,
  );
}

function tierOf(item: SampleInitiative) {
  if (!item.classification) throw new Error(`${item.key} has no classification`);
  return classifyEuAiAct(item.classification.answers).tier;
}

function currentStage(item: SampleContent['initiatives'][number]): Stage {
  return item.stageChanges.at(-1)?.stage ?? 'idea';
}

/** The stage an initiative was in just after `daysAgo` days ago (changes that day included). */
function stageAt(item: SampleInitiative, daysAgo: number): Stage {
  return item.stageChanges.filter((change) => change.daysAgo >= daysAgo).at(-1)?.stage ?? 'idea';
}

function gatesOf(item: SampleInitiative, templateId: string): SampleGate[] {
  return (item.gates ?? []).filter((gate) => gate.templateId === templateId);
}

function template(id: string) {
  const found = defaultTemplate(id);
  if (!found) throw new Error(`No default gate template "${id}"`);
  return found;
}

/** Each reviewer's latest sign-off per function: the ones that count. */
function currentSignoffsOf(gate: SampleGate) {
  const latest = new Map<string, SampleGate['signoffs'][number]>();
  for (const signoff of gate.signoffs) latest.set(`${signoff.byKey}|${signoff.function}`, signoff);
  return [...latest.values()];
}

const APPROVING = new Set(['approve', 'approve-with-conditions']);

/** Every gate review with its initiative, for the checks that hold for all of them. */
const reviews = sample.initiatives.flatMap((item) =>
  (item.gates ?? []).map((gate) => ({ item, gate, label: `${item.key} ${gate.templateId}` })),
);

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
      const recorders = [
        item.profile?.byKey,
        ...(item.profileChanges ?? []).map((change) => change.byKey),
        item.classification?.byKey,
        item.businessCase?.byKey,
        item.readiness?.byKey,
      ];
      for (const key of recorders) {
        if (key !== undefined)
          expect(membersByKey.has(key), `${item.key} recorder ${key}`).toBe(true);
      }
      for (const gap of GAPS) {
        const owner = item.readiness?.gaps[gap].ownerKey;
        if (owner) expect(membersByKey.has(owner), `${item.key} ${gap} owner`).toBe(true);
      }
      for (const gate of item.gates ?? []) {
        const label = `${item.key} ${gate.templateId}`;
        const keys = [
          gate.openedByKey,
          ...gate.signoffs.flatMap((signoff) => [
            signoff.byKey,
            ...(signoff.conditions ?? []).flatMap((c) => [c.ownerKey, c.closed?.byKey]),
          ]),
        ];
        for (const key of keys) {
          if (key !== undefined) expect(membersByKey.has(key), `${label} member ${key}`).toBe(true);
        }
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

  describe('profile, classification, business case and readiness', () => {
    it('gives every initiative a profile, a classification, a business case and readiness', () => {
      for (const item of sample.initiatives) {
        expect(item.profile, item.key).toBeDefined();
        expect(item.classification, item.key).toBeDefined();
        expect(item.businessCase, item.key).toBeDefined();
        expect(item.readiness, item.key).toBeDefined();
      }
    });

    it('records them after creation, in order, by members who may edit initiatives', () => {
      for (const item of sample.initiatives) {
        const records = [
          ['profile', item.profile],
          ...(item.profileChanges ?? []).map((change) => ['profile change', change] as const),
          ['classification', item.classification],
          ['business case', item.businessCase],
          ['readiness', item.readiness],
        ] as const;
        for (const [what, record] of records) {
          if (!record) continue;
          const label = `${item.key} ${what}`;
          expect(record.daysAgo, label).toBeLessThan(item.createdDaysAgo);
          expect(rolesGrant(member(record.byKey).roles, 'initiative.edit'), label).toBe(true);
        }
        // Changes follow the first recording and each other; the questionnaire is
        // answered about a recorded profile.
        let previous = item.profile?.daysAgo ?? Number.POSITIVE_INFINITY;
        for (const change of item.profileChanges ?? []) {
          expect(change.daysAgo, `${item.key} profile change`).toBeLessThan(previous);
          previous = change.daysAgo;
        }
        if (item.classification && item.profile) {
          expect(item.classification.daysAgo, item.key).toBeLessThan(item.profile.daysAgo);
        }
      }
    });

    it('changes something in every profile change (an unchanged save would be refused)', () => {
      for (const item of sample.initiatives) {
        const changes = item.profileChanges ?? [];
        changes.forEach((change, index) => {
          const before = finalProfile({ ...item, profileChanges: changes.slice(0, index) });
          const after = finalProfile({ ...item, profileChanges: changes.slice(0, index + 1) });
          expect(after, `${item.key} at ${change.daysAgo} days`).not.toEqual(before);
        });
      }
    });

    it('stores classification answers that parse, unchanged, as questionnaire answers', () => {
      for (const item of sample.initiatives) {
        const answers = item.classification?.answers;
        const parsed = euAiActAnswersSchema.safeParse(answers);
        expect(parsed.success, `${item.key}: ${parsed.error?.message ?? ''}`).toBe(true);
        expect(parsed.data, item.key).toEqual(answers);
      }
    });

    it('stores business cases that parse, unchanged, with a cost model in USD or EUR', () => {
      for (const item of sample.initiatives) {
        const { kpis, cost } = item.businessCase!;
        const parsed = businessCaseSchema.safeParse({ kpis, cost });
        expect(parsed.success, `${item.key}: ${parsed.error?.message ?? ''}`).toBe(true);
        expect(parsed.data, item.key).toEqual({ kpis, cost });
        expect(['USD', 'EUR'], item.key).toContain(cost.currency);
        expect(kpis.length, item.key).toBeGreaterThanOrEqual(2);
        expect(
          kpis.some((kpi) => kpi.kind === 'model'),
          item.key,
        ).toBe(true);
      }
    });

    it('has readiness that differs between initiatives, using every status', () => {
      const strips = sample.initiatives.map((item) =>
        GAPS.map((gap) => item.readiness!.gaps[gap].status).join(' '),
      );
      expect(new Set(strips).size).toBe(sample.initiatives.length);
      const statuses = new Set(
        sample.initiatives.flatMap((item) => GAPS.map((gap) => item.readiness!.gaps[gap].status)),
      );
      expect([...statuses].sort()).toEqual(['in-progress', 'not-started', 'ready']);
    });

    it('explains a gap that is under way or done in a note', () => {
      for (const item of sample.initiatives) {
        for (const gap of GAPS) {
          const { status, notes } = item.readiness!.gaps[gap];
          if (status !== 'not-started') expect(notes, `${item.key} ${gap}`).not.toBe('');
        }
      }
    });
  });

  describe('gate reviews', () => {
    it('uses default templates and answers only items of the function’s checklist', () => {
      expect(reviews.length).toBeGreaterThanOrEqual(4);
      for (const { item, gate, label } of reviews) {
        const requirements = resolveRequirements(template(gate.templateId), tierOf(item));
        for (const signoff of gate.signoffs) {
          const requirement = requirements.find((r) => r.function === signoff.function);
          expect(requirement, `${label} ${signoff.function}`).toBeDefined();
          const items = new Set(requirement?.items.map((checkItem) => checkItem.id));
          for (const [itemId, answer] of Object.entries(signoff.answers ?? {})) {
            expect(items.has(itemId), `${label} ${signoff.function} ${itemId}`).toBe(true);
            if (answer.answer === 'not-applicable') expect(answer.note, itemId).not.toBe('');
          }
        }
      }
    });

    it('opens reviews from the template’s stage, by members who may open them', () => {
      for (const { item, gate, label } of reviews) {
        expect(gate.openedDaysAgo, label).toBeLessThan(item.createdDaysAgo);
        expect(template(gate.templateId).fromStages, label).toContain(
          stageAt(item, gate.openedDaysAgo),
        );
        expect(rolesGrant(member(gate.openedByKey).roles, 'gate.open'), label).toBe(true);
      }
    });

    it('signs after opening, oldest first, respecting segregation of duties', () => {
      for (const { item, gate, label } of reviews) {
        const signed: {
          reviewerId: string;
          function: SampleGate['signoffs'][number]['function'];
        }[] = [];
        let previous = gate.openedDaysAgo;
        for (const signoff of gate.signoffs) {
          const what = `${label}: ${signoff.byKey} for ${signoff.function}`;
          expect(signoff.daysAgo, what).toBeLessThanOrEqual(previous);
          previous = signoff.daysAgo;
          const reviewer = member(signoff.byKey);
          expect(reviewer.roles, what).toContain(FUNCTION_ROLES[signoff.function]);
          const problem = segregationProblem({
            reviewer: { id: reviewer.key, name: reviewer.name, roles: reviewer.roles },
            fn: signoff.function,
            initiative: { ownerId: item.ownerKey, sponsor: item.sponsor, title: item.title },
            gate: { openedBy: gate.openedByKey, template: template(gate.templateId) },
            signoffs: signed,
          });
          expect(problem, what).toBeNull();
          signed.push({ reviewerId: reviewer.key, function: signoff.function });
        }
      }
    });

    it('gives conditions to conditional approvals only, and explains every refusal', () => {
      const conditionKeys: string[] = [];
      for (const { gate, label } of reviews) {
        for (const signoff of gate.signoffs) {
          const what = `${label}: ${signoff.byKey}`;
          const conditions = signoff.conditions ?? [];
          if (signoff.decision === 'approve-with-conditions') {
            expect(conditions.length, what).toBeGreaterThan(0);
          } else {
            expect(conditions, what).toEqual([]);
          }
          if (signoff.decision === 'request-changes' || signoff.decision === 'reject') {
            expect(signoff.comment, what).not.toBe('');
          }
          if (signoff.decision === 'approve') {
            const notMet = Object.values(signoff.answers ?? {}).filter(
              (a) => a.answer === 'not-met',
            );
            expect(notMet, what).toEqual([]);
          }
          for (const condition of conditions) {
            conditionKeys.push(condition.key);
            const { closed } = condition;
            if (!closed) continue;
            // Closed after signing, by its owner or an administrator.
            expect(closed.daysAgo, condition.key).toBeLessThan(signoff.daysAgo);
            expect(
              closed.byKey === condition.ownerKey ||
                member(closed.byKey).roles.includes('administrator'),
              condition.key,
            ).toBe(true);
          }
        }
      }
      expect(new Set(conditionKeys).size).toBe(conditionKeys.length);
    });

    it('enters pilot and production only after a review that passed on that day', () => {
      for (const item of sample.initiatives) {
        for (const change of item.stageChanges) {
          if (!GATED_STAGES.includes(change.stage)) continue;
          const label = `${item.key} → ${change.stage}`;
          const gates = (item.gates ?? []).filter(
            (gate) =>
              template(gate.templateId).toStage === change.stage &&
              gate.openedDaysAgo > change.daysAgo,
          );
          expect(gates, label).toHaveLength(1);
          const [gate] = gates;
          const before = currentSignoffsOf({
            ...gate!,
            signoffs: gate!.signoffs.filter((s) => s.daysAgo >= change.daysAgo),
          });
          const required = resolveRequirements(template(gate!.templateId), tierOf(item));
          for (const requirement of required) {
            const approvals = before.filter(
              (s) => s.function === requirement.function && APPROVING.has(s.decision),
            );
            expect(approvals.length, `${label} ${requirement.function}`).toBeGreaterThanOrEqual(
              requirement.quorum,
            );
          }
          expect(
            before.every((s) => APPROVING.has(s.decision)),
            `${label}: no refusal stands`,
          ).toBe(true);
          for (const condition of before.flatMap((s) => s.conditions ?? [])) {
            expect(condition.closed?.daysAgo, `${label} ${condition.key}`).toBeGreaterThanOrEqual(
              change.daysAgo,
            );
          }
          // Nothing material changes between the sign-offs and the stage change.
          const earliest = Math.max(...before.map((s) => s.daysAgo));
          const material = [
            ...(item.profileChanges ?? []).map((c) => c.daysAgo),
            item.classification?.daysAgo,
            ...sample.risks.filter((r) => r.initiativeKey === item.key).map((r) => r.daysAgo),
          ];
          for (const daysAgo of material) {
            if (daysAgo === undefined) continue;
            expect(daysAgo <= earliest && daysAgo >= change.daysAgo, `${label} at ${daysAgo}`).toBe(
              false,
            );
          }
        }
      }
    });
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

    it('shows a cost that grows at least tenfold from proof of concept to production', () => {
      const ratios = sample.initiatives.map((item) => ({
        key: item.key,
        ...projectCost(item.businessCase!.cost),
      }));
      expect(ratios.some(({ ratio }) => ratio !== null && ratio >= 10)).toBe(true);
      const triage = titled(/ticket triage/i);
      const { pocMonthly, productionMonthly } = projectCost(triage.businessCase!.cost);
      expect(triage.businessCase!.cost.currency).toBe('USD');
      expect(pocMonthly).toBe(600);
      expect(productionMonthly).toBeGreaterThanOrEqual(10_000);
      expect(productionMonthly).toBeLessThan(100_000);
    });

    it('gives the ticket triage assistant a vendor LLM, people-facing transparency and a reasoned upgrade', () => {
      const triage = titled(/ticket triage/i);
      const profile = finalProfile(triage);
      expect(profile.aiSystem.hosting).toBe('vendor-api');
      expect(profile.dataCategories).toContain('personal');
      expect(profile.humanOversight).toBe('human-in-the-loop');
      expect(profile.integrationPoints.map((p) => p.system).sort()).toEqual(['CRM', 'Ticketing']);
      expect(triage.classification!.answers.role).toBe('deployer');
      expect(triage.classification!.answers.transparency).toContain('interacts-with-people');
      expect(tierOf(triage)).toBe('limited-risk');
      // The model version was upgraded about a month ago, with a reason, after classifying.
      const [upgrade] = triage.profileChanges ?? [];
      expect(upgrade?.daysAgo).toBe(30);
      expect(upgrade?.changes.aiSystem?.version).toBeDefined();
      expect(upgrade?.changes.aiSystem?.version).not.toBe(triage.profile!.aiSystem.version);
      expect(upgrade!.daysAgo).toBeLessThan(triage.classification!.daysAgo);
    });

    it('has a claims categoriser with good accuracy but no business KPI, and no alignment', () => {
      const claims = titled(/claims categoriser/i);
      const kpis = claims.businessCase!.kpis;
      expect(kpis.some((kpi) => kpi.kind === 'business')).toBe(false);
      expect(kpis.find((kpi) => /accuracy/i.test(kpi.name) && kpi.current === 94)).toBeDefined();
      expect(claims.readiness!.gaps['stakeholder-alignment'].status).toBe('not-started');
      expect(claims.readiness!.gaps.evaluation.status).toBe('not-started');
      // Routing motor and home claims is not Annex III point 5: the note says why.
      expect(tierOf(claims)).toBe('minimal-risk');
      expect(claims.classification!.answers.annexIIIAreas).toEqual([]);
      expect(claims.readiness!.gaps['stakeholder-alignment'].notes).toMatch(/Annex III point 5/);
    });

    it('has an invoice pipeline with a data-quality gap in progress and ERP integration', () => {
      const invoices = titled(/invoice/i);
      expect(tierOf(invoices)).toBe('minimal-risk');
      expect(invoices.readiness!.gaps['data-quality'].status).toBe('in-progress');
      expect(invoices.readiness!.gaps['data-quality'].notes).toMatch(/scanned/i);
      expect(
        finalProfile(invoices)
          .integrationPoints.map((p) => p.system)
          .sort(),
      ).toEqual(['Document management', 'ERP']);
    });

    it('has a high-risk radiology model on health data, with evaluation and data not started', () => {
      const radiology = titled(/radiology/i);
      expect(tierOf(radiology)).toBe('high-risk');
      expect(radiology.classification!.answers).toMatchObject({
        role: 'provider',
        annexIProduct: true,
      });
      expect(finalProfile(radiology).dataCategories).toContain('special-category');
      expect(radiology.readiness!.gaps['data-quality'].status).toBe('not-started');
      expect(radiology.readiness!.gaps.evaluation.status).toBe('not-started');
    });

    it('has a contract review assistant in production, ready but for maintenance', () => {
      const contracts = titled(/contract review/i);
      expect(currentStage(contracts)).toBe('production');
      expect(['minimal-risk', 'limited-risk']).toContain(tierOf(contracts));
      const profile = finalProfile(contracts);
      expect(profile.dataCategories).toContain('confidential-business');
      expect(profile.integrationPoints.map((p) => p.system)).toContain('Document management');
      const open = GAPS.filter((gap) => contracts.readiness!.gaps[gap].status !== 'ready');
      expect(open).toEqual(['maintenance']);
      expect(contracts.readiness!.gaps.maintenance.status).toBe('in-progress');
    });

    it('takes the contract review assistant and ticket triage into pilot through signed reviews', () => {
      for (const item of [titled(/contract review/i), titled(/ticket triage/i)]) {
        const [gate, ...more] = gatesOf(item, 'enter-pilot');
        expect(more, item.key).toEqual([]);
        const pilot = item.stageChanges.find((change) => change.stage === 'pilot')!;
        // Opened a couple of weeks before the pilot began.
        expect(gate!.openedDaysAgo - pilot.daysAgo, item.key).toBeGreaterThanOrEqual(10);
        expect(gate!.openedDaysAgo - pilot.daysAgo, item.key).toBeLessThanOrEqual(21);
        const approvedBy = gate!.signoffs
          .filter((s) => s.daysAgo >= pilot.daysAgo && APPROVING.has(s.decision))
          .map((s) => s.function)
          .sort();
        expect(approvedBy, item.key).toEqual(['compliance', 'legal', 'operations', 'security']);
      }
      const closedConditions = [titled(/contract review/i), titled(/ticket triage/i)]
        .flatMap((item) => gatesOf(item, 'enter-pilot'))
        .flatMap((gate) => gate.signoffs.flatMap((s) => s.conditions ?? []))
        .filter((condition) => condition.closed !== undefined);
      expect(closedConditions.length).toBeGreaterThanOrEqual(1);
    });

    it('takes the contract review assistant live with a business owner’s approval', () => {
      const contracts = titled(/contract review/i);
      const [gate] = gatesOf(contracts, 'go-live');
      const functions = gate!.signoffs.map((s) => s.function);
      expect(functions).toContain('business-owner');
      expect(sample.members.some((m) => m.roles.includes('business-owner-reviewer'))).toBe(true);
    });

    it('has the stalled claims categoriser’s pilot review open: security asked for changes, legal approved', () => {
      const claims = titled(/claims categoriser/i);
      const [gate, ...more] = gatesOf(claims, 'enter-pilot');
      expect(more).toEqual([]);
      expect(gate!.openedDaysAgo).toBeGreaterThanOrEqual(35);
      expect(gate!.openedDaysAgo).toBeLessThanOrEqual(45);
      const decisions = Object.fromEntries(gate!.signoffs.map((s) => [s.function, s.decision]));
      expect(decisions).toEqual({ legal: 'approve', security: 'request-changes' });
      expect(currentStage(claims)).toBe('proof-of-concept');
    });

    it('upgrades the ticket triage model after its pilot sign-offs, so they go stale', () => {
      const triage = titled(/ticket triage/i);
      const [gate] = gatesOf(triage, 'enter-pilot');
      const [upgrade] = triage.profileChanges!;
      const pilot = triage.stageChanges.find((change) => change.stage === 'pilot')!;
      const pilotSignoffs = gate!.signoffs.filter((s) => s.daysAgo >= pilot.daysAgo);
      expect(pilotSignoffs.every((s) => s.daysAgo > upgrade!.daysAgo)).toBe(true);
      // Only compliance has signed again since; the others are still waiting to.
      const since = gate!.signoffs.filter((s) => s.daysAgo < upgrade!.daysAgo);
      expect(since.map((s) => s.function)).toEqual(['compliance']);
      // Nothing else material was recorded after the pilot sign-offs but the upgrade.
      const latest = Math.min(...pilotSignoffs.map((s) => s.daysAgo));
      const risksSince = sample.risks.filter(
        (r) => r.initiativeKey === triage.key && r.daysAgo < latest,
      );
      expect(risksSince).toEqual([]);
    });

    it('has one approval condition still open and past its due date', () => {
      const open = sample.initiatives
        .flatMap((item) => item.gates ?? [])
        .flatMap((gate) =>
          gate.signoffs.flatMap((signoff) =>
            (signoff.conditions ?? [])
              .filter((condition) => condition.closed === undefined)
              .map((condition) => ({
                condition,
                dueDaysAgo: signoff.daysAgo - condition.dueInDays,
              })),
          ),
        );
      expect(open).toHaveLength(1);
      expect(open[0]!.dueDaysAgo).toBeGreaterThan(0);
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
        'business-owner-reviewer',
      ] as const) {
        expect(roles, role).toContain(role);
      }
      const auditors = sample.members.filter((m) => m.roles.includes('auditor'));
      expect(auditors.every((m) => m.roles.length === 1)).toBe(true);
    });
  });
});
