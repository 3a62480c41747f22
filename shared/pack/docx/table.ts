import { Paragraph, TextRun } from 'docx';

/**
 * Tables are written as WordprocessingML text and spliced into the document
 * after docx has written it. A pack's audit trail alone can have 5,000 rows;
 * built from docx's objects, every cell costs kilobytes of memory while the
 * document is written, which broke the pack's memory budget (DESIGN §6). The
 * XML is the same docx writes for a plain table (see the read-back tests), in
 * the element order the schema requires.
 */

export interface CellRun {
  text: string;
  bold?: boolean;
  /** Text colour, `rrggbb`. */
  color?: string;
}

export type Cell =
  | string
  | {
      runs: CellRun[];
      /** Background colour, `rrggbb`. */
      fill?: string;
    };

export interface TableColumn {
  header: string;
  /** Relative width: columns share the table's width in proportion. */
  weight: number;
}

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly Cell[])[];
  /** Width of the table in twentieths of a point (the text width of the page). */
  width: number;
  /** Whether the first row is a header row, repeated at the top of every page (default true). */
  header?: boolean;
  /** Paragraph style of every cell. */
  style?: string;
}

const HEADER_FILL = 'E7ECF2';
const BORDER = 'w:val="single" w:color="A6A6A6" w:sz="4"';

/** C0 controls other than tab, line feed and carriage return, and the two non-characters. */
function forbiddenInXml(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

function withoutForbidden(text: string): string {
  let out = '';
  let clean = true;
  for (let i = 0; i < text.length; i += 1) {
    if (forbiddenInXml(text.charCodeAt(i))) clean = false;
    else out += text.charAt(i);
  }
  return clean ? text : out;
}

/** Text as XML character data: markup escaped, characters XML 1.0 forbids dropped. */
export function escapeXmlText(text: string): string {
  return withoutForbidden(text)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function runXml(run: CellRun): string {
  if (run.text === '') return '';
  let props = '';
  if (run.bold) props += '<w:b/><w:bCs/>';
  if (run.color) props += `<w:color w:val="${run.color}"/>`;
  const content = run.text
    .split('\n')
    .map(
      (line, index) =>
        (index > 0 ? '<w:br/>' : '') +
        (line === '' ? '' : `<w:t xml:space="preserve">${escapeXmlText(line)}</w:t>`),
    )
    .join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${content}</w:r>`;
}

function cellXml(cell: Cell, width: number, style: string, fill: string | null): string {
  const runs = typeof cell === 'string' ? [{ text: cell }] : cell.runs;
  const shade = typeof cell === 'string' ? fill : (cell.fill ?? fill);
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${String(width)}"/>` +
    (shade ? `<w:shd w:fill="${shade}" w:color="auto" w:val="clear"/>` : '') +
    `</w:tcPr><w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs.map(runXml).join('')}</w:p></w:tc>`
  );
}

/** A table's WordprocessingML. */
export function tableXml(spec: TableSpec): string {
  const { columns, rows, width, header = true, style = 'TableText' } = spec;
  const total = columns.reduce((sum, c) => sum + c.weight, 0) || 1;
  const widths = columns.map((c) => Math.max(200, Math.floor((c.weight / total) * width)));
  const tableWidth = widths.reduce((sum, w) => sum + w, 0);
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${String(tableWidth)}"/><w:tblBorders>` +
      `<w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/>` +
      `</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>` +
      widths.map((w) => `<w:gridCol w:w="${String(w)}"/>`).join('') +
      '</w:tblGrid>',
  ];
  if (header) {
    parts.push(
      `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns
        .map((c, i) =>
          cellXml({ runs: [{ text: c.header, bold: true }] }, widths[i] ?? 200, style, HEADER_FILL),
        )
        .join('')}</w:tr>`,
    );
  }
  for (const row of rows) {
    parts.push(
      `<w:tr>${widths.map((w, i) => cellXml(row[i] ?? '', w, style, null)).join('')}</w:tr>`,
    );
  }
  parts.push('</w:tbl>');
  return parts.join('');
}

const TOKEN_PREFIX = 'COUNTERSIGN-TABLE-';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The paragraph docx writes for a placeholder, exactly: it is replaced by the table. */
function placeholderXml(token: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${token}</w:t></w:r></w:p>`;
}

/**
 * The tables of one document: each is written where docx writes its
 * placeholder paragraph.
 */
export class TableSink {
  private readonly tables: string[] = [];

  placeholder(spec: TableSpec): Paragraph {
    const token = `${TOKEN_PREFIX}${String(this.tables.length)}`;
    this.tables.push(tableXml(spec));
    return new Paragraph({ children: [new TextRun(token)] });
  }

  get size(): number {
    return this.tables.length;
  }

  /** document.xml with every placeholder replaced by its table, in one pass. */
  splice(documentXml: string): string {
    const pattern = new RegExp(
      escapeRegExp(placeholderXml(`${TOKEN_PREFIX}§`)).replace('§', '(\\d+)'),
      'g',
    );
    const placed = new Set<number>();
    const out = documentXml.replace(pattern, (match, index: string) => {
      const i = Number(index);
      const xml = this.tables[i];
      if (xml === undefined || placed.has(i)) return match;
      placed.add(i);
      return xml;
    });
    if (placed.size !== this.tables.length) {
      throw new Error(
        `Only ${String(placed.size)} of ${String(this.tables.length)} tables found their place in the document.`,
      );
    }
    return out;
  }
}
