import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { openSample, SAMPLE_PASSPHRASE, signIn } from './helpers';

const INITIATIVE = 'Invoice data-extraction pipeline';

/** A one-page PDF with correct cross-reference offsets, so pdf.js reads it without repair. */
function onePagePdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    (() => {
      const stream = `BT /F1 18 Tf 20 70 Td (${text}) Tj ET`;
      return `<< /Length ${String(stream.length)} >>\nstream\n${stream}\nendstream`;
    })(),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${String(i + 1)} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function attach(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByRole('button', { name: 'Attach evidence', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Attach evidence/ });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
  return dialog;
}

test('evidence: attach, refuse, preview, save a copy, new version and withdrawal, all on the record', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSample(page);
  await signIn(page, 'Grace Adeyemi', SAMPLE_PASSPHRASE);
  await page.getByRole('button', { name: INITIATIVE }).click();
  await page.getByRole('tab', { name: 'Evidence' }).click();
  const table = page.getByRole('table', { name: `Evidence for ${INITIATIVE}` });

  // A file of a refused type is explained before anything is attached.
  const refused = await attach(
    page,
    'installer.exe',
    Buffer.from('MZ'),
    'application/octet-stream',
  );
  await expect(refused.getByRole('alert')).toContainText(
    '“installer.exe” is not a file type this workspace accepts as evidence',
  );
  await expect(refused.getByRole('button', { name: 'Attach', exact: true })).toBeDisabled();
  await refused.getByRole('button', { name: 'Cancel' }).click();

  // A real PDF: attached with its SHA-256, previewed by drawing its page.
  const pdf = onePagePdf('Threat model v1');
  const dialog = await attach(page, 'Threat model.pdf', pdf, 'application/pdf');
  await expect(dialog.getByRole('status')).toContainText('Threat model.pdf');
  await dialog.getByLabel('Description (optional)').fill('STRIDE review with security');
  await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(dialog).toBeHidden();
  const row = table.getByRole('row', { name: /Threat model\.pdf/ });
  await expect(row).toContainText(sha256(pdf).slice(0, 12));
  await expect(row).toContainText('Current');
  await expect(row).toContainText('Grace Adeyemi');

  await row.getByRole('button', { name: 'Preview Threat model.pdf' }).click();
  const preview = page.getByRole('dialog', { name: 'Preview: Threat model.pdf' });
  await expect(preview.getByRole('img', { name: 'Page 1 of 1' })).toBeVisible();
  await expect(preview.getByRole('status')).toHaveText('1 page.');
  await preview.getByRole('button', { name: 'Close' }).click();

  // Save a copy: the same bytes come out.
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Save a copy of Threat model.pdf' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Threat model.pdf');
  const chunks = (await (await saved.createReadStream()).toArray()) as Buffer[];
  expect(sha256(Buffer.concat(chunks))).toBe(sha256(pdf));

  // A text file previews as text.
  const notes = Buffer.from('Vendor confirmed: no training on our invoices.\n');
  const textDialog = await attach(page, 'vendor-notes.txt', notes, 'text/plain');
  await textDialog.getByRole('button', { name: 'Attach', exact: true }).click();
  await table.getByRole('button', { name: 'Preview vendor-notes.txt' }).click();
  const textPreview = page.getByRole('dialog', { name: 'Preview: vendor-notes.txt' });
  await expect(textPreview.getByLabel('File contents')).toHaveText(notes.toString().trimEnd());
  await textPreview.getByRole('button', { name: 'Close' }).click();

  // A new version replaces the PDF; the first stays in history with its hash.
  await row.getByRole('button', { name: 'New version of Threat model.pdf' }).click();
  const version = page.getByRole('dialog', { name: 'New version of “Threat model.pdf”' });
  const pdf2 = onePagePdf('Threat model v2');
  const chooser = page.waitForEvent('filechooser');
  await version.getByRole('button', { name: 'Choose file…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'Threat model.pdf', mimeType: 'application/pdf', buffer: pdf2 });
  await version.getByRole('button', { name: 'Add version' }).click();
  await expect(version).toBeHidden();
  await expect(table.getByRole('row', { name: /Threat model\.pdf/ })).toHaveCount(1);
  await expect(table.getByRole('row', { name: /Threat model\.pdf/ })).toContainText(
    sha256(pdf2).slice(0, 12),
  );

  // Withdraw the notes with a reason.
  await table.getByRole('button', { name: 'Withdraw vendor-notes.txt' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Withdraw “vendor-notes.txt”' });
  await withdraw.getByLabel('Reason').fill('Attached to the wrong initiative');
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(withdraw).toBeHidden();
  await expect(table.getByRole('row', { name: /vendor-notes/ })).toHaveCount(0);

  await page.getByLabel(/Show withdrawn and earlier versions/).check();
  await expect(table.getByRole('row', { name: /vendor-notes/ })).toContainText('Withdrawn');
  await expect(
    table
      .getByRole('row', { name: /Threat model\.pdf/ })
      .filter({ hasText: sha256(pdf).slice(0, 12) }),
  ).toContainText('Replaced by version 2');

  await expect(table.getByRole('row', { name: /vendor-notes/ })).toContainText(
    'Attached to the wrong initiative',
  );
});

test('an administrator narrows the evidence types and size; refused files are explained', async ({
  page,
}) => {
  await openSample(page);
  await signIn(page, 'Helen Marsh', SAMPLE_PASSPHRASE);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  const settings = page.getByRole('form', { name: 'Workspace settings' });
  await settings.getByLabel('Largest evidence file (MB)').fill('2');
  await settings.getByRole('checkbox', { name: /^PDF/ }).uncheck();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Initiatives' })
    .click();
  await page.getByRole('button', { name: INITIATIVE }).click();
  await page.getByRole('tab', { name: 'Evidence' }).click();
  const dialog = await attach(page, 'DPIA.pdf', onePagePdf('DPIA'), 'application/pdf');
  await expect(dialog).toContainText('Up to 2 MB');
  await expect(dialog.getByRole('alert')).toContainText(
    '“DPIA.pdf” is not a file type this workspace accepts as evidence. Accepted: PNG image',
  );
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'big.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(3 * 1024 * 1024, 'a'),
  });
  await expect(dialog.getByRole('alert')).toContainText(
    'big.txt is 3.0 MB; the limit is 2.0 MB. Nothing was read.',
  );
  await expect(dialog.getByRole('button', { name: 'Attach', exact: true })).toBeDisabled();
});
