/** Every IPC channel name, in one place. Main, preload and tests import these. */
export const IPC_CHANNELS = {
  saveFile: 'countersign:files:save',
  openFile: 'countersign:files:open',
  appInfo: 'countersign:app:info',
  backupsWrite: 'countersign:backups:write',
  backupsList: 'countersign:backups:list',
  backupsRead: 'countersign:backups:read',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
