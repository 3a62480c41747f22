import { afterEach, describe, expect, it } from 'vitest';
import content from '../../../assets/sample-workspace.json';
import { verifyChain } from '../../../shared/audit/verifyChain';
import type { Initiative } from '../../../shared/domain/initiative';
import { GAPS } from '../../../shared/domain/readiness';
import { classifyEuAiAct } from '../../../shared/euAiAct/classify';
import { sampleContentSchema, type SampleInitiative } from '../../../shared/sample/sampleContent';
import { CountersignDb } from '../../db/database';
import { newId } from '../../db/ids';
import { snapshot } from '../../test/testWorkspace';
import { randomBytes } from '@noble/hashes/utils.js';
import {
  CERTIFICATION_RECORD_KIND,
  certificationContentHash,
} from '../../../shared/auth/certification';
import { unlockCredential } from '../../../shared/auth/credential';
import { verifySignature } from '../../../shared/auth/signature';
import { dateOnly } from '../../../shared/domain/calendar';
import { conditionsOf } from '../../../shared/gates/conditions';
import { evaluateGate } from '../../../shared/gates/evaluateGate';
import type { Gate } from '../../../shared/gates/gate';
import { currentSignoffs } from '../../../shared/gates/outcome';
import { reviewQueue } from '../../../shared/gates/reviewQueue';
import {
  SIGNOFF_RECORD_KIND,
  meaningOf,
  signedContentOf,
  signoffContentHash,
} from '../../../shared/gates/signoff';
import { TEST_KDF_COST } from '../../test/credentials';
import { replaySample } from './replaySample';

const SAMPLE_KEYS = {
  passphrase: 'demo passphrase here',
  random: randomBytes,
  cost: TEST_KDF_COST,
};

const sample = sampleContentSchema.parse(content);
const DAY_MS = 86_400_000;

