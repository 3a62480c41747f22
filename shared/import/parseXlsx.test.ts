import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NOT_A_WORKBOOK_MESSAGE, parseXlsxBytes } from './parseXlsx';
import { ImportFileError, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './table';

async function workbook(fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Inventory'), book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await parseXlsxBytes(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportFileError))
    throw new Error(`expected a refusal, got ${String(error)}`);
  return error.message;
}

describe('parseXlsxBytes', () => {
  it('reads the first worksheet, its header row and values as text', async () => {
    const bytes = await workbook((sheet, book) => {
      sheet.addRow(['Title', 'Owner', 'Version', 'Live since', 'Approved']);
      sheet.addRow(['Ticket triage', 'ada@example.test', 2.1, new Date('2024-03-05'), true]);
      sheet.addRow([]);
      sheet.addRow([
        { richText: [{ text: 'Claims ' }, { text: 'bot' }] },
        { text: 'Ada', hyperlink: 'mailto:a@b' },
      ]);
      book.addWorksheet('Ignored').addRow(['Other']);
    });
    const table = await parseXlsxBytes(bytes);
    expect(table.headers).toEqual(['Title', 'Owner', 'Version', 'Live since', 'Approved']);
    expect(table.rows).toEqual([
      ['Ticket triage', 'ada@example.test', '2.1', '2024-03-05', 'TRUE'],
      ['Claims bot', 'Ada', '', '', ''],
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
    expect(table.issues).toEqual([]);
  });

  it('refuses formula cells one by one, naming the cell', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['Title', 'Owner', 'Cost']);
      sheet.addRow(['A', 'ada@example.test', { formula: 'SUM(1,2)', result: 3 }]);
      sheet.addRow(['B', '=HYPERLINK("http://evil")', 4]);
      sheet.addRow(['C', 'ada@example.test', { error: '#N/A' }]);
    });
    const table = await parseXlsxBytes(bytes);
    expect(table.issues.map((i) => i.message)).toEqual([
      'Row 2, column Cost: formulas are not imported',
      'Row 3, column Owner: formulas are not imported',
      'Row 4, column Cost: the cell shows an error (#N/A) instead of a value',
    ]);
    expect(table.rows).toEqual([
      ['A', 'ada@example.test', ''],
      ['B', '', '4'],
      ['C', 'ada@example.test', ''],
    ]);
  });

  it('refuses bytes that are not a workbook', async () => {
    expect(await refusal(new TextEncoder().encode('PK not really a zip'))).toBe(
      NOT_A_WORKBOOK_MESSAGE,
    );
  });

  it('refuses an empty sheet, a header-only sheet and headings not on row 1', async () => {
    expect(await refusal(await workbook(() => undefined))).toBe('The file is empty.');
    expect(await refusal(await workbook((s) => s.addRow(['Title', 'Owner'])))).toBe(
      'The file has column headings but no rows to import.',
    );
    const late = await workbook((s) => {
      s.getCell('A3').value = 'Title';
      s.getCell('A4').value = 'Triage';
    });
    expect(await refusal(late)).toMatch(/^Row 1 is empty/);
  });

  it('refuses too many rows and too many columns', async () => {
    const tall = await workbook((s) => {
      s.addRow(['Title']);
      for (let i = 0; i <= MAX_IMPORT_ROWS; i += 1) s.addRow([`T${i}`]);
    });
    expect(await refusal(tall)).toMatch(/^The file has more than 5,000 rows/);
    const wide = await workbook((s) => {
      s.addRow(Array.from({ length: MAX_IMPORT_COLUMNS + 5 }, (_, i) => `H${i}`));
      s.addRow(['x']);
    });
    expect(await refusal(wide)).toMatch(/^The file has 65 columns; at most 60 are supported/);
  });

  it('flags a value far to the right of the last heading', async () => {
    const bytes = await workbook((s) => {
      s.addRow(['Title']);
      s.addRow(['A']);
      s.getCell('CZ2').value = 'stray';
    });
    const table = await parseXlsxBytes(bytes);
    expect(table.rows).toEqual([['A']]);
    expect(table.issues).toEqual([
      {
        row: 0,
        column: null,
        message: expect.stringMatching(/^Row 2, column CZ: this column has no heading/) as string,
      },
    ]);
  });
});
