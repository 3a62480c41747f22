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
import { unlockCredential } from '../../../shared/auth/credential';
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
    return { db, workspace, memberId, stored, events };
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
    // One command, one time: only creating the workspace writes two events (workspace, administrator).
    expect(times.slice(2).every((t, i) => t > times[i + 1]!)).toBe(true);
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
