import { useLiveQuery } from 'dexie-react-hooks';
import { MemberContext, useWorkspace } from '../../app/WorkspaceContext';
import { useSession } from '../../state/sessionStore';
import { AppShell } from '../shell/AppShell';
import { SigningProvider } from '../signing/SigningProvider';
import { LockScreen } from './LockScreen';
import { SignInScreen } from './SignInScreen';
import { useInactivityLock } from './useInactivityLock';

/** Nothing of a workspace is shown until a member has signed in with their passphrase. */
export function SignInGate() {
  const { db, workspace } = useWorkspace();
  const memberId = useSession((s) => s.memberId);
  const locked = useSession((s) => s.locked);
  const lock = useSession((s) => s.lock);
  const member = useLiveQuery(
    async () => (memberId ? ((await db.members.get(memberId)) ?? null) : null),
    [db, memberId],
  );
  const signedIn = Boolean(memberId && member && member.status === 'active');
  useInactivityLock(workspace.settings.inactivityLockMinutes, signedIn && !locked, lock);

  if (!memberId || member === null || member?.status === 'deactivated') return <SignInScreen />;
  if (!member)
    return (
      <p className="loading" role="status">
        Signing in…
      </p>
    );
  return (
    <MemberContext.Provider value={member}>
      <SigningProvider>
        {/* Locked: the screen keeps its state but cannot be seen or reached. */}
        <div
          inert={locked}
          aria-hidden={locked || undefined}
          className={locked ? 'locked-content' : undefined}
        >
          <AppShell />
        </div>
        {locked && <LockScreen member={member} />}
      </SigningProvider>
    </MemberContext.Provider>
  );
}
