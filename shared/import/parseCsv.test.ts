import { describe, expect, it } from 'vitest';
import { decodeUtf8Text, NOT_UTF8_MESSAGE, parseCsvText } from './parseCsv';
import { ImportFileError, MAX_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './table';

const decodeUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error.message;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('decoding', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8Text(utf8('\uFEFFTitle,Owner\nZürich café,ö'), decodeUtf8)).toBe(
      'Title,Owner\nZürich café,ö',
    );
  });

  it('refuses Latin-1 bytes with the CSV UTF-8 advice', () => {
    // "Café" in Windows-1252: 0xE9 on its own is not valid UTF-8.
    const latin1 = new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9]);
    expect(refusal(() => decodeUtf8Text(latin1, decodeUtf8))).toBe(NOT_UTF8_MESSAGE);
    expect(NOT_UTF8_MESSAGE).toBe(
      'The file is not UTF-8 text. Save it as CSV UTF-8 and try again.',
    );
  });

  it('refuses binary content that happens to decode', () => {
    expect(refusal(() => decodeUtf8Text(new Uint8Array([0x41, 0x00, 0x42]), decodeUtf8))).toBe(
      NOT_UTF8_MESSAGE,
    );
  });
});

describe('parseCsvText', () => {
  it('reads headings and rows, trimming cells', () => {
    const table = parseCsvText('Title,Owner,Stage\r\n Triage , ada@example.test ,Pilot\r\n');
    expect(table.headers).toEqual(['Title', 'Owner', 'Stage']);
    expect(table.rows).toEqual([['Triage', 'ada@example.test', 'Pilot']]);
    expect(table.rowNumbers).toEqual([2]);
    expect(table.issues).toEqual([]);
  });

  it.each([
    [';', 'Title;Owner\nA;b\n'],
    ['\t', 'Title\tOwner\nA\tb\n'],
    ['|', 'Title|Owner\nA|b\n'],
  ])('detects the %j separator', (_sep, text) => {
    expect(parseCsvText(text)).toMatchObject({ headers: ['Title', 'Owner'], rows: [['A', 'b']] });
  });

  it('reads a single column', () => {
    expect(parseCsvText('Title\nA\nB')).toMatchObject({ headers: ['Title'], rows: [['A'], ['B']] });
  });

  it('keeps quoted separators and line breaks inside a cell, numbering rows as a spreadsheet does', () => {
    const table = parseCsvText('Title,Summary\n"A, B","line one\nline two"\n\nC,"say ""hi"""\n');
    expect(table.rows).toEqual([
      ['A, B', 'line one\nline two'],
      ['C', 'say "hi"'],
    ]);
    // The header is row 1, the quoted line break stays in row 2, row 3 is empty.
    expect(table.rowNumbers).toEqual([2, 4]);
  });

  it('pads short rows and flags values past the last heading', () => {
    const table = parseCsvText('Title,Owner\nA\nB,c,extra\n');
    expect(table.rows).toEqual([
      ['A', ''],
      ['B', 'c'],
    ]);
    expect(table.issues).toEqual([
      {
        row: 1,
        column: null,
        message: expect.stringContaining('Row 3, column C: this column has no heading') as string,
      },
    ]);
  });

  it('names blank headings by their column letter', () => {
    expect(parseCsvText('Title,,Owner\nA,x,b').headers).toEqual(['Title', 'Column B', 'Owner']);
  });

  it('refuses an unbalanced quote', () => {
    expect(refusal(() => parseCsvText('Title,Summary\n"Broken,summary\nNext,row\n'))).toMatch(
      /not valid CSV: a quoted value is never closed \(row 2\)/,
    );
  });

  it('refuses an empty file and a file with headings only', () => {
    expect(refusal(() => parseCsvText(''))).toBe('The file is empty.');
    expect(refusal(() => parseCsvText(' \r\n\n'))).toBe('The file is empty.');
    expect(refusal(() => parseCsvText('Title,Owner\r\n'))).toBe(
      'The file has column headings but no rows to import.',
    );
    expect(refusal(() => parseCsvText('Title,Owner\n,\n\n'))).toBe(
      'The file has column headings but no rows to import.',
    );
  });

  it('requires the headings on row 1', () => {
    expect(refusal(() => parseCsvText('\nTitle,Owner\nA,b'))).toMatch(/^Row 1 is empty/);
  });

  it('refuses duplicate headings', () => {
    expect(refusal(() => parseCsvText('Title,Owner,owner\nA,b,c'))).toBe(
      'Columns B and C are both headed “owner”. Give each column its own heading and try again.',
    );
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, () => {
    const text = `Title\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `T${i}`).join('\n')}`;
    expect(refusal(() => parseCsvText(text))).toBe(
      'The file has more than 5,000 rows. Import at most 5,000 rows at a time: split it into smaller files.',
    );
    const atLimit = `Title\n${Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `T${i}`).join('\n')}\n`;
    expect(parseCsvText(atLimit).rows).toHaveLength(MAX_IMPORT_ROWS);
  });

  it(`refuses more than ${MAX_IMPORT_COLUMNS} columns`, () => {
    const headings = Array.from({ length: MAX_IMPORT_COLUMNS + 1 }, (_, i) => `H${i}`).join(',');
    expect(refusal(() => parseCsvText(`${headings}\n1`))).toMatch(
      /^The file has 61 columns; at most 60 are supported/,
    );
  });

  it('refuses an over-long cell, naming it', () => {
    const table = parseCsvText(`Title,Summary\nA,${'x'.repeat(MAX_CELL_CHARS + 1)}\nB,ok`);
    expect(table.rows).toEqual([
      ['A', ''],
      ['B', 'ok'],
    ]);
    expect(table.issues).toEqual([
      {
        row: 0,
        column: 1,
        message: 'Row 2, column Summary: the value is 2,001 characters long; the limit is 2,000.',
      },
    ]);
  });

  it('refuses formula cells one by one, naming the cell', () => {
    const table = parseCsvText(
      [
        'Title,Owner,Notes',
        'A,=HYPERLINK("http://x"),-5',
        'B,+cmd|calc,+3.5',
        'C,@SUM(A1),-',
        'D,"\t=1+1",- note',
        'E,=5,ok',
      ].join('\n'),
    );
    expect(table.issues.map((i) => i.message)).toEqual([
      'Row 2, column Owner: formulas are not imported',
      'Row 3, column Owner: formulas are not imported',
      'Row 4, column Owner: formulas are not imported',
      'Row 5, column Owner: formulas are not imported',
      'Row 5, column Notes: formulas are not imported',
    ]);
    expect(table.rows.map((r) => r[2])).toEqual(['-5', '+3.5', '-', '', 'ok']);
    expect(table.rows[4]).toEqual(['E', '=5', 'ok']);
  });

  it('refuses a formula in the header row as a whole-file problem', () => {
    expect(refusal(() => parseCsvText('Title,=cmd()\nA,b'))).toBe(
      'Row 1, column B: formulas are not imported',
    );
  });
});
