import { afterEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../../../shared/auth/signature';
import { testCredential, testTemporaryPassphrase } from '../../test/credentials';
import { expectRefused } from '../../test/expectRefused';
import { signCertification } from '../../test/signCertification';
import { makeTestWorkspace } from '../../test/testWorkspace';
import type { CountersignDb } from '../database';
import { certifySignature } from './certifySignature';
import { execute } from './defineCommand';
import { resetPassphrase } from './resetPassphrase';
import { setMemberStatus } from './setMemberStatus';
import { setOwnPassphrase } from './setOwnPassphrase';
import { updateMember } from './updateMember';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

async function setup(options?: { withKeys?: boolean }) {
  const ws = await makeTestWorkspace(options);
  db = ws.db;
  return ws;
}

function refused(run: () => Promise<unknown>, message: RegExp) {
  return expectRefused(db!, run, message);
}

describe('member administration', () => {
  it('edits a member and records before and after', async () => {
    const { db, administrator, byRole } = await setup();
    const id = byRole['legal-reviewer'];
    await execute(
      db,
      updateMember,
      {
        memberId: id,
        name: 'Lena Legal',
        email: 'lena@example.test',
        title: 'Counsel',
        roles: ['legal-reviewer', 'compliance-reviewer'],
      },
      { memberId: administrator.id },
    );
    expect(await db.members.get(id)).toMatchObject({
      name: 'Lena Legal',
      roles: ['legal-reviewer', 'compliance-reviewer'],
    });
    const event = await db.auditEvents.orderBy('seq').last();
    expect(event).toMatchObject({ action: 'member.update', actor: administrator.id, entityId: id });
  });

  it('never leaves the workspace without an active administrator', async () => {
    const { administrator } = await setup();
    await refused(
      () =>
        execute(
          db!,
          setMemberStatus,
          { memberId: administrator.id, status: 'deactivated', reason: 'Left' },
          { memberId: administrator.id },
        ),
      /last active administrator/,
    );
    await refused(
      () =>
        execute(
          db!,
          updateMember,
          {
            memberId: administrator.id,
            name: 'Ada Admin',
            email: 'ada@example.test',
            title: 'Admin',
            roles: ['program-manager'],
          },
          { memberId: administrator.id },
        ),
      /last active administrator/,
    );
  });

  it('deactivates and reactivates with a reason; a deactivated member can do nothing', async () => {
    const { db, administrator, byRole } = await setup();
    const pm = byRole['program-manager'];
    await execute(
      db,
      setMemberStatus,
      { memberId: pm, status: 'deactivated', reason: 'Left the company' },
      { memberId: administrator.id },
    );
    expect((await db.members.get(pm))?.status).toBe('deactivated');
    await refused(
      () =>
        execute(
          db,
          updateMember,
          { memberId: pm, name: 'X', email: 'x@example.test', roles: ['auditor'] },
          { memberId: pm },
        ),
      /deactivated and cannot make changes/,
    );
    await execute(
      db,
      setMemberStatus,
      { memberId: pm, status: 'active', reason: 'Returned' },
      { memberId: administrator.id },
    );
    expect((await db.members.get(pm))?.status).toBe('active');
  });

  it('refuses a duplicate email on edit', async () => {
    const { administrator, byRole } = await setup();
    await refused(
      () =>
        execute(
          db!,
          updateMember,
          { memberId: byRole.auditor, name: 'A', email: 'ada@example.test', roles: ['auditor'] },
          { memberId: administrator.id },
        ),
      /already belongs to Ada Admin/,
    );
  });
});

describe('passphrases and keys', () => {
  it('a member sets their own passphrase once, creating their signing key', async () => {
    const { db, byRole } = await setup({ withKeys: false });
    const id = byRole['security-reviewer'];
    expect((await db.credentials.get(id))?.kind).toBe('temporary');
    await execute(
      db,
      setOwnPassphrase,
      { memberId: id, credential: await testCredential(id) },
      { memberId: id },
    );
    const member = (await db.members.get(id))!;
    expect(member.keys).toHaveLength(1);
    expect((await db.credentials.get(id))?.kind).toBe('signing-key');
    const event = await db.auditEvents.orderBy('seq').last();
    // The audit trail carries the public key, never the sealed private key.
    expect(JSON.stringify(event)).toContain(member.keys[0]!.publicKey);
    expect(JSON.stringify(event)).not.toContain('ciphertext');
    await refused(
      async () =>
        execute(
          db,
          setOwnPassphrase,
          { memberId: id, credential: await testCredential(id) },
          { memberId: id },
        ),
      /already set/,
    );
  });

  it('nobody sets another member’s passphrase', async () => {
    const { byRole, administrator } = await setup({ withKeys: false });
    const id = byRole['security-reviewer'];
    const credential = await testCredential(id);
    await refused(
      () =>
        execute(
          db!,
          setOwnPassphrase,
          { memberId: id, credential },
          { memberId: administrator.id },
        ),
      /only set their own/,
    );
  });

  it('a reset retires the key; old signatures still verify, and the member chooses a new one', async () => {
    const { db, workspace, administrator, byRole } = await setup();
    const id = byRole['compliance-reviewer'];
    const oldSignature = await signCertification(db, id, workspace.id);
    await execute(db, certifySignature, { signature: oldSignature }, { memberId: id });

    await execute(
      db,
      resetPassphrase,
      { memberId: id, temporaryPassphrase: await testTemporaryPassphrase(), reason: 'Forgotten' },
      { memberId: administrator.id },
    );
    const reset = (await db.members.get(id))!;
    expect(reset.keys.every((k) => k.retiredAt !== null)).toBe(true);
    expect((await db.credentials.get(id))?.kind).toBe('temporary');
    expect(await db.auditEvents.orderBy('seq').last()).toMatchObject({
      action: 'member.resetPassphrase',
      actor: administrator.id,
      reason: 'Forgotten',
    });
    expect(verifySignature(oldSignature, reset.keys).ok).toBe(true);

    await execute(
      db,
      setOwnPassphrase,
      { memberId: id, credential: await testCredential(id, 'a brand new passphrase') },
      { memberId: id },
    );
    const after = (await db.members.get(id))!;
    expect(after.keys).toHaveLength(2);
    expect(after.keys[1]!.fingerprint).not.toBe(after.keys[0]!.fingerprint);
    expect(verifySignature(oldSignature, after.keys).ok).toBe(true);
  });
});

describe('signature certification', () => {
  it('records a valid certification signed by the member', async () => {
    const { db, workspace, byRole } = await setup();
    const id = byRole['operations-reviewer'];
    const signature = await signCertification(db, id, workspace.id);
    await execute(db, certifySignature, { signature }, { memberId: id });
    expect((await db.members.get(id))?.certification).toEqual(signature);
  });

  it('refuses a certification for someone else, another record, or a forged signature', async () => {
    const { workspace, byRole } = await setup();
    const id = byRole['operations-reviewer'];
    const other = byRole['legal-reviewer'];
    const signature = await signCertification(db!, id, workspace.id);
    await refused(
      () => execute(db!, certifySignature, { signature }, { memberId: other }),
      /different record|not one of/,
    );
    await refused(
      () =>
        execute(
          db!,
          certifySignature,
          { signature: { ...signature, contentHash: 'c'.repeat(64) } },
          { memberId: id },
        ),
      /different record/,
    );
    await refused(
      () =>
        execute(
          db!,
          certifySignature,
          { signature: { ...signature, signature: 'd'.repeat(128) } },
          { memberId: id },
        ),
      /does not match/,
    );
  });
});
