import {
  AlignmentType,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type IRunOptions,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import { BAND_COLOURS, type Band } from '../../risk/matrix';
import type { Field, HeatMapModel, Verification } from '../model';
import { TableSink, type Cell, type CellRun, type TableColumn } from './table';

/** A4 in twentieths of a point, with 1.9 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1080 };
export const TEXT_WIDTH = {
  portrait: PAGE.width - 2 * PAGE.margin,
  landscape: PAGE.height - 2 * PAGE.margin,
};
export type Orientation = keyof typeof TEXT_WIDTH;

export const FONT = 'Calibri';
/** Warnings in the text: stale, expired, overridden, not verified. */
export const ALERT_COLOUR = 'B91C1C';
const MUTED_COLOUR = '555F6D';

export const PACK_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 100 } } },
    title: { run: { font: FONT, size: 52, bold: true, color: '1F2A37' } },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: '1F3A5F' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true, color: '1F3A5F' },
      paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
    },
    heading3: {
      run: { font: FONT, size: 22, bold: true, color: '1F2A37' },
      paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: 17 },
      paragraph: { spacing: { before: 20, after: 20 } },
    },
    {
      id: 'ContentsTitle',
      name: 'Contents Title',
      basedOn: 'Normal',
      run: { font: FONT, size: 32, bold: true, color: '1F3A5F' },
      paragraph: { spacing: { before: 240, after: 120 } },
    },
  ],
};

/** Builds one document's parts: numbered headings, and tables (see table.ts). */
export class Layout {
  readonly tables = new TableSink();
  private chapter = 0;
  private section = 0;
  private sub = 0;

  h1(title: string): Paragraph {
    this.chapter += 1;
    this.section = 0;
    return heading(`${String(this.chapter)}. ${title}`, 1);
  }

  h2(title: string): Paragraph {
    this.section += 1;
    this.sub = 0;
    return heading(`${String(this.chapter)}.${String(this.section)} ${title}`, 2);
  }

  h3(title: string): Paragraph {
    this.sub += 1;
    return heading(
      `${String(this.chapter)}.${String(this.section)}.${String(this.sub)} ${title}`,
      3,
    );
  }

  table(
    orientation: Orientation,
    columns: readonly TableColumn[],
    rows: readonly (readonly Cell[])[],
  ): FileChild {
    return this.tables.placeholder({ columns, rows, width: TEXT_WIDTH[orientation] });
  }

  /** The table, or when it has no rows the sentence saying so: empty sections say so plainly. */
  tableOr(
    whenEmpty: string,
    orientation: Orientation,
    columns: readonly TableColumn[],
    rows: readonly (readonly Cell[])[],
  ): FileChild {
    return rows.length === 0 ? para(whenEmpty) : this.table(orientation, columns, rows);
  }

  /** A heat map as a table coloured by band, each cell its count and its band in words. */
  heatMap(orientation: Orientation, map: HeatMapModel): FileChild[] {
    return [
      para(map.title, { bold: true }),
      this.table(
        orientation,
        [
          { header: map.cornerHeader, weight: 2 },
          ...map.columnHeaders.map((h) => ({ header: h, weight: 1.6 })),
        ],
        map.rows.map((row) => [
          { runs: [{ text: row.label, bold: true }] },
          ...row.cells.map((cell) => bandCell(`${cell.text}\n${cell.description}`, cell.band)),
        ]),
      ),
      muted(map.caption),
    ];
  }

  /** Labelled values as a two-column table. */
  fieldTable(orientation: Orientation, fields: readonly Field[]): FileChild {
    return this.tables.placeholder({
      columns: [
        { header: '', weight: 3 },
        { header: '', weight: 7 },
      ],
      header: false,
      rows: fields.map((f) => [{ runs: [{ text: f.label, bold: true }], fill: 'F3F5F8' }, f.value]),
      width: TEXT_WIDTH[orientation],
    });
  }
}

/** A run of text. Options go through IRunOptions so `bold` is docx's, not String.prototype.bold. */
export function textRun(options: IRunOptions): TextRun {
  return new TextRun(options);
}

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel =
    level === 1
      ? HeadingLevel.HEADING_1
      : level === 2
        ? HeadingLevel.HEADING_2
        : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, children: [new TextRun(text)] });
}

export function para(
  text: string,
  options: { bold?: boolean; italics?: boolean; color?: string } = {},
): Paragraph {
  return new Paragraph({ children: [textRun({ text, ...options })] });
}

/** A paragraph of runs: plain text, with parts in bold or in the alert colour. */
export function richPara(runs: readonly CellRun[]): Paragraph {
  return new Paragraph({
    children: runs.map((r) =>
      textRun({
        text: r.text,
        bold: r.bold ?? false,
        ...(r.color ? { color: r.color } : {}),
      }),
    ),
  });
}

export function muted(text: string): Paragraph {
  return new Paragraph({ children: [textRun({ text, italics: true, color: MUTED_COLOUR })] });
}

/** A warning that must not be missed: bold, in the alert colour. */
export function alert(text: string): Paragraph {
  return new Paragraph({ children: [textRun({ text, bold: true, color: ALERT_COLOUR })] });
}

export function bullets(items: readonly string[]): Paragraph[] {
  return items.map(
    (text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] }),
  );
}

export function verificationCell(v: Verification): Cell {
  return { runs: [{ text: v.text, bold: !v.ok, ...(v.ok ? {} : { color: ALERT_COLOUR }) }] };
}

export function bandCell(text: string, band: Band | null): Cell {
  if (band === null) return text;
  const colours = BAND_COLOURS[band];
  return { runs: [{ text, color: colours.text.slice(1) }], fill: colours.background.slice(1) };
}

/** A cell in the alert colour when `on`, plain otherwise. */
export function flagCell(text: string, on: boolean): Cell {
  return on ? { runs: [{ text, bold: true, color: ALERT_COLOUR }] } : text;
}

export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}

/** One Word section: its orientation, and the marking and page numbers on every page. */
export function pageSection(
  orientation: Orientation,
  children: FileChild[],
  running: { marking: string; title: string },
): ISectionOptions {
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        // docx swaps width and height itself for landscape pages.
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              textRun({
                text: running.marking || 'No classification marking',
                bold: true,
                color: running.marking ? ALERT_COLOUR : MUTED_COLOUR,
              }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [textRun({ text: running.title, size: 16, color: MUTED_COLOUR })],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              textRun({
                size: 16,
                color: MUTED_COLOUR,
                children: [
                  running.marking ? `${running.marking} · Page ` : 'Page ',
                  PageNumber.CURRENT,
                  ' of ',
                  PageNumber.TOTAL_PAGES,
                ],
              }),
            ],
          }),
        ],
      }),
    },
    // A section's last paragraph carries its properties: never a table's placeholder.
    children: [...children, new Paragraph({ children: [] })],
  };
}
