import type { ColumnMapping } from '../../../shared/import/mapping';
import type { ImportFileKind } from '../../../shared/import/parseFile';
import type { ImportedInitiative } from '../../../shared/import/validateRows';

/** Messages between the import dialog and its worker. */
export type ImportRequest =
  | { type: 'parse'; name: string; data: Uint8Array }
  | {
      type: 'preview';
      id: number;
      /** The workspace database: the worker reads members and existing titles itself. */
      dbName: string;
      mapping: ColumnMapping;
      defaultOwnerId: string | null;
    };

export interface ParsedFileSummary {
  name: string;
  kind: ImportFileKind;
  headers: string[];
  rowCount: number;
  suggestedMapping: ColumnMapping;
}

/** One row as the preview table shows it. */
export interface PreviewRowSummary {
  rowNumber: number;
  title: string;
  businessUnit: string;
  owner: string;
  stage: string;
  errors: string[];
}

export interface PreviewSummary {
  rows: PreviewRowSummary[];
  /** The rows without errors, ready for the import command. */
  valid: ImportedInitiative[];
  invalidCount: number;
}

export type ImportResponse =
  | { type: 'progress'; message: string }
  | { type: 'parsed'; file: ParsedFileSummary }
  | { type: 'preview'; id: number; preview: PreviewSummary }
  | { type: 'failed'; message: string };
