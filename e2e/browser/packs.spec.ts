import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { openSample, SAMPLE_PASSPHRASE, signIn } from './helpers';

async function downloaded(download: Download): Promise<Map<string, string>> {
  const chunks = (await (await download.createReadStream()).toArray()) as Buffer[];
  const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text Word shows, roughly: every w:t of a part. */
function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

async function exportFrom(page: Page) {
  await page.getByRole('button', { name: 'Export pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export compliance pack' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('an auditor exports the sample initiative’s pack and the portfolio pack as Word documents', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSample(page);
  await signIn(page, 'Ruth Kimani', SAMPLE_PASSPHRASE);

  // The initiative pack, from the initiative's header.
  await page.getByRole('button', { name: 'Contract review assistant' }).click();
  await expect(
    page.getByRole('heading', { name: 'Contract review assistant', level: 1 }),
  ).toBeVisible();
  let dialog = await exportFrom(page);
  const form = dialog.getByRole('form', { name: 'Export pack' });
  await expect(
    form.getByRole('radio', { name: 'This initiative: Contract review assistant' }),
  ).toBeChecked();
  await expect(form.getByLabel('Classification marking')).toHaveValue('Confidential');
  await form.getByLabel('Classification marking').fill('Confidential – audit copy');
  await expect(form.getByRole('checkbox', { name: 'Stage-gate record' })).toBeChecked();
  let download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Export pack' }).click();
  let file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^contract-review-assistant-pack-v\d+-\d{4}-\d{2}-\d{2}\.docx$/,
  );
  await expect(dialog.getByRole('status')).toContainText('Pack saved to your downloads folder');
  let parts = await downloaded(file);
  const body = text(parts.get('word/document.xml')!);
  expect(body).toContain('Compliance documentation pack');
  expect(body).toContain('Contract review assistant');
  expect(body).toContain('Prepared by');
  expect(body).toContain('Ruth Kimani');
  expect(body).toContain('Tomas Lindqvist');
  expect(body).toMatch(/Verified at export: all \d+ events/);
  expect(text(parts.get('word/header1.xml')!)).toContain('Confidential – audit copy');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The portfolio pack, from the Initiatives screen, with only some sections.
  await page.getByRole('button', { name: '← All initiatives' }).click();
  await expect(page.getByRole('heading', { name: 'Initiatives', level: 1 })).toBeVisible();
  dialog = await exportFrom(page);
  const portfolio = dialog.getByRole('form', { name: 'Export pack' });
  await expect(portfolio.getByRole('radio', { name: 'Portfolio' })).toBeChecked();
  await portfolio.getByRole('checkbox', { name: 'Stalled initiatives' }).uncheck();
  download = page.waitForEvent('download');
  await portfolio.getByRole('button', { name: 'Export pack' }).click();
  file = await download;
  expect(file.suggestedFilename()).toMatch(/portfolio-pack-v\d+-.*\.docx$/);
  parts = await downloaded(file);
  const portfolioBody = text(parts.get('word/document.xml')!);
  expect(portfolioBody).toContain('Inventory of initiatives');
  expect(portfolioBody).toContain('Sections left out at export');
  expect(portfolioBody).toContain('Stalled initiatives');
  expect(portfolioBody).not.toContain('4. Stalled initiatives');
});

test('an export can be cancelled, and a range that ends before it starts is refused', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSample(page);
  await signIn(page, 'Daniel Okafor', SAMPLE_PASSPHRASE);
  await page.getByRole('button', { name: 'Contract review assistant' }).click();
  const dialog = await exportFrom(page);
  const form = dialog.getByRole('form', { name: 'Export pack' });
  await form.getByLabel('From', { exact: true }).fill('2026-06-01');
  await form.getByLabel('To', { exact: true }).fill('2026-01-01');
  await form.getByRole('button', { name: 'Export pack' }).click();
  await expect(form.getByRole('alert')).toContainText(
    'The audit trail range ends before it starts',
  );

  await form.getByLabel('To', { exact: true }).fill('');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await form.getByRole('button', { name: 'Export pack' }).click();
  // The sample is small, so the export may finish before the click lands: either way, a cancel
  // that lands saves nothing.
  const cancel = form.getByRole('button', { name: 'Cancel export' });
  const cancelled = await cancel
    .click({ timeout: 2_000 })
    .then(() => true)
    .catch(() => false);
  const status = dialog.getByRole('status');
  if (cancelled) {
    await expect(status).toContainText('Export cancelled; nothing was saved.');
    expect(downloads).toBe(0);
  } else {
    await expect(status).toContainText('Pack saved');
  }
});

test('the Dashboard exports the portfolio pack narrowed by its filters, and the pack names them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSample(page);
  await signIn(page, 'Ruth Kimani', SAMPLE_PASSPHRASE);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Dashboard' })
    .click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Dashboard filters' });
  await filters.getByLabel('Business unit').selectOption('Claims');
  await expect(filters.getByRole('status')).toHaveText('1 of 5 initiatives');

  const dialog = await exportFrom(page);
  const form = dialog.getByRole('form', { name: 'Export pack' });
  await expect(form.getByRole('radio', { name: 'Portfolio' })).toBeChecked();
  await expect(
    form.getByRole('checkbox', {
      name: 'Only initiatives matching the Dashboard’s filters (Business unit: Claims; 1 in the workspace)',
    }),
  ).toBeChecked();
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Export pack' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-portfolio-claims-pack-v\d+-\d{4}-\d{2}-\d{2}\.docx$/);
  await expect(dialog.getByRole('status')).toContainText('Pack saved to your downloads folder');
  const parts = await downloaded(file);
  const body = text(parts.get('word/document.xml')!);
  // The cover and the document control name the filter.
  expect(body).toContain('Filters');
  expect(body).toContain('Business unit: Claims');
  expect(body).toContain('Filter: Business unit');
  expect(body).toContain(
    '1 initiative of the 5 in the workspace, filtered to Business unit: Claims',
  );
  // Every section is narrowed to it, as the Dashboard's panels are.
  expect(body).toContain('Motor and home claims categoriser');
  expect(body).not.toContain('Contract review assistant');
  expect(body).not.toContain('Customer-support ticket triage assistant');
  for (const heading of [
    'Stage funnel',
    'Stalled initiatives',
    'Waiting on: reviews and overdue conditions',
    'Risk summary: residual heat map, bands and categories',
    'Readiness of initiatives in pilot',
    'Cost at scale',
  ])
    expect(body).toContain(heading);
  expect(body).toContain('No initiative covered is in pilot.');
  expect(body).toContain('No projected cost is flagged');
});
