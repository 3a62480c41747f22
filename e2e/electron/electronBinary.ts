import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in e2e/electron/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const ELECTRON_MISSING_REASON =
  'Electron binary is not installed (node_modules/electron/dist missing); the Electron project runs where it is';

/** Executable inside an Electron dist folder, as node_modules/electron/install.js names it. */
function defaultExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Path of an installed Electron executable, or null. Mirrors the lookup in
 * node_modules/electron/index.js but never calls it: requiring `electron`
 * starts a download when the binary is missing, and Playwright does the same
 * when `_electron.launch` gets no `executablePath`.
 */
export function findElectronBinary(
  root: string = PROJECT_ROOT,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';

  const overrideDir = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (overrideDir !== undefined && overrideDir !== '') {
    const candidate = path.join(overrideDir, executable || defaultExecutable(platform));
    return existsSync(candidate) ? candidate : null;
  }
  if (executable === '') return null;
  const candidate = path.join(packageDir, 'dist', executable);
  return existsSync(candidate) ? candidate : null;
}

/** process.env without unset entries, the shape `_electron.launch` wants. */
export function definedEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...extra };
}
