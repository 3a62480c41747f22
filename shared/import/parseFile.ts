import { decodeUtf8Text, parseCsvText, type Utf8Decoder } from './parseCsv';
import { NOT_A_WORKBOOK_MESSAGE, parseXlsxBytes } from './parseXlsx';
import { ImportFileError, MAX_IMPORT_BYTES, type ParsedTable } from './table';

export type ImportFileKind = 'csv' | 'xlsx';

export type ParseOutcome =
  { ok: true; kind: ImportFileKind; table: ParsedTable } | { ok: false; error: string };

export interface ImportFile {
  name: string;
  data: Uint8Array;
}

const TEXT_EXTENSIONS = ['csv', 'tsv', 'txt'];

function startsWith(data: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => data[i] === byte);
}
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function megabytes(bytes: number): string {
  return `${String(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

/**
 * Reads an uploaded spreadsheet into a table, or explains in one sentence why
 * it cannot. The format is recognised from the bytes, not only the name.
 */
export async function parseImportFile(
  file: ImportFile,
  { decodeUtf8 }: { decodeUtf8: Utf8Decoder },
): Promise<ParseOutcome> {
  try {
    const kind = detectKind(file);
    const table =
      kind === 'xlsx'
        ? await parseXlsxBytes(file.data)
        : parseCsvText(decodeUtf8Text(file.data, decodeUtf8));
    return { ok: true, kind, table };
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, error: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `${file.name} could not be read. Nothing was imported. (${detail})`,
    };
  }
}

function detectKind({ name, data }: ImportFile): ImportFileKind {
  if (data.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      `${name} is larger than ${megabytes(MAX_IMPORT_BYTES)}, the most that can be imported at once. Split it into smaller files and try again.`,
    );
  }
  if (data.byteLength === 0) throw new ImportFileError('The file is empty.');
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(data, ZIP_SIGNATURE)) return 'xlsx';
  if (startsWith(data, OLE_SIGNATURE)) {
    throw new ImportFileError(
      'This is an older Excel workbook (.xls), which cannot be imported. Save it as .xlsx or CSV UTF-8 and try again.',
    );
  }
  if (extension === 'xlsx') throw new ImportFileError(NOT_A_WORKBOOK_MESSAGE);
  if (extension !== '' && !TEXT_EXTENSIONS.includes(extension)) {
    throw new ImportFileError(
      `.${extension} files cannot be imported. Choose a CSV (.csv) or Excel (.xlsx) file.`,
    );
  }
  return 'csv';
}
