import Papa from 'papaparse/papaparse.min.js';
import {
  buildTable,
  FORMULA_REFUSAL,
  ImportFileError,
  looksLikeFormula,
  type ParsedTable,
  type RawRow,
} from './table';

/**
 * Decodes bytes that must be UTF-8 text. `decodeUtf8` must throw on invalid
 * input: pass `(b) => new TextDecoder('utf-8', { fatal: true }).decode(b)`
 * (`shared/` has no DOM, so the host hands the decoder in).
 */
export type Utf8Decoder = (bytes: Uint8Array) => string;

export const NOT_UTF8_MESSAGE = 'The file is not UTF-8 text. Save it as CSV UTF-8 and try again.';

export function decodeUtf8Text(bytes: Uint8Array, decodeUtf8: Utf8Decoder): string {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    throw new ImportFileError(NOT_UTF8_MESSAGE);
  }
  // A byte-order mark is not part of the first heading.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  // NUL characters do not occur in text files: this is some binary format.
  if (text.includes('\u0000')) throw new ImportFileError(NOT_UTF8_MESSAGE);
  return text;
}

/**
 * Reads CSV text (comma, semicolon, tab or pipe separated; the separator is
 * detected) into a table. The first record is the header row.
 */
export function parseCsvText(text: string): ParsedTable {
  if (text.trim() === '') throw new ImportFileError('The file is empty.');
  // The separator is guessed from the first lines, ignoring empty ones …
  const { delimiter } = Papa.parse<string[]>(text, {
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  }).meta;
  // … then every line is read, empty ones included, so row numbers match the spreadsheet.
  const result = Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
  });
  for (const error of result.errors) {
    // A single-column file has no separator to detect; reading it as one column is right.
    if (error.type === 'Delimiter') continue;
    const where = error.row === undefined ? '' : ` (row ${error.row + 1})`;
    if (error.code === 'MissingQuotes') {
      throw new ImportFileError(
        `The file is not valid CSV: a quoted value is never closed${where}. Check that every opening " has a closing ", then try again.`,
      );
    }
    if (error.code === 'InvalidQuotes') {
      throw new ImportFileError(
        `The file is not valid CSV: a quoted value is followed by stray text${where}. Check the quotes on that row, then try again.`,
      );
    }
    throw new ImportFileError(`The file is not valid CSV${where}: ${error.message}.`);
  }
  return buildTable(csvRows(result.data));
}

function* csvRows(records: string[][]): Generator<RawRow> {
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i] ?? [];
    // The final line break of a file is not an extra row.
    if (i === records.length - 1 && record.length === 1 && record[0] === '') return;
    yield {
      number: i + 1,
      cells: record.map((cell) => (looksLikeFormula(cell) ? { refused: FORMULA_REFUSAL } : cell)),
    };
  }
}
