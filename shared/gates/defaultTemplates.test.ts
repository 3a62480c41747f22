import { describe, expect, it } from 'vitest';
import { GAPS, type Gap } from '../domain/readiness';
import type { RiskTier } from '../euAiAct/tier';
import { DEFAULT_GATE_TEMPLATES, defaultTemplate } from './defaultTemplates';
import type { ReviewFunction } from './functions';
import { resolveRequirements } from './requirements';
import { gateTemplateSchema, type FunctionRequirement, type GateTemplate } from './template';

function template(id: string): GateTemplate {
  const found = defaultTemplate(id);
  if (!found) throw new Error(`No default template ${id}`);
  return found;
}

function requirement(tpl: GateTemplate, fn: ReviewFunction): FunctionRequirement {
  const found = tpl.functions.find((req) => req.function === fn);
  if (!found) throw new Error(`${tpl.id} has no ${fn} requirement`);
  return found;
}

function itemIds(tpl: GateTemplate, fn: ReviewFunction): string[] {
  return requirement(tpl, fn).items.map((item) => item.id);
}

const allItems = DEFAULT_GATE_TEMPLATES.flatMap((tpl) =>
  tpl.functions.flatMap((req) => req.items.map((item) => ({ tpl, req, item }))),
);

describe('default gate templates', () => {
  it('all parse against the schema, unchanged', () => {
    for (const tpl of DEFAULT_GATE_TEMPLATES) {
      expect(gateTemplateSchema.parse(tpl)).toEqual(tpl);
    }
  });

  it('offers the three lifecycle transitions at version 1', () => {
    expect(
      DEFAULT_GATE_TEMPLATES.map(({ id, version, fromStages, toStage }) => ({
        id,
        version,
        fromStages,
        toStage,
      })),
    ).toEqual([
      { id: 'enter-pilot', version: 1, fromStages: ['proof-of-concept'], toStage: 'pilot' },
      { id: 'go-live', version: 1, fromStages: ['pilot'], toStage: 'production' },
      { id: 'retire', version: 1, fromStages: ['pilot', 'production'], toStage: 'retired' },
    ]);
  });

  it('keeps segregation of duties on by default', () => {
    for (const tpl of DEFAULT_GATE_TEMPLATES) {
      expect(tpl.allowOneSignerForSeveralFunctions).toBe(false);
    }
  });

  it('finds templates by id', () => {
    expect(defaultTemplate('go-live')?.name).toBe('Go live');
    expect(defaultTemplate('no-such-gate')).toBeUndefined();
  });

  it('asks the expected functions to sign each gate', () => {
    const functions = (id: string) => template(id).functions.map((req) => req.function);
    expect(functions('enter-pilot')).toEqual(['legal', 'compliance', 'security', 'operations']);
    expect(functions('go-live')).toEqual([
      'legal',
      'compliance',
      'security',
      'operations',
      'data-privacy',
      'business-owner',
    ]);
    expect(functions('retire').sort()).toEqual(['compliance', 'legal', 'operations']);
  });

  it('covers each of the six gaps on go-live', () => {
    const goLive = template('go-live');
    const coverage: Record<Gap, [ReviewFunction, string][]> = {
      'data-quality': [['compliance', 'data-quality-audit']],
      integration: [['operations', 'integration-rollback']],
      'stakeholder-alignment': [
        ['business-owner', 'stakeholder-sign-off'],
        ['business-owner', 'affected-staff-engaged'],
      ],
      evaluation: [
        ['business-owner', 'business-metrics-baseline'],
        ['business-owner', 'failure-taxonomy'],
      ],
      scale: [
        ['operations', 'load-test'],
        ['business-owner', 'unit-economics'],
      ],
      maintenance: [
        ['operations', 'monitoring-drift'],
        ['operations', 'retraining-cadence'],
        ['operations', 'on-call'],
      ],
    };
    for (const gap of GAPS) {
      for (const [fn, id] of coverage[gap]) {
        expect(itemIds(goLive, fn), `${gap}: ${fn}/${id}`).toContain(id);
      }
    }
    // The six gaps apply to every initiative, so none of these may be tier-gated.
    const gapItems = Object.values(coverage).flat();
    for (const [fn, id] of gapItems) {
      const item = requirement(goLive, fn).items.find((candidate) => candidate.id === id);
      expect(item?.tiers).toBeNull();
    }
  });

  it.each(['enter-pilot', 'go-live'])('%s: each function checks its core concerns', (id) => {
    const tpl = template(id);
    const legal = itemIds(tpl, 'legal');
    expect(legal.some((item) => /dpia|lawful-basis/.test(item))).toBe(true);
    expect(legal.some((item) => item.startsWith('vendor-'))).toBe(true);
    const security = itemIds(tpl, 'security');
    expect(security).toContain('threat-model');
    expect(security.some((item) => item.includes('access-control'))).toBe(true);
    const compliance = itemIds(tpl, 'compliance');
    expect(compliance.some((item) => item.startsWith('model-card'))).toBe(true);
    expect(compliance.some((item) => item.startsWith('bias-'))).toBe(true);
  });

  it('go-live: legal, security, compliance and operations each have their production checks', () => {
    const goLive = template('go-live');
    expect(itemIds(goLive, 'legal')).toEqual(
      expect.arrayContaining([
        'dpia',
        'lawful-basis',
        'vendor-data-terms',
        'vendor-liability-exit',
      ]),
    );
    expect(itemIds(goLive, 'security')).toEqual(
      expect.arrayContaining(['threat-model', 'access-control', 'secrets-management']),
    );
    expect(itemIds(goLive, 'compliance')).toEqual(
      expect.arrayContaining(['model-card', 'bias-fairness-assessment']),
    );
    expect(itemIds(goLive, 'operations')).toEqual(
      expect.arrayContaining(['runbook', 'incident-response']),
    );
  });

  it('go-live: the key documents must be attached as evidence', () => {
    const goLive = template('go-live');
    const evidence: [ReviewFunction, string][] = [
      ['legal', 'dpia'],
      ['security', 'threat-model'],
      ['operations', 'load-test'],
      ['operations', 'runbook'],
      ['operations', 'incident-response'],
      ['compliance', 'model-card'],
      ['compliance', 'data-quality-audit'],
    ];
    for (const [fn, id] of evidence) {
      const item = requirement(goLive, fn).items.find((candidate) => candidate.id === id);
      expect(item?.evidenceRequired, `${fn}/${id}`).toBe(true);
    }
  });

  it('retire: handles decommissioning, data and records', () => {
    const retire = template('retire');
    expect(itemIds(retire, 'operations')).toEqual(
      expect.arrayContaining(['decommission-plan', 'notify-users']),
    );
    expect(itemIds(retire, 'legal')).toEqual(
      expect.arrayContaining(['data-retention-deletion', 'vendor-termination']),
    );
    expect(itemIds(retire, 'compliance')).toContain('archive-records');
  });

  it.each(['enter-pilot', 'go-live'])(
    '%s: high risk needs two security approvals and more checks than minimal risk',
    (id) => {
      const tpl = template(id);
      const high = resolveRequirements(tpl, 'high-risk');
      const minimal = resolveRequirements(tpl, 'minimal-risk');
      const quorum = (reqs: typeof high, fn: ReviewFunction) =>
        reqs.find((req) => req.function === fn)?.quorum;
      expect(quorum(high, 'security')).toBe(2);
      expect(quorum(minimal, 'security')).toBe(1);
      const count = (reqs: typeof high) => reqs.reduce((sum, req) => sum + req.items.length, 0);
      expect(count(high)).toBeGreaterThan(count(minimal));
    },
  );

  it('go-live: high risk needs two compliance approvals and the Act’s provider duties', () => {
    const goLive = template('go-live');
    const high = resolveRequirements(goLive, 'high-risk');
    const compliance = high.find((req) => req.function === 'compliance');
    expect(compliance?.quorum).toBe(2);
    const cited = new Set(
      high.flatMap((req) => req.items.flatMap((item) => item.refs.euAiAct.map(articleOf))),
    );
    for (const article of [9, 10, 11, 12, 13, 14, 15, 17, 27, 43, 49, 72]) {
      expect(cited, `Art. ${String(article)}`).toContain(`Art. ${String(article)}`);
    }
  });

  it('go-live: data/privacy signs only for high-risk initiatives', () => {
    const goLive = template('go-live');
    const signs = (tier: RiskTier | null) =>
      resolveRequirements(goLive, tier).some((req) => req.function === 'data-privacy');
    expect(signs('high-risk')).toBe(true);
    expect(signs('limited-risk')).toBe(false);
    expect(signs('minimal-risk')).toBe(false);
    expect(signs(null)).toBe(false);
    for (const id of ['enter-pilot', 'retire']) {
      expect(template(id).functions.map((req) => req.function)).not.toContain('data-privacy');
    }
  });

  it('shows Art. 50 transparency items to limited-risk systems only where they apply', () => {
    const goLive = template('go-live');
    const ids = (tier: RiskTier) =>
      resolveRequirements(goLive, tier).flatMap((req) => req.items.map((item) => item.id));
    expect(ids('limited-risk')).toContain('ai-interaction-notice');
    expect(ids('minimal-risk')).not.toContain('ai-interaction-notice');
    // Tier-gated items always name the article that gates them.
    for (const { item } of allItems) {
      if (item.tiers?.includes('limited-risk')) {
        expect(item.refs.euAiAct.some((ref) => ref.startsWith('Art. 50'))).toBe(true);
      }
    }
  });

  it('cites framework references in their real formats', () => {
    for (const { tpl, req, item } of allItems) {
      const where = `${tpl.id}/${req.function}/${item.id}`;
      for (const ref of item.refs.nistAiRmf) {
        expect(ref, where).toMatch(/^(GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+$/);
      }
      for (const ref of item.refs.iso42001) {
        expect(ref, where).toMatch(/^A\.\d+(\.\d+)*$/);
      }
      for (const ref of item.refs.euAiAct) {
        expect(ref, where).toMatch(/^(Art\. \d+|Annex [IVX]+)/);
      }
    }
  });

  it('keeps item ids unique within each function and gives every item guidance', () => {
    for (const tpl of DEFAULT_GATE_TEMPLATES) {
      for (const req of tpl.functions) {
        const ids = req.items.map((item) => item.id);
        expect(new Set(ids).size, `${tpl.id}/${req.function}`).toBe(ids.length);
        for (const item of req.items) {
          expect(item.text.length).toBeLessThan(300);
          expect(item.guidance.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

/** "Art. 26(11)" → "Art. 26"; annex citations pass through. */
function articleOf(ref: string): string {
  return /^Art\. \d+/.exec(ref)?.[0] ?? ref;
}

describe('template rules', () => {
  it('refuses a template that no function signs whatever the tier', () => {
    const base = defaultTemplate('enter-pilot')!;
    const onlyHighRisk = {
      ...base,
      functions: base.functions.map((f) => ({ ...f, requiredForTiers: ['high-risk' as const] })),
    };
    const parsed = gateTemplateSchema.safeParse(onlyHighRisk);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'At least one function must sign this gate whatever the risk tier',
    );
  });
});
