import { afterEach, describe, expect, it } from 'vitest';
import type { CountersignDb } from '../../db/database';
import { TEST_PASSPHRASE } from '../../test/credentials';
import { makeTestWorkspace } from '../../test/testWorkspace';
import { LOCKOUT_THRESHOLD, lockoutDelayMs, readLockout } from './lockout';
import { attemptSignIn, passphraseProblem } from './signInActions';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('attemptSignIn', () => {
  it('signs in with the right passphrase and records it', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    expect(await attemptSignIn(db, ws.administrator.id, TEST_PASSPHRASE)).toEqual({
      ok: true,
      next: 'signed-in',
    });
    expect(await db.auditEvents.orderBy('seq').last()).toMatchObject({
      action: 'session.signed-in',
      actor: ws.administrator.id,
      entity: 'session',
    });
  });

  it('refuses a wrong passphrase with a message and audits the failure', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    expect(await attemptSignIn(db, ws.administrator.id, 'not the passphrase')).toEqual({
      ok: false,
      message: 'That passphrase is not correct.',
      retryAt: null,
    });
    expect(await db.auditEvents.orderBy('seq').last()).toMatchObject({ action: 'session.failed' });
  });

  it('makes sign-in wait after five failures in a row, growing with each further one', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    const id = ws.administrator.id;
    let clock = new Date('2030-01-01T10:00:00Z');
    const now = () => clock;
    for (let i = 1; i < LOCKOUT_THRESHOLD; i += 1) {
      expect((await attemptSignIn(db, id, 'wrong passphrase!', 'sign-in', now)).ok).toBe(false);
    }
    const fifth = await attemptSignIn(db, id, 'wrong passphrase!', 'sign-in', now);
    expect(fifth).toMatchObject({
      ok: false,
      message: 'Too many failed attempts. Try again in 30 seconds.',
    });

    // While waiting, even the right passphrase is not checked, and nothing is recorded.
    const events = await db.auditEvents.count();
    expect(await attemptSignIn(db, id, TEST_PASSPHRASE, 'sign-in', now)).toMatchObject({
      ok: false,
    });
    expect(await db.auditEvents.count()).toBe(events);

    clock = new Date(clock.getTime() + 31_000);
    expect(await attemptSignIn(db, id, 'wrong again!!', 'sign-in', now)).toMatchObject({
      message: 'Too many failed attempts. Try again in 60 seconds.',
    });
    clock = new Date(clock.getTime() + 61_000);
    expect(await attemptSignIn(db, id, TEST_PASSPHRASE, 'sign-in', now)).toEqual({
      ok: true,
      next: 'signed-in',
    });
    expect(await readLockout(db, id, clock)).toEqual({ consecutiveFailures: 0, retryAt: null });
  });

  it('sends a member with a temporary passphrase on to choose their own', async () => {
    const ws = await makeTestWorkspace({ withKeys: false });
    db = ws.db;
    const id = ws.byRole['legal-reviewer'];
    expect(await attemptSignIn(db, id, 'temporary passphrase')).toEqual({
      ok: true,
      next: 'choose-passphrase',
    });
    expect((await attemptSignIn(db, id, TEST_PASSPHRASE)).ok).toBe(false);
  });

  it('unlocking records its own outcome', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    await attemptSignIn(db, ws.administrator.id, 'wrong passphrase!', 'unlock');
    expect(await db.auditEvents.orderBy('seq').last()).toMatchObject({
      action: 'session.unlock-failed',
    });
    await attemptSignIn(db, ws.administrator.id, TEST_PASSPHRASE, 'unlock');
    expect(await db.auditEvents.orderBy('seq').last()).toMatchObject({
      action: 'session.unlocked',
    });
  });
});

describe('lockout policy', () => {
  it('waits 30 s after the fifth failure, doubling, at most 15 minutes', () => {
    expect([4, 5, 6, 7, 20].map(lockoutDelayMs)).toEqual([0, 30_000, 60_000, 120_000, 900_000]);
  });
});

describe('passphraseProblem', () => {
  it('needs twelve characters and a matching confirmation', () => {
    expect(passphraseProblem('short', 'short')).toMatch(/at least 12/);
    expect(passphraseProblem('long enough phrase', 'long enough phrase!')).toMatch(/do not match/);
    expect(passphraseProblem('long enough phrase', 'long enough phrase')).toBeNull();
  });
});
