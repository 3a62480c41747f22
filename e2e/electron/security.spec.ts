import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CountersignBridge } from '../../shared/ipc/contract';
import {
  definedEnv,
  ELECTRON_MISSING_REASON,
  findElectronBinary,
  PROJECT_ROOT,
} from './electronBinary';

const executablePath = findElectronBinary();
// Runs wherever the Electron binary is installed; elsewhere every test here is
// skipped with the reason (CI reads it from the report and prints it).
test.skip(executablePath === null, ELECTRON_MISSING_REASON);
if (executablePath === null) {
  // The list reporter shows skips without reasons; say it where people look.
  console.warn(`[electron] skipped: ${ELECTRON_MISSING_REASON}`);
}

const MAIN_BUNDLE = path.join(PROJECT_ROOT, 'dist-electron', 'main.cjs');
const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let userDataDir: string;

test.beforeAll(async () => {
  if (executablePath === null) return;
  if (!existsSync(MAIN_BUNDLE)) throw new Error(`${MAIN_BUNDLE} is missing: run npm run build`);
  // A throwaway profile: the run never touches a real workspace, and the
  // single-instance lock does not clash with a Countersign already open.
  userDataDir = await mkdtemp(path.join(tmpdir(), 'countersign-e2e-'));
  app = await electron.launch({
    executablePath,
    // The project folder, so Electron reads package.json (name, version, main).
    args: [PROJECT_ROOT],
    cwd: PROJECT_ROOT,
    env: definedEnv({ COUNTERSIGN_USER_DATA_DIR: userDataDir }),
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  if (executablePath === null) return;
  await app.close();
  await rm(userDataDir, { recursive: true, force: true });
});

test('serves the renderer from app://countersign, not file://', () => {
  expect(page.url()).toBe('app://countersign/index.html');
});

test('runs the window isolated and sandboxed without Node integration', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    // Undocumented but stable: the preferences the renderer was really created with.
    const contents = window?.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown> | null;
    };
    const last = contents.getLastWebPreferences();
    return {
      contextIsolation: last?.contextIsolation,
      sandbox: last?.sandbox,
      nodeIntegration: last?.nodeIntegration,
      nodeIntegrationInWorker: last?.nodeIntegrationInWorker,
      webSecurity: last?.webSecurity,
    };
  });
  expect(preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
  });
});

test('exposes only the countersign bridge and no Node globals to the page', async () => {
  const exposed = await page.evaluate(() => {
    const bridge = Reflect.get(window, 'countersign') as Record<string, unknown> | undefined;
    return {
      bridgeKeys: bridge === undefined ? null : Object.keys(bridge).sort(),
      require: typeof Reflect.get(window, 'require'),
      process: typeof Reflect.get(window, 'process'),
      module: typeof Reflect.get(window, 'module'),
      ipcRenderer: typeof Reflect.get(window, 'ipcRenderer'),
    };
  });
  expect(exposed).toEqual({
    bridgeKeys: ['app', 'backups', 'files'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
  });
});

test('answers the bridge through the checked IPC handlers', async () => {
  // Functions passed to evaluate run in the page: no closures over this module.
  const info = await page.evaluate(() =>
    (Reflect.get(window, 'countersign') as CountersignBridge).app.info(),
  );
  expect(info).toMatchObject({ ok: true, value: { name: 'Countersign', version } });
});

test('rejects a malformed bridge call with a message instead of throwing', async () => {
  const result = await page.evaluate(() =>
    // Deliberately wrong shape, as a compromised page might send.
    (Reflect.get(window, 'countersign') as CountersignBridge).files.save({
      suggestedName: '../../.bashrc',
      data: new Uint8Array(1),
    }),
  );
  expect(result).toMatchObject({ ok: false });
});

test('stays on the app when the page tries to navigate away', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await expect(page.waitForURL(/example\.com/, { timeout: 2_000 })).rejects.toThrow();
  expect(page.url()).toMatch(/^app:\/\/countersign\//);
  expect(await page.evaluate(() => typeof Reflect.get(window, 'countersign'))).toBe('object');
});

test('denies window.open and opens no second window', async () => {
  const opened = await page.evaluate(() => window.open('app://countersign/index.html') === null);
  expect(opened).toBe(true);
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('serves only renderer files, with nosniff, and 404 for anything else', async () => {
  const responses = await page.evaluate(async () => {
    const probe = async (url: string) => {
      const response = await fetch(url);
      return { status: response.status, nosniff: response.headers.get('x-content-type-options') };
    };
    return {
      index: await probe('/index.html'),
      packageJson: await probe('/package.json'),
      mainBundle: await probe('/dist-electron/main.cjs'),
      missing: await probe('/missing.js'),
    };
  });
  expect(responses).toEqual({
    index: { status: 200, nosniff: 'nosniff' },
    packageJson: { status: 404, nosniff: 'nosniff' },
    mainBundle: { status: 404, nosniff: 'nosniff' },
    missing: { status: 404, nosniff: 'nosniff' },
  });
});

test('has a real origin with working IndexedDB', async () => {
  const stored = await page.evaluate(
    () =>
      new Promise<{ origin: string; value: unknown }>((resolve, reject) => {
        const request = indexedDB.open('countersign-e2e-probe', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('probe');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('probe', 'readwrite');
          tx.objectStore('probe').put('ok', 'key');
          tx.oncomplete = () => {
            const read = db.transaction('probe').objectStore('probe').get('key');
            read.onsuccess = () => {
              db.close();
              resolve({ origin: location.origin, value: read.result });
            };
          };
        };
      }),
  );
  expect(stored).toEqual({ origin: 'app://countersign', value: 'ok' });
});
