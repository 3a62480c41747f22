import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { rolesGrant } from '../../../shared/domain/permissions';
import { ROLE_LABELS } from '../../../shared/domain/roles';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { AddMemberDialog } from './AddMemberDialog';

export function MembersScreen() {
  const { db } = useWorkspace();
  const me = useMember();
  const members = useLiveQuery(() => db.members.orderBy('email').toArray(), [db]);
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="members-heading" className="screen">
      <div className="screen-header">
        <h1 id="members-heading">Members</h1>
        {rolesGrant(me.roles, 'member.manage') && (
          <button type="button" onClick={() => setAdding(true)}>
            Add member
          </button>
        )}
      </div>
      <table className="table">
        <caption className="visually-hidden">Members of this workspace</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Title</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {(members ?? []).map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              <td>{m.email}</td>
              <td>{m.title}</td>
              <td>{m.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
              <td>{m.status === 'active' ? 'Active' : 'Deactivated'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddMemberDialog open={adding} onClose={() => setAdding(false)} />
    </section>
  );
}
