import { useLiveQuery } from 'dexie-react-hooks';
import { ROLE_LABELS } from '../../../shared/domain/roles';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useSession } from '../../state/sessionStore';

/**
 * Choose who is working. Passphrases and signing keys come with the members
 * and signatures work; until then this records who acts, never authenticates.
 */
export function MemberPicker() {
  const { db, workspace } = useWorkspace();
  const signIn = useSession((s) => s.signIn);
  const closeWorkspace = useSession((s) => s.closeWorkspace);
  const members = useLiveQuery(
    () => db.members.where('status').equals('active').sortBy('name'),
    [db],
  );
  return (
    <main className="centered">
      <h1>{workspace.name}</h1>
      <h2 id="picker-heading">Who is working?</h2>
      {members === undefined ? (
        <p role="status">Loading members…</p>
      ) : (
        <ul aria-labelledby="picker-heading" className="member-list">
          {members.map((member) => (
            <li key={member.id}>
              <button type="button" className="member-button" onClick={() => signIn(member.id)}>
                <span className="member-name">Continue as {member.name}</span>
                <span className="member-roles">
                  {member.roles.map((r) => ROLE_LABELS[r]).join(', ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button-quiet" onClick={closeWorkspace}>
        Switch workspace
      </button>
    </main>
  );
}
