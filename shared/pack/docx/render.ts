import { Packer, type Document } from 'docx';
import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import type { BuiltPackModel } from '../buildModel';
import { initiativeDocument } from './initiativeDocument';
import { portfolioDocument } from './portfolioDocument';
import type { TableSink } from './table';

/** A pack's Word document, and the tables to write into it (see table.ts). */
export interface PackDocument {
  document: Document;
  tables: TableSink;
}

/** The Word document for a built model. */
export function packDocument(built: BuiltPackModel): PackDocument {
  return built.kind === 'initiative'
    ? initiativeDocument(built.model, built.contentHash)
    : portfolioDocument(built.model, built.contentHash);
}

const DOCUMENT_PART = 'word/document.xml';
/** Every entry gets this time, so the same model always gives the same bytes. */
const ENTRY_MTIME = new Date('2000-01-01T00:00:00Z');

/** The .docx file's bytes: docx writes the document, then the tables take their places. */
export async function packDocx({
  document,
  tables,
}: PackDocument): Promise<Uint8Array<ArrayBuffer>> {
  const written = new Uint8Array(await Packer.toArrayBuffer(document));
  const entries = unzipSync(written);
  const body = entries[DOCUMENT_PART];
  if (!body) throw new Error('docx wrote no document part.');
  const files: Zippable = {};
  // [Content_Types].xml stays first, as docx and Word write it.
  for (const [name, data] of Object.entries(entries)) {
    const bytes = name === DOCUMENT_PART ? strToU8(tables.splice(strFromU8(body))) : data;
    files[name] = [bytes, { mtime: ENTRY_MTIME }];
  }
  return zipSync(files, { level: 6 });
}
