/** Every IPC channel name, in one place. Main, preload and tests import these. */
export const IPC_CHANNELS = {
  saveFile: 'countersign:files:save',
  openFile: 'countersign:files:open',
  appInfo: 'countersign:app:info',
  backupsWrite: 'countersign:backups:write',
  backupsList: 'countersign:backups:list',
  backupsRead: 'countersign:backups:read',
} as const;

/**
 * The quit hand-shake, kept apart because it is not a request the window
 * makes: main asks for a last backup, the window says when it is written.
 * Handled by `electron/backups/setupQuitBackup.ts`.
 */
export const QUIT_BACKUP_CHANNELS = {
  /** Main → window: quitting, write a last automatic backup. */
  request: 'countersign:backups:quit-request',
  /** Window → main: that last backup is written (or nothing had changed). */
  done: 'countersign:backups:quit-done',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
