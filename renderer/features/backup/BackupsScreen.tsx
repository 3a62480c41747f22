import { useHost } from '../../host/HostContext';
import { AutoBackupsList } from './AutoBackupsList';
import { BackUpNowPanel } from './BackUpNowPanel';
import { RestorePanel } from './RestorePanel';
import { useBackupCheck } from './useBackupCheck';

/** Back up, restore, and (on the desktop) the automatic backups. */
export function BackupsScreen() {
  const host = useHost();
  const checker = useBackupCheck();
  return (
    <section aria-labelledby="backups-heading" className="screen narrow">
      <h1 id="backups-heading">Backups</h1>
      <BackUpNowPanel />
      <RestorePanel checker={checker} />
      {host.backups && (
        <AutoBackupsList
          backups={host.backups}
          refreshKey={checker.state.status === 'idle' ? 0 : 1}
          onRestore={(name, data) => checker.check(name, data)}
        />
      )}
    </section>
  );
}
