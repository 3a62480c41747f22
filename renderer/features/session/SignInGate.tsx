import { useLiveQuery } from 'dexie-react-hooks';
import { MemberContext, useWorkspace } from '../../app/WorkspaceContext';
import { useSession } from '../../state/sessionStore';
import { AppShell } from '../shell/AppShell';
import { MemberPicker } from './MemberPicker';

/** Nothing of a workspace is shown until someone has chosen who they are. */
export function SignInGate() {
  const { db } = useWorkspace();
  const memberId = useSession((s) => s.memberId);
  const member = useLiveQuery(
    async () => (memberId ? ((await db.members.get(memberId)) ?? null) : null),
    [db, memberId],
  );
  if (!memberId || member === null || member?.status === 'deactivated') return <MemberPicker />;
  if (!member)
    return (
      <p className="loading" role="status">
        Signing in…
      </p>
    );
  return (
    <MemberContext.Provider value={member}>
      <AppShell />
    </MemberContext.Provider>
  );
}
