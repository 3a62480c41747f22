import { useId } from 'react';
import type { Member } from '../../../shared/domain/member';
import { useSession } from '../../state/sessionStore';
import { PassphraseForm } from './PassphraseForm';

/** Shown over the locked app: the work stays where it was, behind the passphrase. */
export function LockScreen({ member }: { member: Member }) {
  const unlock = useSession((s) => s.unlock);
  const signOut = useSession((s) => s.signOut);
  const titleId = useId();
  return (
    <div className="lock-overlay">
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="card lock-card">
        <h2 id={titleId}>Session locked</h2>
        <p>
          Countersign locked after a period of inactivity. Enter the passphrase for{' '}
          <strong>{member.name}</strong> to continue where you left off.
        </p>
        <PassphraseForm
          memberId={member.id}
          mode="unlock"
          submitLabel="Unlock"
          onSuccess={unlock}
        />
        <button type="button" className="button-quiet" onClick={signOut}>
          Sign out instead
        </button>
      </div>
    </div>
  );
}
