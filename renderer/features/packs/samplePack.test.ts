import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackModel } from '../../../shared/pack/buildModel';
import { buildInitiativePackModel } from '../../../shared/pack/initiativeModel';
import {
  aggregateDashboard,
  prepareDashboard,
  type Dashboard,
} from '../../../shared/dashboard/buildDashboard';
import { EMPTY_DASHBOARD_FILTER, type DashboardFilter } from '../../../shared/dashboard/filter';
import type { Group } from '../../../shared/dashboard/waitingOn';
import type { PortfolioPackModel } from '../../../shared/pack/model';
import { buildPortfolioPackModel } from '../../../shared/pack/portfolioModel';
import type { PackSource } from '../../../shared/pack/source';
import type { Initiative } from '../../../shared/domain/initiative';
import type { CountersignDb } from '../../db/database';
import { loadStageChanges } from '../dashboard/loadDashboardData';
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

  it('indexes evidence files with their hashes and checks the hashes sign-offs cite', async () => {
    const model = await modelFor('Contract review');
    const evidence = model.evidence!;
    expect(evidence.records.map((r) => [r.name, r.attachedTo, r.status])).toEqual([
      ['DPIA screening DS-0147.md', 'Gate review: Enter pilot', 'Current'],
      ['Threat model - contract review assistant.md', 'Gate review: Enter pilot', 'Current'],
    ]);
    const stored = await db.evidence.toArray();
    for (const record of evidence.records)
      expect(record.sha256).toBe(stored.find((e) => e.name === record.name)!.sha256);
    expect(evidence.files.map((f) => [f.function, f.file, f.check]).sort()).toEqual([
      ['Legal', 'DPIA screening DS-0147.md (version 1)', 'Matches the recorded hash'],
      [
        'Security',
        'Threat model - contract review assistant.md (version 1)',
        'Matches the recorded hash',
      ],
    ]);
    expect(evidence.statement).toMatch(/holds 2 evidence files .*cite 2 files/);
  });

  it('says plainly where nothing is recorded', async () => {
    const model = await modelFor('Radiology worklist');
    expect(model.gates!.statement).toMatch(/No gate review has been opened/);
    expect(model.gates!.gates).toEqual([]);
    expect(model.frameworks!.basis).toMatch(/no checklist item has been answered/);
    expect(model.evidence!.records).toEqual([]);
    expect(model.evidence!.statement).toMatch(/holds 0 evidence files/);
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

/** The Dashboard as the screen builds it (`useDashboard`), at the pack's generation time. */
async function dashboardOf(filter: Partial<DashboardFilter> = {}): Promise<Dashboard> {
  const [workspace, risks, gates, signoffs, members, stageChanges] = await Promise.all([
    db.workspace.toCollection().first(),
    db.risks.toArray(),
    db.gates.toArray(),
    db.signoffs.toArray(),
    db.members.toArray(),
    loadStageChanges(db),
  ]);
  const prepared = prepareDashboard({
    now: new Date(CONTEXT.generatedAt),
    settings: workspace!.settings,
    initiatives: await db.initiatives.toArray(),
    risks,
    gates,
    signoffs,
    members,
  });
  return aggregateDashboard(prepared, {
    stageChanges,
    filter: { ...EMPTY_DASHBOARD_FILTER, ...filter },
  });
}

const groups = (list: readonly Group<unknown>[]) =>
  list.map((g) => ({ label: g.label, count: g.count, pastTarget: g.overdue, oldest: g.oldest }));

/** Every number the pack states for a Dashboard panel is the Dashboard's. */
function expectDashboardNumbers(model: PortfolioPackModel, dashboard: Dashboard) {
  const { funnel, stalled, waitingOn, riskSummary, readiness, costAtScale, inventory } = model;
  expect(inventory!.rows).toHaveLength(dashboard.scope.shown);
  expect(funnel!.total).toBe(dashboard.funnel.total);
  expect(
    funnel!.rows.map((r) => [r.stage, r.current, r.reached, r.conversionRate, r.completedStays]),
  ).toEqual(
    dashboard.funnel.steps.map((s) => [
      s.label,
      s.current,
      s.reached,
      s.conversion?.rate ?? null,
      s.completedStays,
    ]),
  );
  expect(stalled!.candidates).toBe(dashboard.stalled.candidates);
  expect(stalled!.rows.map((r) => [r.title, r.daysInStage, r.gateStatus, r.blocking])).toEqual(
    dashboard.stalled.items.map((i) => [
      i.title,
      i.daysInStage,
      i.gate.statusLabel,
      i.gate.blocking,
    ]),
  );
  expect(waitingOn!.reviews).toHaveLength(dashboard.waitingOn.reviews.length);
  expect(waitingOn!.overdueReviews).toBe(dashboard.waitingOn.overdueReviews);
  expect(waitingOn!.reviews.filter((r) => r.overdue)).toHaveLength(
    dashboard.waitingOn.overdueReviews,
  );
  expect(waitingOn!.byFunction).toEqual(groups(dashboard.waitingOn.byFunction));
  expect(waitingOn!.byReviewer).toEqual(groups(dashboard.waitingOn.byReviewer));
  expect(waitingOn!.conditionsByOwner).toEqual(groups(dashboard.waitingOn.conditionsByOwner));
  expect(waitingOn!.conditions.map((c) => [c.condition, c.daysOverdue])).toEqual(
    dashboard.waitingOn.overdueConditions.map((c) => [c.text, c.daysOverdue]),
  );
  expect(inventory!.rows.reduce((n, r) => n + r.overdueConditions, 0)).toBe(
    dashboard.waitingOn.overdueConditions.length,
  );
  const risk = dashboard.risk;
  expect(riskSummary!.total).toBe(risk.total);
  expect(riskSummary!.byBand.filter((b) => b.band !== null)).toEqual(
    risk.byBand.map((b) => ({ band: b.band, label: b.label, count: b.count })),
  );
  expect(riskSummary!.byCategory).toEqual(
    risk.byCategory.map((c) => ({ category: c.label, count: c.count })),
  );
  expect(riskSummary!.reviewsOverdue).toBe(risk.reviewsOverdue);
  expect(riskSummary!.overdueReviews).toHaveLength(risk.reviewsOverdue);
  expect(riskSummary!.untreated).toBe(risk.untreated);
  expect(riskSummary!.expiringAcceptances.map((a) => a.inDays)).toEqual(
    risk.expiringAcceptances.map((a) => a.inDays),
  );
  expect(riskSummary!.heatMap.rows.map((row) => row.cells.map((c) => c.text))).toEqual(
    risk.heatMapTable.rows.map((row) => row.cells.map((c) => c.text)),
  );
  expect(readiness!.pilots).toBe(dashboard.readiness.pilots);
  expect(readiness!.gaps).toEqual(
    dashboard.readiness.gaps.map((g) => ({
      gap: g.label,
      ready: g.ready,
      inProgress: g.inProgress,
      notStarted: g.notStarted,
    })),
  );
  expect(costAtScale!.projected).toBe(dashboard.cost.projected);
  expect(costAtScale!.withoutProjection).toBe(dashboard.cost.withoutProjection);
  expect(costAtScale!.rows.map((r) => r.title)).toEqual(dashboard.cost.flagged.map((f) => f.title));
}

describe('portfolio pack model of the sample workspace', () => {
  it('reads the stage changes as the Dashboard does', async () => {
    expect((await sourceFor(null)).stageChanges).toEqual(await loadStageChanges(db));
    expect((await sourceFor(null)).stageChanges.length).toBeGreaterThan(0);
  });

  it('states what the Dashboard shows, panel by panel, with the same numbers', async () => {
    const model = buildPortfolioPackModel(await sourceFor(null), portfolioSpec());
    const dashboard = await dashboardOf();
    expectDashboardNumbers(model, dashboard);
    expect(model.meta.filter).toMatchObject({ active: false });
    expect(model.meta.subject).toMatch(/all 5 initiatives in the workspace$/);
    expect(model.inventory!.rows.map((r) => r.title)).toEqual(
      [...initiatives.map((i) => i.title)].sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(model.funnel!.rows.map((s) => s.stage)).toEqual([
      'Idea',
      'Proof of concept',
      'Pilot',
      'Production',
      'Retired',
    ]);
    expect(model.funnel!.rows.reduce((n, s) => n + s.current, 0)).toBe(initiatives.length);
    // The sample moved initiatives through the stages: the funnel has completed stays.
    expect(model.funnel!.rows.some((r) => r.completedStays > 0)).toBe(true);
    expect(model.stalled!.rows.map((r) => r.title)).toContain('Motor and home claims categoriser');
    // The acceptance recorded above changed a risk the reviewers saw: their sign-offs wait again.
    expect(model.waitingOn!.byFunction.map((g) => g.label)).toContain('Legal');
    expect(model.waitingOn!.byReviewer.map((g) => g.label)).toContain('Tomas Lindqvist');
    expect(model.waitingOn!.reviews.map((r) => r.why)).toContain('Changed since signed');
    expect(model.waitingOn!.conditionsByOwner.map((g) => g.label)).toContain('Priya Raman');
    expect(model.riskSummary!.total).toBe(await db.risks.count());
    expect(model.riskSummary!.byBand.map((b) => b.label)).toEqual([
      'Low',
      'Medium',
      'High',
      'Critical',
    ]);
    expect(model.readiness!.pilots).toBe(1);
    expect(model.costAtScale!.rows.map((r) => r.title)).toContain(
      'Customer-support ticket triage assistant',
    );
    expect(model.gateStatus!.rows).toContainEqual(
      expect.objectContaining({
        initiative: 'Motor and home claims categoriser',
        status: 'Overridden by an administrator',
      }),
    );
    expect(model.appendix!.signers.length).toBeGreaterThan(0);
  });

  it('applies the Dashboard’s business-unit filter to every section, and states it', async () => {
    const spec = portfolioSpec(
      {},
      { filter: { ...EMPTY_DASHBOARD_FILTER, businessUnit: 'Claims' } },
    );
    const model = buildPortfolioPackModel(await sourceFor(null), spec);
    const dashboard = await dashboardOf({ businessUnit: 'Claims' });
    expect(dashboard.scope.shown).toBe(1);
    expectDashboardNumbers(model, dashboard);
    expect(model.meta.filter).toEqual({
      active: true,
      text: 'Business unit: Claims',
      fields: [
        { label: 'Business unit', value: 'Claims' },
        { label: 'Owner', value: 'Anyone' },
        { label: 'EU AI Act tier', value: 'Any' },
      ],
    });
    expect(model.meta.subject).toMatch(
      /1 initiative of the 5 in the workspace, filtered to Business unit: Claims$/,
    );
    expect(model.inventory!.rows.map((r) => r.title)).toEqual([
      'Motor and home claims categoriser',
    ]);
    // Narrower than the whole portfolio, panel by panel.
    const whole = await dashboardOf();
    expect(model.riskSummary!.total).toBeLessThan(whole.risk.total);
    expect(model.readiness!.statement).toBe('No initiative covered is in pilot.');
    expect(model.costAtScale!.rows).toEqual([]);
    expect(model.waitingOn!.conditionsStatement).toMatch(/^No sign-off condition is overdue/);
    expect(model.appendix!.commands.map((c) => c.command)).toContain(
      'npx countersign pack --workspace <workspace backup>.csbackup --portfolio --business-unit Claims --out <file>.docx',
    );
  });

  it('says so plainly when no initiative matches the filters', async () => {
    const spec = portfolioSpec({}, { filter: { ...EMPTY_DASHBOARD_FILTER, tier: 'prohibited' } });
    const model = buildPortfolioPackModel(await sourceFor(null), spec);
    expect(model.inventory!.rows).toEqual([]);
    expect(model.inventory!.statement).toBe('No initiative is covered: none matches the filters.');
    expect(model.funnel!.statement).toBe('No initiative is covered, so the funnel is empty.');
    expect(model.stalled!.statement).toMatch(/^No initiative covered is in proof of concept/);
    expect(model.waitingOn!.statement).toMatch(/^No review is waiting/);
    expect(model.riskSummary!.statement).toBe('No risk is recorded for the initiatives covered.');
    expect(model.readiness!.statement).toBe('No initiative covered is in pilot.');
    expect(model.costAtScale!.statement).toMatch(/^No projected cost is flagged among the 0/);
    expect(model.gateStatus!.statement).toBe(
      'No gate review has been opened for any initiative covered.',
    );
  });

  it('covers only the chosen initiatives', async () => {
    const chosen = [initiative('Contract review').id, initiative('Invoice').id];
    const model = buildPortfolioPackModel(
      await sourceFor(null),
      portfolioSpec({}, { initiativeIds: chosen, sections: ['inventory', 'funnel'] }),
    );
    expect(model.inventory!.rows.map((r) => r.title)).toEqual([
      'Contract review assistant',
      'Invoice data-extraction pipeline',
    ]);
    expect(model.meta.subject).toMatch(/2 chosen initiatives of the 5/);
    expect(model.stalled).toBeNull();
    expect(model.waitingOn).toBeNull();
  });
});
