import { afterEach, describe, expect, it } from 'vitest';
import content from '../../../assets/sample-workspace.json';
import { verifyChain } from '../../../shared/audit/verifyChain';
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

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('replaySample', () => {
  it('builds the sample through commands, with a chain that verifies', async () => {
    db = new CountersignDb(`sample-${newId()}`);
    const now = new Date('2026-11-22T12:00:00Z');
    const workspace = await replaySample(db, content, now, SAMPLE_KEYS);
    expect(workspace.sample).toBe(true);
    expect(await db.members.count()).toBe(content.members.length);
    expect(await db.initiatives.count()).toBe(content.initiatives.length);
    expect(await db.risks.count()).toBe(content.risks.length);

    const events = await db.auditEvents.orderBy('seq').toArray();
    expect(verifyChain(events)).toMatchObject({ ok: true, count: events.length });
    const times = events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
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

  it('refuses content that does not match the sample format, writing nothing', async () => {
    db = new CountersignDb(`sample-${newId()}`);
    const before = await snapshot(db);
    await expect(
      replaySample(db, { ...content, formatVersion: 2 }, new Date(), SAMPLE_KEYS),
    ).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
  });
});
