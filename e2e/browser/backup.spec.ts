import { expect, test, type Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { ADMIN, createWorkspace, signIn } from './helpers';

async function registerInitiative(page: Page, title: string) {
  await page.getByRole('button', { name: 'New initiative' }).click();
  const dialog = page.getByRole('dialog', { name: 'New initiative' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Business unit').fill('Claims');
  await dialog.getByLabel('AI system type').selectOption({ label: 'Other' });
  await dialog.getByRole('button', { name: 'Register initiative' }).click();
  await expect(dialog).toBeHidden();
}

/** Backs up through the browser host (a download) and returns the file. */
async function backUp(page: Page): Promise<{ name: string; buffer: Buffer }> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Backups' })
    .click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const file = await download;
  const chunks = (await (await file.createReadStream()).toArray()) as Buffer[];
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible();
  return { name: file.suggestedFilename(), buffer: Buffer.concat(chunks) };
}

async function chooseBackup(page: Page, file: { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/zip', buffer: file.buffer });
}

/** Every IndexedDB database with its every row, to prove a refusal changed nothing. */
function everything(page: Page) {
  return page.evaluate(async () => {
    const dump: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        dump[`${name}/${store}`] = await new Promise((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
}

/** Edits event #3 inside the zip; with `rehash` the manifest's hash is updated too. */
function tamper(buffer: Buffer, rehash: boolean): Buffer {
  const files = unzipSync(new Uint8Array(buffer));
  const path = 'tables/auditEvents.json';
  const events = JSON.parse(strFromU8(files[path]!)) as { seq: number; reason: string | null }[];
  events.find((e) => e.seq === 3)!.reason = 'Quietly rewritten';
  files[path] = strToU8(JSON.stringify(events));
  if (rehash) {
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      entries: { path: string; sha256: string; bytes: number }[];
    };
    const entry = manifest.entries.find((e) => e.path === path)!;
    entry.sha256 = createHash('sha256').update(files[path]).digest('hex');
    entry.bytes = files[path].byteLength;
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  return Buffer.from(zipSync(files));
}

test('back up a workspace, restore the file as a new workspace, and see the data with a verifying chain', async ({
  page,
}) => {
  await createWorkspace(page, 'Backup source');
  await registerInitiative(page, 'Claims triage assistant');
  await registerInitiative(page, 'Fraud scoring');
  const file = await backUp(page);
  expect(file.name).toMatch(/^backup-source-backup-\d{4}-\d{2}-\d{2}-\d{4}\.csbackup$/);

  await chooseBackup(page, file);
  const verified = page.getByRole('status').filter({ hasText: 'Backup verified' });
  await expect(verified).toContainText('audit trail of 4 events verifies');
  const counts = page.getByRole('table', { name: 'Records in the backup' });
  await expect(counts.getByRole('row', { name: /Initiatives/ })).toContainText('2');
  await expect(counts.getByRole('row', { name: /Audit events/ })).toContainText('4');
  await page.getByRole('button', { name: 'Restore as a new workspace' }).click();
  await page.getByRole('button', { name: 'Open restored workspace' }).click();

  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
  await signIn(page, ADMIN.name, ADMIN.passphrase);
  await expect(page.getByRole('cell', { name: 'Claims triage assistant' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Fraud scoring' })).toBeVisible();
  await page.getByRole('button', { name: 'Audit trail' }).click();
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  // Four restored events, the restore itself, and this sign-in.
  await expect(page.getByRole('status').filter({ hasText: 'Integrity verified' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Audit events' })).toContainText(
    'workspace.restore',
  );
});

test('a tampered backup is refused, naming the problem, and nothing changes', async ({ page }) => {
  await createWorkspace(page, 'Tamper source');
  await registerInitiative(page, 'Claims triage assistant');
  const file = await backUp(page);
  const before = await everything(page);

  await chooseBackup(page, { name: 'edited.csbackup', buffer: tamper(file.buffer, false) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('edited.csbackup cannot be restored');
  await expect(alert).toContainText('tables/auditEvents.json does not match the SHA-256');
  await expect(alert).toContainText('Nothing was restored or changed.');

  await chooseBackup(page, { name: 'covered.csbackup', buffer: tamper(file.buffer, true) });
  await expect(alert).toContainText('covered.csbackup cannot be restored');
  await expect(alert).toContainText('audit trail does not verify at event #3');
  await expect(alert).toContainText('changed after it was recorded');
  await expect(page.getByRole('button', { name: 'Restore as a new workspace' })).toHaveCount(0);

  await chooseBackup(page, { name: 'notes.csbackup', buffer: Buffer.from('just some text') });
  await expect(alert).toContainText('This file is not a Countersign backup.');

  expect(await everything(page)).toBe(before);
});

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);

test('crash test: closing the page abruptly mid-burst never loses a reported commit or breaks the chain', async ({
  context,
}) => {
  test.setTimeout(600_000);
  let page = await context.newPage();
  await createWorkspace(page, 'Crash test');
  const committed: string[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    // A burst: each registration the app reports as done (the dialog closes) counts as committed.
    const burst = 2 + (round % 3);
    for (let i = 1; i <= burst; i += 1) {
      const title = `Round ${String(round)} initiative ${String(i)}`;
      await registerInitiative(page, title);
      committed.push(title);
    }
    // One more is submitted, and the page is killed while it may be in flight.
    await page.getByRole('button', { name: 'New initiative' }).click();
    const dialog = page.getByRole('dialog', { name: 'New initiative' });
    await dialog.getByLabel('Title').fill(`Round ${String(round)} in flight`);
    await dialog.getByLabel('Business unit').fill('Claims');
    await dialog.getByLabel('AI system type').selectOption({ label: 'Other' });
    await dialog.getByRole('button', { name: 'Register initiative' }).click();
    if (round % 2 === 0) {
      // Every other round the renderer process is crashed outright instead of closed.
      const crashed = page.waitForEvent('crash');
      const cdp = await context.newCDPSession(page);
      void cdp.send('Page.crash').catch(() => undefined);
      await crashed;
    }
    await page.close({ runBeforeUnload: false });

    page = await context.newPage();
    await page.goto('/');
    await signIn(page, ADMIN.name, ADMIN.passphrase);
    const table = page.getByRole('table').first();
    for (const title of committed.slice(-burst)) {
      await expect(table.getByRole('cell', { name: title, exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Audit trail' }).click();
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Integrity verified' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Initiatives' })
      .click();
  }
  // At the end, every commit of every round is there, not only the last round's.
  const count = await page.evaluate(async () => {
    const name = (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .find((n) => n.startsWith('countersign-ws-'));
    if (!name) throw new Error('workspace database not found');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const titles = await new Promise<string[]>((resolve, reject) => {
      const request = db.transaction('initiatives').objectStore('initiatives').getAll();
      request.onsuccess = () =>
        resolve((request.result as { title: string }[]).map((r) => r.title));
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return titles;
  });
  for (const title of committed) expect(count).toContain(title);
});

test('on a new computer, a backup is restored from the first screen by one of its administrators', async ({
  browser,
}) => {
  const original = await browser.newContext();
  const page = await original.newPage();
  await createWorkspace(page, 'Moved workspace');
  await registerInitiative(page, 'Claims triage');
  const file = await backUp(page);
  await original.close();

  // A fresh profile: no workspace at all.
  const fresh = await browser.newContext();
  const newPage = await fresh.newPage();
  await newPage.goto('/');
  const chooser = newPage.waitForEvent('filechooser');
  await newPage.getByRole('button', { name: 'Choose a backup file…' }).click();
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/zip', buffer: file.buffer });
  const form = newPage.getByRole('form', { name: 'Restore a backup' });
  await expect(form.getByLabel('Restore as administrator')).toHaveValue(/.+/);
  await form.getByLabel('Their passphrase in the backup').fill('not the passphrase');
  await form.getByRole('button', { name: 'Restore as a new workspace' }).click();
  await expect(newPage.getByRole('alert')).toContainText('not correct for this administrator');
  expect(
    (await newPage.evaluate(() => indexedDB.databases())).filter((d) =>
      d.name?.startsWith('countersign-ws-'),
    ),
  ).toHaveLength(0);

  await form.getByLabel('Their passphrase in the backup').fill(ADMIN.passphrase);
  await form.getByRole('button', { name: 'Restore as a new workspace' }).click();
  await expect(newPage.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible();
  await expect(
    newPage.getByRole('table', { name: 'Initiatives' }).getByRole('row', { name: /Claims triage/ }),
  ).toBeVisible();
  await fresh.close();
});

test('a workspace written by a newer Countersign is not opened, and restoring a backup is offered', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(async () => {
    const name = 'countersign-ws-00000000-0000-4000-8000-000000000001';
    await new Promise<void>((resolve, reject) => {
      // Dexie stores version n as IndexedDB version 10n: this is "version 99".
      const request = indexedDB.open(name, 990);
      request.onupgradeneeded = () =>
        request.result.createObjectStore('workspace', { keyPath: 'id' });
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    localStorage.setItem('countersign.lastWorkspace', name);
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(
    'last opened by a newer version of Countersign',
  );
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await expect(page.getByRole('button', { name: 'Choose a backup file…' })).toBeVisible();
  await page.getByRole('button', { name: 'Choose another workspace' }).click();
  await expect(page.getByRole('form', { name: 'Create workspace' })).toBeVisible();
});
