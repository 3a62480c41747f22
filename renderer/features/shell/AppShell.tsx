import { ROLE_LABELS } from '../../../shared/domain/roles';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { useSession } from '../../state/sessionStore';
import { confirmLeave, useUi, type View } from '../../state/uiStore';
import { AuditScreen } from '../audit/AuditScreen';
import { BackupsScreen } from '../backup/BackupsScreen';
import { BackupStatus } from '../backup/BackupStatus';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { MyReviewsScreen } from '../gates/MyReviewsScreen';
import { PortfolioRisksScreen } from '../risks/PortfolioRisksScreen';
import { InitiativesScreen } from '../initiatives/InitiativesScreen';
import { MembersScreen } from '../members/MembersScreen';
import { CertificationBanner } from '../signing/CertificationBanner';
import { SettingsScreen } from '../settings/SettingsScreen';
import { StorageStatus } from './StorageStatus';

const VIEWS: { view: View; label: string }[] = [
  { view: 'dashboard', label: 'Dashboard' },
  { view: 'initiatives', label: 'Initiatives' },
  { view: 'reviews', label: 'My reviews' },
  { view: 'risks', label: 'Risks' },
  { view: 'members', label: 'Members' },
  { view: 'audit', label: 'Audit trail' },
  { view: 'settings', label: 'Settings' },
  { view: 'backups', label: 'Backups' },
];

export function AppShell() {
  const { workspace } = useWorkspace();
  const member = useMember();
  const view = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  const dirty = useUi((s) => s.dirty);
  const resetForNextPerson = useUi((s) => s.resetForNextPerson);
  const signOut = useSession((s) => s.signOut);
  const lock = useSession((s) => s.lock);
  const closeWorkspace = useSession((s) => s.closeWorkspace);

  return (
    <div className="shell">
      <header className="shell-header">
        <div className="shell-title">
          <span className="brand">Countersign</span>
          <span className="workspace-name">{workspace.name}</span>
          {workspace.sample && <span className="badge">Sample data</span>}
          {workspace.settings.marking && (
            <span className="badge badge-marking">{workspace.settings.marking}</span>
          )}
        </div>
        <div className="shell-user">
          <span>
            Signed in as <strong>{member.name}</strong>{' '}
            <span className="muted">({member.roles.map((r) => ROLE_LABELS[r]).join(', ')})</span>
          </span>
          <button type="button" className="button-quiet" onClick={lock}>
            Lock
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              if (!confirmLeave(dirty)) return;
              resetForNextPerson();
              signOut();
            }}
          >
            Sign out
          </button>
          <button type="button" className="button-quiet" onClick={closeWorkspace}>
            Switch workspace
          </button>
        </div>
      </header>
      <nav aria-label="Main" className="shell-nav">
        {VIEWS.map((item) => (
          <button
            key={item.view}
            type="button"
            className="nav-item"
            aria-current={view === item.view ? 'page' : undefined}
            onClick={() => setView(item.view)}
          >
            {item.label}
          </button>
        ))}
      </nav>
      <main className="shell-main">
        <CertificationBanner />
        <BackupStatus />
        {view === 'initiatives' && <InitiativesScreen />}
        {view === 'dashboard' && <DashboardScreen />}
        {view === 'reviews' && <MyReviewsScreen />}
        {view === 'risks' && <PortfolioRisksScreen />}
        {view === 'members' && <MembersScreen />}
        {view === 'audit' && <AuditScreen />}
        {view === 'settings' && <SettingsScreen />}
        {view === 'backups' && <BackupsScreen />}
      </main>
      <footer className="shell-footer">
        <StorageStatus />
      </footer>
    </div>
  );
}