/** What the sample says the profile is once every change has been replayed. */
function expectedProfile(item: SampleInitiative) {
  const { daysAgo: _daysAgo, byKey: _byKey, ...first } = item.profile!;
  return (item.profileChanges ?? []).reduce(
    (current, { changes: { aiSystem, ...rest } }) => ({
      ...current,
      ...rest,
      aiSystem: { ...current.aiSystem, ...aiSystem },
    }),
    first,
  );
}

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('replaySample', () => {
  // Each test replays into its own database (well under a second with the cheap KDF).
  const now = new Date('2026-11-22T12:00:00Z');
  async function replayed() {
    db = new CountersignDb(`sample-${newId()}`);
    const workspace = await replaySample(db, content, now, SAMPLE_KEYS);
    const members = await db.members.toArray();
    const memberId = (key: string) => {
      const email = sample.members.find((m) => m.key === key)!.email;
      return members.find((m) => m.email === email)!.id;
    };
    const initiatives = await db.initiatives.toArray();
    const stored = (item: SampleInitiative): Initiative =>
      initiatives.find((i) => i.title === item.title)!;
    const events = await db.auditEvents.orderBy('seq').toArray();
    const gates = await db.gates.toArray();
    const signoffs = await db.signoffs.toArray();
    const risks = await db.risks.toArray();
    /** The initiative's gate reviews from one template, oldest first. */
    const gatesOf = (key: string, templateId: string): Gate[] => {
      const initiative = stored(sample.initiatives.find((i) => i.key === key)!);
      return gates
        .filter((g) => g.initiativeId === initiative.id && g.template.id === templateId)
        .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    };
    /** A gate as the app shows it today. */
    const evaluate = (gate: Gate) =>
      evaluateGate({
        gate,
        signoffs: signoffs.filter((s) => s.gateId === gate.id),
        initiative: initiatives.find((i) => i.id === gate.initiativeId)!,
        risks: risks.filter((r) => r.initiativeId === gate.initiativeId),
        memberName: (id) => members.find((m) => m.id === id)?.name ?? 'Unknown member',
        now,
        approvalValidityMonths: workspace.settings.approvalValidityMonths,
      });
    return { db, workspace, members, memberId, stored, events, gates, signoffs, gatesOf, evaluate };
  }

  it('builds the sample through commands, with a chain that verifies', async () => {
    const { db, workspace, events } = await replayed();
    expect(workspace.sample).toBe(true);
    expect(await db.members.count()).toBe(content.members.length);
    expect(await db.initiatives.count()).toBe(content.initiatives.length);
    expect(await db.risks.count()).toBe(content.risks.length);

    expect(verifyChain(events)).toMatchObject({ ok: true, count: events.length });
    const times = events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    // One command, one time: only creating the workspace writes two events (workspace,
    // administrator), and a gated stage change marks its gate as used at the same moment.
    const commandTimes = events.slice(1).filter((e) => e.action !== 'gate.use');
    expect(commandTimes.every((e, i) => i === 0 || e.at > commandTimes[i - 1]!.at)).toBe(true);
    const uses = events.filter((e) => e.action === 'gate.use');
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const use of uses) {
      const previous = events[events.indexOf(use) - 1]!;
      expect(previous.action).toBe('initiative.changeStage');
      expect(previous.at).toBe(use.at);
    }
    expect(times.every((t) => t < now.toISOString())).toBe(true);

    // Every member can sign in with the demo passphrase and holds one current signing key.
    for (const member of await db.members.toArray()) {
      const credential = await db.credentials.get(member.id);
      expect(credential?.kind).toBe('signing-key');
      if (credential?.kind === 'signing-key') {
        await expect(
          unlockCredential(credential.envelope, 'demo passphrase here', member.id),
        ).resolves.toHaveLength(32);
      }
      expect(member.keys.filter((k) => k.retiredAt === null)).toHaveLength(1);
    }

    const claims = (await db.initiatives.toArray()).find((i) => /claims/i.test(i.title))!;
    expect(claims.stage).toBe('proof-of-concept');
    const monthsInStage = (now.getTime() - Date.parse(claims.stageEnteredAt)) / (30 * 86_400_000);
    expect(monthsInStage).toBeGreaterThan(7.9);
  });

  it('certifies every member’s e-signature right after they choose their passphrase', async () => {
    const { workspace, members, events } = await replayed();
    expect(members).toHaveLength(content.members.length);
    for (const member of members) {
      expect(member.certification, member.name).not.toBeNull();
      const check = verifySignature(member.certification, member.keys, {
        recordKind: CERTIFICATION_RECORD_KIND,
        recordId: member.id,
        contentHash: certificationContentHash(member.id, workspace.id),
        signerId: member.id,
      });
      expect(check.ok, member.name).toBe(true);
      expect(member.certification).toMatchObject({
        meaning: 'responsibility',
        printedName: member.name,
      });
      // Certified right after the member's key was created (on joining, or choosing a passphrase).
      const own = events.filter((e) => e.entityId === member.id);
      const keyed = own.findLastIndex(
        (e) => e.action === 'member.create' || e.action === 'member.setPassphrase',
      );
      expect(own[keyed + 1]?.action, member.name).toBe('member.certifySignature');
      expect(events[events.indexOf(own[keyed]!) + 1], member.name).toBe(own[keyed + 1]);
    }
    const lastCertification = events.findLastIndex((e) => e.action === 'member.certifySignature');
    const firstInitiative = events.findIndex((e) => e.action === 'initiative.create');
    expect(lastCertification).toBeLessThan(firstInitiative);
  });

  it('signs every gate sign-off as the app does: each signature verifies against its content', async () => {
    const { members, signoffs, gatesOf } = await replayed();
    const contractPilot = gatesOf('contract-review', 'enter-pilot');
    const triagePilot = gatesOf('ticket-triage', 'enter-pilot');
    expect(contractPilot).toHaveLength(1);
    expect(triagePilot).toHaveLength(1);
    const reviewed = [...contractPilot, ...triagePilot].map((g) => g.id);
    // Legal, compliance, security and operations signed both, each as themselves.
    for (const gateId of reviewed) {
      const functions = signoffs.filter((s) => s.gateId === gateId).map((s) => s.function);
      expect(new Set(functions)).toEqual(
        new Set(['legal', 'compliance', 'security', 'operations']),
      );
    }
    expect(signoffs.length).toBe(
      sample.initiatives.flatMap((i) => i.gates ?? []).flatMap((g) => g.signoffs).length,
    );
    for (const signoff of signoffs) {
      const reviewer = members.find((m) => m.id === signoff.reviewerId)!;
      const check = verifySignature(signoff.signature, reviewer.keys, {
        recordKind: SIGNOFF_RECORD_KIND,
        recordId: signoff.id,
        contentHash: signoffContentHash(signedContentOf(signoff)),
        signerId: reviewer.id,
      });
      expect(check.ok, `${reviewer.name} ${signoff.function}`).toBe(true);
      expect(signoff.signature.meaning).toBe(meaningOf(signoff.decision));
      expect(signoff.signature.printedName).toBe(reviewer.name);
      expect(Date.parse(signoff.signature.signedAt)).toBe(Date.parse(signoff.recordedAt));
    }
  });

  it('moves the contract review assistant and ticket triage on the strength of passed gates', async () => {
    const { stored, gatesOf, evaluate, events } = await replayed();
    const contract = stored(sample.initiatives.find((i) => i.key === 'contract-review')!);
    expect(contract.stage).toBe('production');
    for (const templateId of ['enter-pilot', 'go-live']) {
      const [gate] = gatesOf('contract-review', templateId);
      expect(gate?.usedAt, templateId).not.toBeNull();
      expect(evaluate(gate!).outcome.status, templateId).toBe('passed');
    }
    const goLive = evaluate(gatesOf('contract-review', 'go-live')[0]!);
    expect(goLive.outcome.functions.map((f) => f.function)).toContain('business-owner');

    const [triageGate] = gatesOf('ticket-triage', 'enter-pilot');
    expect(triageGate?.usedAt).not.toBeNull();
    const enteredPilot = events.find(
      (e) => e.action === 'gate.use' && e.entityId === triageGate!.id,
    );
    expect(enteredPilot?.at).toBe(triageGate!.usedAt);
  });

  it('leaves the claims categoriser’s pilot review with changes requested, waiting on compliance and operations', async () => {
    const { gatesOf, evaluate, members, stored } = await replayed();
    const [gate] = gatesOf('claims-categoriser', 'enter-pilot');
    expect(gate?.usedAt).toBeNull();
    const evaluation = evaluate(gate!);
    expect(evaluation.outcome.status).toBe('changes-requested');
    const byFunction = new Map(evaluation.outcome.functions.map((f) => [f.function, f]));
    expect(byFunction.get('security')?.changesRequestedBy).toEqual(['Marcus Webb']);
    expect(byFunction.get('legal')?.met).toBe(true);
    expect(evaluation.signoffs.map((v) => v.signoff.function).sort()).toEqual([
      'legal',
      'security',
    ]);
    // The compliance and operations reviewers find it in their queues, overdue.
    const claims = stored(sample.initiatives.find((i) => i.key === 'claims-categoriser')!);
    for (const role of ['compliance-reviewer', 'operations-reviewer'] as const) {
      const reviewer = members.find((m) => m.roles.includes(role))!;
      const queue = reviewQueue({
        member: reviewer,
        gates: [{ evaluation, initiative: claims }],
        now,
        targetWorkingDays: 10,
      });
      expect(queue, role).toHaveLength(1);
      expect(queue[0]).toMatchObject({ reason: 'awaiting', overdue: true });
    }
  });

  it('shows ticket triage’s pilot sign-offs as stale after the model upgrade', async () => {
    const { gatesOf, evaluate } = await replayed();
    const evaluation = evaluate(gatesOf('ticket-triage', 'enter-pilot')[0]!);
    const stale = evaluation.signoffs.filter((v) => v.current && v.standing.stale);
    expect(stale.map((v) => v.signoff.function).sort()).toEqual([
      'legal',
      'operations',
      'security',
    ]);
    for (const view of stale) {
      // The version is what changed, nothing else.
      expect(view.changes.map((c) => c.field)).toEqual(['aiSystem.version']);
    }
    expect(evaluation.outcome.staleSignoffIds).toHaveLength(3);
    // Compliance signed again for the new version; its first sign-off is superseded.
    const compliance = evaluation.signoffs.filter((v) => v.signoff.function === 'compliance');
    expect(compliance.map((v) => [v.current, v.standing.stale])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('has exactly one open approval condition that is overdue, and closed the others', async () => {
    const { signoffs, memberId, gatesOf } = await replayed();
    const conditions = conditionsOf(currentSignoffs(signoffs), dateOnly(now));
    const overdue = conditions.filter((c) => c.overdue);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.ownerId).toBe(memberId('priya-raman'));
    expect(overdue[0]!.gateId).toBe(gatesOf('ticket-triage', 'enter-pilot')[0]!.id);
    // The others were closed by their owner, after the approval and before they fell due.
    const closed = conditionsOf(signoffs, dateOnly(now)).filter((c) => c.closure !== null);
    expect(closed).toHaveLength(2);
    for (const condition of closed) {
      const signoff = signoffs.find((s) => s.id === condition.signoffId)!;
      expect(condition.closure!.closedBy).toBe(condition.ownerId);
      expect(condition.closure!.closedAt > signoff.recordedAt).toBe(true);
      expect(condition.closure!.closedAt.slice(0, 10) <= condition.dueOn).toBe(true);
    }
  });

  it('stores the profiles, classifications, business cases and readiness of the sample', async () => {
    const { stored, memberId, events } = await replayed();
    for (const item of sample.initiatives) {
      const initiative = stored(item);
      expect(initiative, item.key).toBeDefined();

      expect(initiative, item.key).toMatchObject(expectedProfile(item));

      const { answers, byKey, daysAgo } = item.classification!;
      const expected = classifyEuAiAct(answers);
      expect(initiative.classification, item.key).toMatchObject({
        answers,
        tier: expected.tier,
        articles: expected.articles,
        reasons: expected.reasons,
        classifiedBy: memberId(byKey),
      });
      const classifiedDaysAgo =
        (now.getTime() - Date.parse(initiative.classification!.classifiedAt)) / DAY_MS;
      expect(Math.round(classifiedDaysAgo), item.key).toBe(daysAgo);
      // A material change after classifying sends the classification back for review.
      const changedSince = (item.profileChanges ?? []).some((c) => c.daysAgo < daysAgo);
      expect(initiative.classification!.needsReview, item.key).toBe(changedSince);

      expect(initiative.businessCase, item.key).toEqual({
        kpis: item.businessCase!.kpis,
        cost: item.businessCase!.cost,
      });

      for (const gap of GAPS) {
        const { status, notes, ownerKey } = item.readiness!.gaps[gap];
        expect(initiative.readiness[gap], `${item.key} ${gap}`).toEqual({
          status,
          notes,
          ownerId: ownerKey === null ? null : memberId(ownerKey),
        });
      }
    }

    const count = (action: string) => events.filter((e) => e.action === action).length;
    const profileRecords = sample.initiatives.reduce(
      (n, item) => n + (item.profile ? 1 : 0) + (item.profileChanges?.length ?? 0),
      0,
    );
    expect(count('initiative.update')).toBe(profileRecords);
    expect(count('initiative.classify')).toBe(sample.initiatives.length);
    expect(count('initiative.updateBusinessCase')).toBe(sample.initiatives.length);
    expect(count('initiative.updateReadiness')).toBe(sample.initiatives.length);
  });

  it('classifies the five initiatives across three tiers, radiology high-risk', async () => {
    const { stored } = await replayed();
    const tiers = new Map(
      sample.initiatives.map((item) => [item.key, stored(item).classification?.tier]),
    );
    expect(tiers.get('radiology-triage')).toBe('high-risk');
    expect(tiers.get('ticket-triage')).toBe('limited-risk');
    expect(tiers.get('claims-categoriser')).toBe('minimal-risk');
    expect(new Set(tiers.values()).size).toBe(3);
  });

  it('records the ticket triage model upgrade, with its reason, in the audit trail', async () => {
    const { stored, memberId, events } = await replayed();
    const item = sample.initiatives.find((i) => i.key === 'ticket-triage')!;
    const [upgrade] = item.profileChanges!;
    const initiative = stored(item);
    const updates = events.filter(
      (e) => e.action === 'initiative.update' && e.entityId === initiative.id,
    );
    // First recording needs no reason; the upgrade carries one.
    expect(updates.map((e) => e.reason)).toEqual([null, upgrade!.reason]);
    const event = updates[1]!;
    expect(event.actor).toBe(memberId(upgrade!.byKey));
    const version = (value: unknown) => (value as Initiative).aiSystem.version;
    expect(version(event.before)).toBe(item.profile!.aiSystem.version);
    expect(version(event.after)).toBe(upgrade!.changes.aiSystem!.version);
    expect(Math.round((now.getTime() - Date.parse(event.at)) / DAY_MS)).toBe(30);
    expect(initiative.aiSystem.version).toBe(upgrade!.changes.aiSystem!.version);
  });

  it('refuses content that does not match the sample format, writing nothing', async () => {
    db = new CountersignDb(`sample-${newId()}`);
    const before = await snapshot(db);
    await expect(
      replaySample(db, { ...content, formatVersion: 1 }, new Date(), SAMPLE_KEYS),
    ).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
  });
});
