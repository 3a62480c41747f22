import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackModel } from '../../../shared/pack/buildModel';
import { buildInitiativePackModel } from '../../../shared/pack/initiativeModel';
import { buildPortfolioPackModel } from '../../../shared/pack/portfolioModel';
import type { PackSource } from '../../../shared/pack/source';
import type { Initiative } from '../../../shared/domain/initiative';
import type { CountersignDb } from '../../db/database';
import { readPackSource } from './readPackSource';
import {
  CONTEXT,
  OVERRIDE_JUSTIFICATION,
  initiativeSpec,
  portfolioSpec,
  sampleWorkspaceDb,
} from './testing/samplePack';

let db: CountersignDb;
let initiatives: Initiative[];
const sources = new Map<string, PackSource>();

beforeAll(async () => {
  db = await sampleWorkspaceDb();
  initiatives = await db.initiatives.toArray();
}, 60_000);
afterAll(async () => {
  await db.delete();
});

function initiative(prefix: string): Initiative {
  const found = initiatives.find((i) => i.title.startsWith(prefix));
  if (!found) throw new Error(`No sample initiative “${prefix}”`);
  return found;
}

async function sourceFor(id: string | null): Promise<PackSource> {
  const key = id ?? 'portfolio';
  const cached = sources.get(key);
  if (cached) return cached;
  const source = await readPackSource(db, { initiativeId: id });
  sources.set(key, source);
  return source;
}

async function modelFor(
  prefix: string,
  ...rest: Parameters<typeof initiativeSpec> extends [string, ...infer R] ? R : never
) {
  const i = initiative(prefix);
  return buildInitiativePackModel(await sourceFor(i.id), initiativeSpec(i.id, ...rest));
}

