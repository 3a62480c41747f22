import { ROLES, type Role } from '../../shared/domain/roles';
import { CountersignDb } from '../db/database';
import { addMember } from '../db/commands/addMember';
import { createWorkspace } from '../db/commands/createWorkspace';
import { execute } from '../db/commands/defineCommand';
import { setOwnPassphrase } from '../db/commands/setOwnPassphrase';
import { newId } from '../db/ids';
import { testCredential, testTemporaryPassphrase } from './credentials';

/**
 * A fresh workspace with one member per role, for command tests. Every member
 * has chosen their passphrase (TEST_PASSPHRASE) unless `withKeys` is false.
 */
export async function makeTestWorkspace({ withKeys = true } = {}) {
  const db = new CountersignDb(`test-${newId()}`);
  const adminId = newId();
  const { workspace, administrator } = await createWorkspace(db, {
    workspaceId: newId(),
    name: 'Test workspace',
    administrator: {
      memberId: adminId,
      name: 'Ada Admin',
      email: 'ada@example.test',
      title: 'Admin',
      credential: await testCredential(adminId),
    },
  });
  const temporaryPassphrase = await testTemporaryPassphrase();
  const byRole = { administrator: administrator.id } as Record<Role, string>;
  for (const role of ROLES) {
    if (role === 'administrator') continue;
    const member = await execute(
      db,
      addMember,
      { name: `Member ${role}`, email: `${role}@example.test`, roles: [role], temporaryPassphrase },
      { memberId: administrator.id },
    );
    if (withKeys) {
      await execute(
        db,
        setOwnPassphrase,
        { memberId: member.id, credential: await testCredential(member.id) },
        { memberId: member.id },
      );
    }
    byRole[role] = member.id;
  }
  return { db, workspace, administrator, byRole, temporaryPassphrase };
}

/** Every row of every table, to prove a refused command changed nothing. */
export async function snapshot(db: CountersignDb): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return JSON.stringify(tables);
}
