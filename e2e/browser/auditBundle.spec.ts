import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openSample, SAMPLE_PASSPHRASE, signIn } from './helpers';

const INITIATIVE = 'Contract review assistant';

async function verifyInApp(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Verify bundle…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer });
  return page.getByRole('dialog', { name: `Verify bundle: ${name}` });
}

test('an audit bundle: exported with progress and a signed manifest, verified in the app, tampering named', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSample(page);
  await signIn(page, 'Helen Marsh', SAMPLE_PASSPHRASE);
  await page.getByRole('button', { name: INITIATIVE }).click();

  await page.getByRole('button', { name: 'Export audit bundle' }).click();
  const form = page.getByRole('form', { name: 'Export audit bundle' });
  await form.getByRole('radio', { name: /This initiative’s events/ }).check();
  await form.getByRole('button', { name: 'Export audit bundle' }).click();

  // Every file is in: the manifest is signed as the exporting member.
  const signing = page.getByRole('dialog', { name: /^Sign: Audit bundle of Contract review/ });
  await expect(signing).toBeVisible();
  await expect(signing).toContainText('Manifest SHA-256');
  await signing.getByLabel('Passphrase', { exact: true }).fill(SAMPLE_PASSPHRASE);
  const download = page.waitForEvent('download');
  await signing.getByRole('button', { name: 'Sign' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/contract-review-assistant.*-audit-bundle\.zip$/);
  const bytes = Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
  await expect(page.getByRole('status').filter({ hasText: 'Audit bundle saved' })).toContainText(
    'manifest signed by you',
  );
  await page.getByRole('button', { name: 'Done' }).click();

  // The auditor's command line, offline, on the file the app saved.
  const folder = mkdtempSync(join(tmpdir(), 'countersign-bundle-'));
  try {
    const saved = join(folder, 'bundle.zip');
    writeFileSync(saved, bytes);
    const cli = spawnSync(process.execPath, ['cli/countersign.mjs', 'verify', saved], {
      encoding: 'utf8',
    });
    expect(cli.stdout).toContain('0 failed');
    expect(cli.status).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  // Verified in the app, as an auditor would with the command line.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Audit trail' })
    .click();
  const clean = await verifyInApp(page, 'bundle.zip', bytes);
  await expect(clean.getByRole('status')).toContainText('Everything verified.');
  await expect(clean.getByRole('status')).toContainText('0 failed');
  await expect(clean).toContainText('Helen Marsh');
  await clean.getByRole('button', { name: 'Close' }).click();

  // One byte of a stored evidence file changed: the file is named.
  const at = bytes.indexOf('Outcome: a full DPIA is not required');
  expect(at).toBeGreaterThan(0);
  const tampered = Buffer.from(bytes);
  tampered[at] = 'o'.charCodeAt(0);
  const report = await verifyInApp(page, 'tampered.zip', tampered);
  await expect(report.getByRole('status')).toContainText('Verification FAILED.');
  await expect(
    report
      .getByRole('row')
      .filter({ hasText: 'FAILED' })
      .filter({ hasText: /evidence\/.*DPIA screening DS-0147\.md/ })
      .first(),
  ).toBeVisible();
  await report.getByRole('button', { name: 'Close' }).click();

  // Not a zip at all: refused before anything is read.
  const refused = await verifyInApp(page, 'notes.zip', Buffer.from('not a zip file'));
  await expect(refused.getByRole('status')).toContainText('refused before anything in it was read');
});
