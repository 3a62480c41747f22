import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  CERTIFICATION_RECORD_KIND,
  certificationContentHash,
} from '../../../shared/auth/certification';
import { formatFingerprint } from '../../../shared/auth/credential';
import { currentKey } from '../../../shared/auth/memberKey';
import type { Member } from '../../../shared/domain/member';
import { rolesGrant } from '../../../shared/domain/permissions';
import { ROLE_LABELS } from '../../../shared/domain/roles';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { SignatureBadge } from '../signing/SignatureBadge';
import { AddMemberDialog } from './AddMemberDialog';
import { EditMemberDialog } from './EditMemberDialog';
import { MemberStatusDialog } from './MemberStatusDialog';
import { ResetPassphraseDialog } from './ResetPassphraseDialog';

type Action = { kind: 'edit' | 'reset' | 'status'; member: Member } | null;

export function MembersScreen() {
  const { db, workspace } = useWorkspace();
  const me = useMember();
  const members = useLiveQuery(() => db.members.orderBy('email').toArray(), [db]);
  const [adding, setAdding] = useState(false);
  const [action, setAction] = useState<Action>(null);
  const canManage = rolesGrant(me.roles, 'member.manage');
  const close = () => setAction(null);

  return (
    <section aria-labelledby="members-heading" className="screen">
      <div className="screen-header">
        <h1 id="members-heading">Members</h1>
        {canManage && (
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
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
            <th scope="col">Signing key</th>
            <th scope="col">Signature certification</th>
            {canManage && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {(members ?? []).map((m) => {
            const key = currentKey(m.keys);
            return (
              <tr key={m.id}>
                <th scope="row">
                  {m.name}
                  {m.title && <span className="muted block">{m.title}</span>}
                </th>
                <td>{m.email}</td>
                <td>{m.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
                <td>{m.status === 'active' ? 'Active' : 'Deactivated'}</td>
                <td className="mono">
                  {key ? (
                    formatFingerprint(key.fingerprint)
                  ) : (
                    <span className="muted">Passphrase not chosen yet</span>
                  )}
                </td>
                <td>
                  {m.certification ? (
                    <SignatureBadge
                      signature={m.certification}
                      keys={m.keys}
                      expected={{
                        recordKind: CERTIFICATION_RECORD_KIND,
                        recordId: m.id,
                        contentHash: certificationContentHash(m.id, workspace.id),
                        signerId: m.id,
                      }}
                    />
                  ) : (
                    <span className="muted">Not certified</span>
                  )}
                </td>
                {canManage && (
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button-secondary"
                      aria-label={`Edit ${m.name}`}
                      onClick={() => setAction({ kind: 'edit', member: m })}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button-secondary"
                      aria-label={`Reset passphrase for ${m.name}`}
                      onClick={() => setAction({ kind: 'reset', member: m })}
                    >
                      Reset passphrase
                    </button>
                    <button
                      type="button"
                      className="button-secondary"
                      aria-label={`${m.status === 'active' ? 'Deactivate' : 'Reactivate'} ${m.name}`}
                      onClick={() => setAction({ kind: 'status', member: m })}
                    >
                      {m.status === 'active' ? 'Deactivate' : 'Reactivate'}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <AddMemberDialog open={adding} onClose={() => setAdding(false)} />
      <EditMemberDialog member={action?.kind === 'edit' ? action.member : null} onClose={close} />
      <ResetPassphraseDialog
        member={action?.kind === 'reset' ? action.member : null}
        onClose={close}
      />
      <MemberStatusDialog
        member={action?.kind === 'status' ? action.member : null}
        onClose={close}
      />
    </section>
  );
}
