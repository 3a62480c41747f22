import { ROLES, type Role } from '../../shared/domain/roles';
import { CountersignDb } from '../db/database';
import { addMember } from '../db/commands/addMember';
import { createWorkspace } from '../db/commands/createWorkspace';
import { execute } from '../db/commands/defineCommand';
import { newId } from '../db/ids';

/** A fresh workspace with one member per role, for command tests. */
export async function makeTestWorkspace() {
  const db = new CountersignDb(`test-${newId()}`);
  const { workspace, administrator } = await createWorkspace(db, {
    workspaceId: newId(),
    name: 'Test workspace',
    administrator: {
      memberId: newId(),
      name: 'Ada Admin',
      email: 'ada@example.test',
      title: 'Admin',
    },
  });
  const byRole = { administrator: administrator.id } as Record<Role, string>;
  for (const role of ROLES) {
    if (role === 'administrator') continue;
    const member = await execute(
      db,
      addMember,
      { name: `Member ${role}`, email: `${role}@example.test`, roles: [role] },
      { memberId: administrator.id },
    );
    byRole[role] = member.id;
  }
  return { db, workspace, administrator, byRole };
}

/** Every row of every table, to prove a refused command changed nothing. */
export async function snapshot(db: CountersignDb): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return JSON.stringify(tables);
}
