import { expect, test } from '@playwright/test';
import { createWorkspace } from './helpers';

test('editing a stored audit event directly in IndexedDB is named by Verify integrity', async ({
  page,
}) => {
  await createWorkspace(page, 'Tamper test');
  for (const title of ['Fraud scoring', 'Chat assistant', 'Demand forecast']) {
    await page.getByRole('button', { name: 'New initiative' }).click();
    const dialog = page.getByRole('dialog', { name: 'New initiative' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Business unit').fill('Operations');
    await dialog.getByLabel('AI system type').selectOption({ label: 'Other' });
    await dialog.getByRole('button', { name: 'Register initiative' }).click();
    await expect(dialog).toBeHidden();
  }

  await page.getByRole('button', { name: 'Audit trail' }).click();
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Integrity verified: all 5 events' }),
  ).toBeVisible();

  // Someone with the disk edits event #4 behind the app's back.
  await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    const name = names.find((n) => n.startsWith('countersign-ws-'));
    if (!name) throw new Error('workspace database not found');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('auditEvents', 'readwrite');
      const store = tx.objectStore('auditEvents');
      const get = store.get(4);
      get.onsuccess = () => {
        const event = get.result as { after: { title: string } };
        event.after.title = 'Something else entirely';
        store.put(event);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  });

  await page.getByRole('button', { name: 'Verify integrity' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Integrity check failed at event #4');
  await expect(alert).toContainText('changed after it was recorded');
  await alert.getByRole('button', { name: 'Show event #4' }).click();
  await expect(page.getByRole('complementary', { name: 'Event #4' })).toContainText(
    'Something else entirely',
  );
});

test('the audit trail filters by record type and exports as JSON', async ({ page }) => {
  await createWorkspace(page, 'Export test');
  await page.getByRole('button', { name: 'Audit trail' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 events' })).toBeVisible();
  await page.getByLabel('Record type').selectOption({ label: 'Workspace' });
  const table = page.getByRole('table', { name: 'Audit events' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('workspace.create');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export audit trail' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^export-test-audit-trail-\d{4}-\d{2}-\d{2}\.json$/);
  const body = JSON.parse(
    await (
      await file.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks as Buffer[]).toString('utf8')),
  ) as {
    events: { seq: number }[];
    head: { seq: number };
  };
  expect(body.events.map((e) => e.seq)).toEqual([1, 2]);
  expect(body.head.seq).toBe(2);
});
