import type { App } from 'electron';
import path from 'node:path';
import type { AppInfo } from '../shared/ipc/contract';

/** The parts of Electron's `app` this module reads, so tests can pass a fake. */
export type AppInfoSource = Pick<App, 'getName' | 'getVersion' | 'getPath'>;

/** Name of the folder under userData that automatic backups are written to. */
export const BACKUPS_FOLDER = 'backups';

/** Version, platform and the folders the renderer may show or suggest. */
export function readAppInfo(source: AppInfoSource, platform: string = process.platform): AppInfo {
  const userData = source.getPath('userData');
  return {
    name: source.getName(),
    version: source.getVersion(),
    platform,
    paths: {
      userData,
      backups: path.join(userData, BACKUPS_FOLDER),
      documents: source.getPath('documents'),
    },
  };
}