describe('initiative pack model of the sample workspace', () => {
  it('has every section, with the document control values', async () => {
    const model = await modelFor('Contract review');
    const last = await db.auditEvents.orderBy('seq').last();
    const workspace = await db.workspace.toCollection().first();
    for (const part of [
      'summary',
      'system',
      'classification',
      'gates',
      'risks',
      'frameworks',
      'evidence',
      'audit',
      'appendix',
    ] as const) {
      expect(model[part], part).not.toBeNull();
    }
    const { meta } = model;
    expect(meta.workspace).toEqual({
      id: workspace!.id,
      name: 'Northwind Mutual — AI Governance',
      sample: true,
    });
    expect(meta.initiative?.title).toBe('Contract review assistant');
    expect(meta.chain).toMatchObject({
      ok: true,
      head: { seq: last!.seq, hash: last!.hash },
      brokenAt: null,
    });
    expect(meta.documentVersion).toBe(String(last!.seq));
    expect(meta.marking).toBe('Confidential');
    expect(meta.preparedBy.name).toBe('Ruth Kimani');
    expect(meta.generatedAt).toMatch(/\+01:00$/);
    expect(meta.generatedAtText).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\+01:00$/);
    expect(meta.sections.every((s) => s.included)).toBe(true);
  });

  it('summarises stage, tier, gates, risks, readiness and cost', async () => {
    const s = (await modelFor('Contract review')).summary!;
    const fact = (label: string) => s.facts.find((f) => f.label === label)?.value;
    expect(fact('Stage')).toBe('Production');
    expect(fact('Time in stage')).toMatch(/^210 days/);
    expect(fact('EU AI Act tier')).toMatch(/^Transparency obligations \(as deployer\)/);
    expect(s.gates.map((g) => [g.gate, g.status])).toEqual([
      ['Enter pilot', 'Passed'],
      ['Go live', 'Passed'],
    ]);
    expect(s.topRisks).toHaveLength(4);
    expect(s.topRisks[0]!.residual.text).toMatch(/^Medium, score 6/);
    expect(s.readiness.map((r) => r.gap)).toEqual([
      'Data quality',
      'Integration',
      'Stakeholder alignment',
      'Evaluation',
      'Scale',
      'Maintenance',
    ]);
    expect(s.cost.facts.find((f) => f.label.startsWith('Monthly cost'))?.value).toMatch(
      /^[A-Z]{3} /,
    );
  });

  it('records each sign-off with its Part 11 manifestation, key and verified signature', async () => {
    const gates = (await modelFor('Contract review')).gates!;
    const goLive = gates.gates.find((g) => g.name === 'Go live')!;
    expect(goLive.statusLabel).toBe('Passed');
    expect(goLive.signoffs.map((s) => s.function)).toEqual([
      'Legal',
      'Security',
      'Compliance',
      'Operations',
      'Business owner',
    ]);
    const legal = goLive.signoffs[0]!;
    expect(legal.manifestation).toMatchObject({
      printedName: 'Tomas Lindqvist',
      meaning: 'Approval',
    });
    expect(legal.manifestation.signedAt).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\+01:00$/,
    );
    expect(legal.decision).toBe('Approve with conditions');
    expect(legal.conditions.length).toBeGreaterThan(0);
    expect(
      legal.conditions.every((c) => c.status === 'Closed' && c.closure.startsWith('Closed by')),
    ).toBe(true);
    expect(legal.keyFingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(legal.verification.ok).toBe(true);
    expect(legal.flags).toEqual([]);
    expect(legal.answers.length).toBeGreaterThan(0);
    expect(legal.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('marks stale sign-offs and says what changed', async () => {
    const gates = (await modelFor('Customer-support ticket')).gates!;
    const stale = gates.gates.flatMap((g) => g.signoffs).filter((s) => s.flags.includes('Stale'));
    expect(stale.length).toBeGreaterThan(0);
    expect(stale[0]!.standing).toMatch(/^STALE: /);
    expect(stale.some((s) => s.changes.length > 0)).toBe(true);
    const superseded = gates.gates
      .flatMap((g) => g.signoffs)
      .filter((s) => s.flags.includes('Superseded'));
    expect(superseded).toHaveLength(1);
    expect(superseded[0]!.function).toBe('Compliance');
  });

  it('marks approvals expired once past the validity period in production', async () => {
    const later = new Date(Date.parse(CONTEXT.generatedAt) + 200 * 86_400_000).toISOString();
    const gates = (await modelFor('Contract review', {}, { generatedAt: later })).gates!;
    const goLive = gates.gates.find((g) => g.name === 'Go live')!;
    expect(goLive.signoffs.every((s) => s.flags.includes('Expired'))).toBe(true);
    expect(goLive.signoffs[0]!.standing).toMatch(
      /EXPIRED: this approval is older than the workspace’s approval validity of 12 months/,
    );
    expect(goLive.explanation.join(' ')).toMatch(/expired/);
  });

  it('marks an administrator override, with its signed justification verified', async () => {
    const model = await modelFor('Motor and home claims');
    const gate = model.gates!.gates[0]!;
    expect(gate.status).toBe('overridden');
    expect(gate.statusLabel).toBe('Overridden by an administrator');
    expect(gate.override).toMatchObject({
      by: 'Helen Marsh',
      justification: OVERRIDE_JUSTIFICATION,
      manifestation: { printedName: 'Helen Marsh', meaning: 'Responsibility' },
      verification: { ok: true },
    });
    expect(gate.facts.find((f) => f.label === 'What the sign-offs alone say')?.value).toBe(
      'In review',
    );
    expect(model.summary!.gates[0]!.status).toBe('Overridden by an administrator');
  });

  it('lists controls and the signed acceptance of a risk with its signer and expiry', async () => {
    const risks = (await modelFor('Motor and home claims')).risks!;
    expect(risks.rows).toHaveLength(4);
    expect(risks.heatMaps.map((h) => h.title)).toEqual([
      'Inherent risk heat map',
      'Residual risk heat map',
    ]);
    expect(risks.heatMaps[1]!.rows).toHaveLength(5);
    expect(risks.controls.map((c) => c.status)).toEqual(['In place', 'Planned']);
    expect(risks.controls[1]!.overdue).toBe(true);
    expect(risks.acceptances).toHaveLength(1);
    expect(risks.acceptances[0]).toMatchObject({
      risk: 'No operational owner for the routing decision',
      manifestation: { printedName: 'Grace Adeyemi', meaning: 'Acceptance of risk' },
      status: 'Accepted',
      verification: { ok: true },
    });
    expect(risks.acceptances[0]!.expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says plainly where nothing is recorded', async () => {
    const model = await modelFor('Radiology worklist');
    expect(model.gates!.statement).toMatch(/No gate review has been opened/);
    expect(model.gates!.gates).toEqual([]);
    expect(model.frameworks!.basis).toMatch(/no checklist item has been answered/);
    expect(model.evidence!.records).toEqual([]);
    expect(model.evidence!.statement).toMatch(/records 0 evidence records/);
    expect(model.system!.points.map((p) => p.point)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(
      model.system!.points.every((p) => p.notRecorded.length > 0 || p.recorded.length > 0),
    ).toBe(true);
    const declaration = model.system!.points.find((p) => p.point === 8)!;
    expect(declaration.notRecorded.join(' ')).toMatch(
      /No EU declaration of conformity is recorded/,
    );
    if (!initiative('Radiology worklist').classification) {
      expect(model.classification!.statement).toMatch(/has not been classified/);
    }
  });

  it('leaves out unchosen sections and filters the audit trail by date', async () => {
    const i = initiative('Contract review');
    const source = await sourceFor(i.id);
    const all = buildInitiativePackModel(source, initiativeSpec(i.id)).audit!;
    const day = all.events[Math.floor(all.events.length / 2)]!.at.slice(0, 10);
    const model = buildInitiativePackModel(
      source,
      initiativeSpec(i.id, { sections: ['audit-trail'], auditFrom: day, auditTo: day }),
    );
    expect(model.summary).toBeNull();
    expect(model.appendix).toBeNull();
    expect(model.meta.sections.filter((s) => s.included).map((s) => s.id)).toEqual(['audit-trail']);
    expect(model.audit!.events.length).toBeGreaterThan(0);
    expect(model.audit!.events.length).toBeLessThan(all.events.length);
    expect(model.audit!.events.every((e) => e.at.startsWith(day))).toBe(true);
    expect(model.audit!.rangeText).toContain(day);
    const none = buildInitiativePackModel(
      source,
      initiativeSpec(i.id, {
        sections: ['audit-trail'],
        auditFrom: '1999-01-01',
        auditTo: '1999-01-31',
      }),
    );
    expect(none.audit!.events).toEqual([]);
    expect(none.audit!.statement).toMatch(
      /^None of the \d+ events about this initiative falls in the chosen range/,
    );
  });

  it('reports a signature that no longer verifies and a broken chain', async () => {
    const i = initiative('Contract review');
    const source = await sourceFor(i.id);
    const [first, ...rest] = source.signoffs.filter((s) => s.initiativeId === i.id);
    const tampered: PackSource = {
      ...source,
      signoffs: [
        { ...first!, comment: `${first!.comment} (edited)` },
        ...rest,
        ...source.signoffs.filter((s) => s.initiativeId !== i.id),
      ],
      chain: {
        ok: false,
        count: 11,
        seq: 12,
        reason: 'hash-mismatch',
        message: 'Event #12 was changed after it was recorded.',
      },
    };
    const model = buildInitiativePackModel(tampered, initiativeSpec(i.id));
    const signoff = model.gates!.gates.flatMap((g) => g.signoffs).find((s) => s.id === first!.id)!;
    expect(signoff.verification.ok).toBe(false);
    expect(signoff.verification.text).toMatch(/^NOT VERIFIED: /);
    expect(model.meta.chain).toMatchObject({ ok: false, brokenAt: 12 });
    expect(model.meta.chain.text).toMatch(/^NOT VERIFIED: the audit chain breaks at event #12/);
  });

  it('hashes the same workspace and options to the same content hash, and different options differently', async () => {
    const i = initiative('Contract review');
    const source = await sourceFor(i.id);
    const a = buildPackModel(source, initiativeSpec(i.id));
    const b = buildPackModel(source, initiativeSpec(i.id));
    const c = buildPackModel(
      source,
      initiativeSpec(i.id, {}, { marking: 'Strictly confidential' }),
    );
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.contentHash).toBe(a.contentHash);
    expect(c.contentHash).not.toBe(a.contentHash);
  });
});

describe('portfolio pack model of the sample workspace', () => {
  it('covers inventory, funnel, stalled, gates, risks and overdue items', async () => {
    const model = buildPortfolioPackModel(await sourceFor(null), portfolioSpec());
    expect(model.inventory!.rows.map((r) => r.title)).toEqual(
      [...initiatives.map((i) => i.title)].sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(model.funnel!.stages.map((s) => s.stage)).toEqual([
      'Idea',
      'Proof of concept',
      'Pilot',
      'Production',
      'Retired',
    ]);
    expect(model.funnel!.stages.reduce((n, s) => n + s.count, 0)).toBe(initiatives.length);
    expect(model.stalled!.rows.map((r) => r.title)).toContain('Motor and home claims categoriser');
    expect(model.gateStatus!.rows).toContainEqual(
      expect.objectContaining({
        initiative: 'Motor and home claims categoriser',
        status: 'Overridden by an administrator',
      }),
    );
    expect(model.riskSummary!.total).toBe(await db.risks.count());
    expect(model.riskSummary!.bands).toEqual(['Critical', 'High', 'Medium', 'Low']);
    expect(model.riskSummary!.totals.reduce((n, t) => n + t, 0)).toBe(model.riskSummary!.total);
    expect(model.overdue!.conditions.length).toBeGreaterThan(0);
    expect(model.overdue!.conditions.every((c) => c.status === 'Overdue')).toBe(true);
    expect(model.appendix!.signers.length).toBeGreaterThan(0);
  });

  it('covers only the chosen initiatives', async () => {
    const chosen = [initiative('Contract review').id, initiative('Invoice').id];
    const spec = portfolioSpec();
    const model = buildPortfolioPackModel(await sourceFor(null), {
      ...spec,
      request: { kind: 'portfolio', initiativeIds: chosen, sections: ['inventory', 'funnel'] },
    });
    expect(model.inventory!.rows.map((r) => r.title)).toEqual([
      'Contract review assistant',
      'Invoice data-extraction pipeline',
    ]);
    expect(model.meta.subject).toMatch(/2 chosen initiatives of the 5/);
    expect(model.stalled).toBeNull();
  });
});
