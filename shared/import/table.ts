/**
 * The common shape every spreadsheet is read into, and the limits every import
 * obeys. Readers (CSV, XLSX) produce raw rows; `buildTable` checks the header,
 * the limits and each cell, so both formats refuse the same things the same way.
 */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_COLUMNS = 60;
export const MAX_CELL_CHARS = 2_000;
export const MAX_HEADER_CHARS = 200;

/** A problem that makes the whole file unusable. Nothing is imported from it. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/** A cell a reader would not take as a value, with the reason shown to the person. */
export interface RefusedCell {
  refused: string;
}
export type RawCell = string | RefusedCell;

export interface RawRow {
  /** The row number the person sees in their spreadsheet (the header is row 1). */
  number: number;
  cells: RawCell[];
  /**
   * Index of the first non-empty cell past `cells`, when a reader stops early
   * on a very wide row.
   */
  overflowColumn?: number;
}

/**
 * A problem with one row (column null) or one cell. It only stops the row from
 * being imported when it concerns a column mapped to a field (or the whole row).
 */
export interface CellIssue {
  /** Index into `rows`. */
  row: number;
  /** Index into `headers`; null when it concerns the whole row. */
  column: number | null;
  message: string;
}

export interface ParsedTable {
  headers: string[];
  /** Data rows, each exactly `headers.length` trimmed cells; refused cells are empty. */
  rows: string[][];
  /** Spreadsheet row number of each row (the header is row 1; empty rows are skipped). */
  rowNumbers: number[];
  issues: CellIssue[];
}

export const FORMULA_REFUSAL = 'formulas are not imported';

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const NUMBER_LIKE = /^[\d\s.,]*\d[\d\s.,]*%?$/;

/**
 * Text a spreadsheet program would run as a formula when the data is opened
 * again (CSV injection): it starts with `=`, `+`, `-` or `@` and what follows
 * is not simply a number (`-5`, `+3.5` and `-` on its own stay text).
 */
export function looksLikeFormula(text: string): boolean {
  // Leading tabs, carriage returns and spaces do not disarm a formula.
  const trimmed = text.replace(/^\s+/, '');
  const first = trimmed[0];
  if (trimmed.length < 2 || first === undefined || !'=+-@'.includes(first)) return false;
  return !NUMBER_LIKE.test(trimmed.slice(1));
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

function isEmpty(cell: RawCell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Turns the rows a reader produced into a table: the first row is the header
 * (it must be spreadsheet row 1), wholly empty rows are skipped, and limits are
 * enforced. Throws ImportFileError for problems with the file as a whole.
 */
export function buildTable(rawRows: Iterable<RawRow>): ParsedTable {
  const iterator = rawRows[Symbol.iterator]();
  const first = iterator.next();
  const headerRow = first.done ? undefined : first.value;
  if (!headerRow || headerRow.cells.every(isEmpty)) {
    if (!headerRow) throw new ImportFileError('The file is empty.');
    throw new ImportFileError(
      'Row 1 is empty. The first row must hold the column headings (Title, Owner, Stage …).',
    );
  }
  if (headerRow.number !== 1) {
    throw new ImportFileError(
      'Row 1 is empty. The first row must hold the column headings (Title, Owner, Stage …).',
    );
  }
  const headers = readHeaders(headerRow.cells);

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const issues: CellIssue[] = [];
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const raw = next.value;
    if (raw.cells.every(isEmpty)) continue;
    if (rows.length === MAX_IMPORT_ROWS) {
      throw new ImportFileError(
        `The file has more than ${formatCount(MAX_IMPORT_ROWS)} rows. Import at most ${formatCount(MAX_IMPORT_ROWS)} rows at a time: split it into smaller files.`,
      );
    }
    const index = rows.length;
    const where = (column: number) =>
      `Row ${raw.number}, column ${headers[column] ?? columnLetter(column)}`;
    const cells: string[] = [];
    for (let c = 0; c < headers.length; c += 1) {
      const cell = raw.cells[c];
      if (cell === undefined) {
        cells.push('');
      } else if (typeof cell !== 'string') {
        cells.push('');
        issues.push({ row: index, column: c, message: `${where(c)}: ${cell.refused}` });
      } else if (cell.length > MAX_CELL_CHARS) {
        cells.push('');
        issues.push({
          row: index,
          column: c,
          message: `${where(c)}: the value is ${formatCount(cell.length)} characters long; the limit is ${formatCount(MAX_CELL_CHARS)}.`,
        });
      } else {
        cells.push(cell.trim());
      }
    }
    const found = raw.cells.findIndex((cell, c) => c >= headers.length && !isEmpty(cell));
    const stray = found === -1 ? raw.overflowColumn : found;
    if (stray !== undefined) {
      issues.push({
        row: index,
        column: null,
        message: `Row ${raw.number}, column ${columnLetter(stray)}: this column has no heading, so its value cannot be imported. Check the row for a stray separator or add a heading.`,
      });
    }
    rows.push(cells);
    rowNumbers.push(raw.number);
  }
  if (rows.length === 0) {
    throw new ImportFileError('The file has column headings but no rows to import.');
  }
  return { headers, rows, rowNumbers, issues };
}

function readHeaders(cells: RawCell[]): string[] {
  let count = cells.length;
  while (count > 0 && isEmpty(cells[count - 1])) count -= 1;
  if (count > MAX_IMPORT_COLUMNS) {
    throw new ImportFileError(
      `The file has ${count} columns; at most ${MAX_IMPORT_COLUMNS} are supported. Remove the columns you do not need and try again.`,
    );
  }
  const headers: string[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < count; c += 1) {
    const cell = cells[c];
    if (cell !== undefined && typeof cell !== 'string') {
      throw new ImportFileError(`Row 1, column ${columnLetter(c)}: ${cell.refused}`);
    }
    const text = (cell ?? '').trim();
    if (text.length > MAX_HEADER_CHARS) {
      throw new ImportFileError(
        `The heading of column ${columnLetter(c)} is longer than ${MAX_HEADER_CHARS} characters. Is row 1 really the header row?`,
      );
    }
    const header = text === '' ? `Column ${columnLetter(c)}` : text;
    const key = header.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ImportFileError(
        `Columns ${columnLetter(earlier)} and ${columnLetter(c)} are both headed “${header}”. Give each column its own heading and try again.`,
      );
    }
    seen.set(key, c);
    headers.push(header);
  }
  return headers;
}
