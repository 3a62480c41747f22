import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from './parseFile';
import { MAX_IMPORT_BYTES } from './table';

const decodeUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
const parse = (name: string, data: Uint8Array) => parseImportFile({ name, data }, { decodeUtf8 });
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseImportFile', () => {
  it('reads CSV with a byte-order mark', async () => {
    const outcome = await parse('inventory.csv', utf8('\uFEFFTitle,Owner\nTriage,Ada'));
    expect(outcome).toEqual({
      ok: true,
      kind: 'csv',
      table: {
        headers: ['Title', 'Owner'],
        rows: [['Triage', 'Ada']],
        rowNumbers: [2],
        issues: [],
      },
    });
  });

  it('recognises a workbook by its bytes, whatever its name', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('One');
    sheet.addRow(['Title']);
    sheet.addRow(['Triage']);
    const data = new Uint8Array(await book.xlsx.writeBuffer());
    await expect(parse('inventory.xlsx', data)).resolves.toMatchObject({
      ok: true,
      kind: 'xlsx',
      table: { rows: [['Triage']] },
    });
    await expect(parse('inventory.csv', data)).resolves.toMatchObject({ ok: true, kind: 'xlsx' });
  });

  it.each([
    ['an empty file', 'a.csv', new Uint8Array(), 'The file is empty.'],
    [
      'Latin-1 text',
      'a.csv',
      new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9]),
      'The file is not UTF-8 text. Save it as CSV UTF-8 and try again.',
    ],
    [
      'an .xlsx that is not a workbook',
      'a.xlsx',
      utf8('Title\nA'),
      /^The file is not a valid Excel workbook \(\.xlsx\)/,
    ],
    [
      'an old .xls workbook',
      'a.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /older Excel workbook \(\.xls\)/,
    ],
    ['another kind of file', 'a.pdf', utf8('%PDF-1.7'), /^\.pdf files cannot be imported/],
    [
      'a file over the size limit',
      'big.csv',
      new Uint8Array(MAX_IMPORT_BYTES + 1),
      'big.csv is larger than 5 MB, the most that can be imported at once. Split it into smaller files and try again.',
    ],
    [
      'malformed CSV',
      'a.csv',
      utf8('Title,Summary\n"unbalanced,quote\n'),
      /^The file is not valid CSV/,
    ],
  ])('refuses %s with a clear message', async (_what, name, data, message) => {
    const outcome = await parse(name, data);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(message);
  });
});
