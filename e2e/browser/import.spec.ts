import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ADMIN, createWorkspace } from './helpers';

interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const csvFile = (name: string, lines: string[]): UploadFile => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
});

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import initiatives' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Clicks "Choose file" and answers the browser's file chooser. */
async function chooseFile(page: Page, dialog: Locator, file: UploadFile) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file' }).click();
  await (await chooser).setFiles(file);
}

test('import a CSV inventory: the bad row is explained and skipped, the rest are registered', async ({
  page,
}) => {
  await createWorkspace(page);
  const dialog = await openImport(page);
  await chooseFile(
    page,
    dialog,
    csvFile('ai-inventory.csv', [
      'Title,Portfolio area,Owner,AI system type,Stage,Tags',
      `Invoice matching,Finance,${ADMIN.email},Classical ML,Pilot,"finance; ap"`,
      `Support chatbot,Customer service,${ADMIN.name},Generative / LLM,proof of concept,`,
      `Demand forecast,Supply chain,${ADMIN.email},Classical ML,Scaling,`,
    ]),
  );

  // Headings that match a field are mapped already; the rest the person chooses.
  const mapping = dialog.getByRole('form', { name: 'Match columns' });
  await expect(mapping.getByLabel('Owner', { exact: true })).toHaveValue('2');
  await expect(mapping.getByLabel('Business unit', { exact: true })).toHaveValue('');
  await mapping.getByRole('button', { name: 'Preview' }).click();
  await expect(mapping.getByRole('alert')).toHaveText('Choose a column for Business unit.');
  await mapping
    .getByLabel('Business unit', { exact: true })
    .selectOption({ label: 'Portfolio area' });
  await mapping.getByRole('button', { name: 'Preview' }).click();

  await expect(dialog.getByRole('alert')).toContainText('1 of 3 rows have errors');
  const preview = dialog.getByRole('table', { name: 'Import preview' });
  await expect(preview.getByRole('row', { name: /Demand forecast/ })).toContainText(
    'Row 4, column Stage: “Scaling” is not a lifecycle stage.',
  );
  await expect(preview.getByRole('row', { name: /Invoice matching/ })).toContainText('Ready');

  await dialog.getByRole('button', { name: 'Import 2 valid rows' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Imported 2 initiatives from ai-inventory.csv.',
  );
  await expect(dialog.getByRole('listitem')).toContainText([/Row 4, column Stage/]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  const table = page.getByRole('table', { name: 'Initiatives' });
  await expect(table.getByRole('row', { name: /Invoice matching/ })).toContainText('Pilot');
  await expect(table.getByRole('row', { name: /Support chatbot/ })).toContainText(
    'Proof of concept',
  );
  await expect(table.getByRole('row', { name: /Demand forecast/ })).toHaveCount(0);
});

test('an Excel workbook is read in the worker: formula cells are refused, values are imported', async ({
  page,
}) => {
  await createWorkspace(page);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Inventory');
  sheet.addRow(['Initiative', 'Department', 'Owner email', 'Type', 'Stage', 'Model', 'Vendor']);
  sheet.addRow([
    'Contract review',
    'Legal',
    ADMIN.email,
    'Generative / LLM',
    'Pilot',
    'Claude',
    'Anthropic',
  ]);
  sheet.addRow([
    'Spend analytics',
    'Finance',
    ADMIN.email,
    'Classical ML',
    { formula: 'IF(1=1,"Pilot","Idea")', result: 'Pilot' },
  ]);
  const dialog = await openImport(page);
  await chooseFile(page, dialog, {
    name: 'inventory.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  });
  await expect(dialog.getByLabel('Provider', { exact: true })).toHaveValue('6');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('alert')).toContainText('1 of 2 rows have errors');
  await expect(
    dialog.getByRole('table', { name: 'Import preview' }).getByRole('row', { name: /Spend/ }),
  ).toContainText('Row 3, column Stage: formulas are not imported');
  await dialog.getByRole('button', { name: 'Import 1 valid row' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Imported 1 initiative from inventory.xlsx.');
  await dialog.getByRole('button', { name: 'Done' }).click();
  const table = page.getByRole('table', { name: 'Initiatives' });
  await expect(table.getByRole('row', { name: /Contract review/ })).toContainText('Pilot');
  await expect(table.getByRole('row', { name: /Spend analytics/ })).toHaveCount(0);
});

test('a file in the wrong encoding or with a formula is refused with a clear message and imports nothing', async ({
  page,
}) => {
  await createWorkspace(page);
  const dialog = await openImport(page);

  // "Café" saved as Windows-1252 / Latin-1: 0xE9 is not UTF-8.
  await chooseFile(page, dialog, {
    name: 'latin1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Title,Business unit\nCaf\u00e9 assistant,Ops\n', 'latin1'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    'The file is not UTF-8 text. Save it as CSV UTF-8 and try again.',
  );

  await chooseFile(
    page,
    dialog,
    csvFile('formula.csv', [
      'Title,Business unit,Owner,AI system type',
      `Payroll assistant,HR,"=HYPERLINK(""https://evil.example"",""click"")",Other`,
    ]),
  );
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('alert')).toContainText('1 of 1 rows have errors');
  await expect(
    dialog.getByRole('table', { name: 'Import preview' }).getByRole('row', { name: /Payroll/ }),
  ).toContainText('Row 2, column Owner: formulas are not imported');
  await expect(dialog.getByRole('button', { name: 'Import 0 valid rows' })).toBeDisabled();

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No initiatives yet.')).toBeVisible();
});
