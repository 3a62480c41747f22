import type * as ExcelJsModule from 'exceljs';
import type { Cell, Row, Worksheet } from 'exceljs';
import {
  buildTable,
  FORMULA_REFUSAL,
  formatCount,
  ImportFileError,
  looksLikeFormula,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  type ParsedTable,
  type RawCell,
  type RawRow,
} from './table';

export const NOT_A_WORKBOOK_MESSAGE =
  'The file is not a valid Excel workbook (.xlsx). Open it in your spreadsheet program, save it as .xlsx or CSV UTF-8, and try again.';

type ExcelJs = typeof ExcelJsModule;

/**
 * Reads the first worksheet of an .xlsx workbook; row 1 is the header.
 * exceljs is loaded on demand: it is large, and only the import worker needs it.
 */
export async function parseXlsxBytes(bytes: Uint8Array): Promise<ParsedTable> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  try {
    // exceljs wants an ArrayBuffer holding exactly the file.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new ImportFileError(NOT_A_WORKBOOK_MESSAGE);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('The workbook has no worksheet to import.');
  // Checked before any cell is read, so a huge sheet is refused quickly.
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    throw new ImportFileError(
      `The file has more than ${formatCount(MAX_IMPORT_ROWS)} rows. Import at most ${formatCount(MAX_IMPORT_ROWS)} rows at a time: split it into smaller files.`,
    );
  }
  return buildTable(sheetRows(sheet, excel.ValueType));
}

/** exceljs is CommonJS: depending on the loader its API is the namespace or its default. */
async function loadExcelJs(): Promise<ExcelJs> {
  const loaded = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return loaded.default ?? loaded;
}

function* sheetRows(sheet: Worksheet, types: ExcelJs['ValueType']): Generator<RawRow> {
  for (let number = 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.findRow(number);
    // The header row is read whole so an over-wide header is reported as such;
    // data rows stop one column past the limit.
    yield row
      ? readRow(row, number, types, number === 1 ? Infinity : MAX_IMPORT_COLUMNS + 1)
      : { number, cells: [] };
  }
}

function readRow(row: Row, number: number, types: ExcelJs['ValueType'], width: number): RawRow {
  const cells: RawCell[] = [];
  let overflowColumn: number | undefined;
  // Only cells that exist are visited, so the work follows the file's real content.
  row.eachCell((cell, column) => {
    if (column > width) {
      overflowColumn ??= column - 1;
      return;
    }
    cells[column - 1] = readCell(cell, types);
  });
  // Fill the gaps between the cells that exist.
  const dense: RawCell[] = [];
  for (let i = 0; i < cells.length; i += 1) dense.push(cells[i] ?? '');
  return overflowColumn === undefined
    ? { number, cells: dense }
    : { number, cells: dense, overflowColumn };
}

function readCell(cell: Cell, types: ExcelJs['ValueType']): RawCell {
  switch (cell.type) {
    case types.Null:
    case types.Merge: // the value belongs to the first cell of the merged range
      return '';
    case types.Formula:
      return { refused: FORMULA_REFUSAL };
    case types.Error:
      return { refused: `the cell shows an error (${cell.text}) instead of a value` };
    case types.Date:
      return cell.value instanceof Date ? formatDate(cell.value) : cell.text;
    case types.Boolean:
      return cell.value ? 'TRUE' : 'FALSE';
    case types.Number:
      return typeof cell.value === 'number' ? String(cell.value) : cell.text;
    default: {
      // Strings, rich text and hyperlinks: their text, unless it would run as a formula.
      const text = cell.text;
      return looksLikeFormula(text) ? { refused: FORMULA_REFUSAL } : text;
    }
  }
}

/** Dates as a person would type them (Excel stores a date as UTC midnight). */
function formatDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
