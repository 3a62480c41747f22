import { FirstRunScreen } from '../features/workspace-setup/FirstRunScreen';
import { useSession } from '../state/sessionStore';
import { WorkspaceLoader } from './WorkspaceLoader';

export function App() {
  const dbName = useSession((s) => s.dbName);
  // Keyed by database so switching workspaces starts from a clean tree.
  return dbName ? <WorkspaceLoader key={dbName} dbName={dbName} /> : <FirstRunScreen />;
}
