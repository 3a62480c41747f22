import { STAGE_LABELS } from '../../../shared/domain/initiative';
import { suggestMapping, type ImportField } from '../../../shared/import/mapping';
import { parseImportFile } from '../../../shared/import/parseFile';
import type { Utf8Decoder } from '../../../shared/import/parseCsv';
import type { ParsedTable } from '../../../shared/import/table';
import { validateRows } from '../../../shared/import/validateRows';
import type { CountersignDb } from '../../db/database';
import type { ImportRequest, ImportResponse, PreviewRowSummary } from './importWorkerProtocol';

export interface ImportWorkerDeps {
  decodeUtf8: Utf8Decoder;
  openDb: (name: string) => CountersignDb;
}

/** The members (to resolve owners) and the titles already registered (to refuse repeats). */
async function readWorkspace(db: CountersignDb) {
  try {
    const members = await db.members.toArray();
    const existingTitles: string[] = [];
    await db.initiatives.each((initiative) => {
      existingTitles.push(initiative.title);
    });
    return { members, existingTitles };
  } finally {
    db.close();
  }
}

/**
 * What the import worker does, as plain functions so it can be tested without
 * a Worker: it keeps the parsed table between requests, so the file is read
 * once and only the mapping travels when the person changes it.
 */
export function createImportWorkerCore(deps: ImportWorkerDeps) {
  let table: ParsedTable | null = null;

  async function handle(request: ImportRequest, post: (message: ImportResponse) => void) {
    if (request.type === 'parse') {
      table = null;
      post({ type: 'progress', message: 'Reading file…' });
      const outcome = await parseImportFile(
        { name: request.name, data: request.data },
        { decodeUtf8: deps.decodeUtf8 },
      );
      if (!outcome.ok) {
        post({ type: 'failed', message: outcome.error });
        return;
      }
      table = outcome.table;
      post({
        type: 'parsed',
        file: {
          name: request.name,
          kind: outcome.kind,
          headers: table.headers,
          rowCount: table.rows.length,
          suggestedMapping: suggestMapping(table.headers),
        },
      });
      return;
    }

    if (!table) {
      post({ type: 'failed', message: 'Choose a file to import first.' });
      return;
    }
    post({ type: 'progress', message: 'Checking rows…' });
    const { members, existingTitles } = await readWorkspace(deps.openDb(request.dbName));
    const preview = validateRows(table, request.mapping, {
      members,
      existingTitles,
      defaultOwnerId: request.defaultOwnerId,
    });
    const memberName = new Map(members.map((m) => [m.id, m.name]));
    const rowsTable = table;
    const cell = (index: number, field: ImportField) => {
      const column = request.mapping[field];
      return column === null ? '' : (rowsTable.rows[index]?.[column] ?? '');
    };
    const rows: PreviewRowSummary[] = preview.rows.map((row) => ({
      rowNumber: row.rowNumber,
      title: cell(row.index, 'title'),
      businessUnit: cell(row.index, 'businessUnit'),
      owner: row.input
        ? (memberName.get(row.input.ownerId) ?? cell(row.index, 'owner'))
        : cell(row.index, 'owner'),
      stage: row.input ? STAGE_LABELS[row.input.stage] : cell(row.index, 'stage'),
      errors: row.errors,
    }));
    post({
      type: 'preview',
      id: request.id,
      preview: { rows, valid: preview.valid, invalidCount: preview.invalidCount },
    });
  }

  return {
    /** Handles one request; anything unexpected becomes a `failed` message. */
    async receive(request: ImportRequest, post: (message: ImportResponse) => void) {
      try {
        await handle(request, post);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        post({
          type: 'failed',
          message: `The import stopped unexpectedly. Nothing was imported. (${detail})`,
        });
      }
    },
  };
}
