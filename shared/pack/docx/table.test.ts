import { describe, expect, it } from 'vitest';
import { TableSink, escapeXmlText, tableXml } from './table';

describe('tables written as WordprocessingML', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXmlText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(escapeXmlText('bell\u0007 and \u0000nul')).toBe('bell and nul');
    expect(escapeXmlText('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
    expect(escapeXmlText('emoji 🙂 stays')).toBe('emoji 🙂 stays');
  });

  it('writes a header row that repeats, one cell per column, and line breaks as breaks', () => {
    const xml = tableXml({
      columns: [
        { header: 'A', weight: 1 },
        { header: 'B', weight: 3 },
      ],
      rows: [
        ['one\ntwo', { runs: [{ text: 'x<y', bold: true, color: 'B91C1C' }], fill: 'FDE68A' }],
        ['only one cell'],
      ],
      width: 4000,
    });
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="3000"/></w:tblGrid>');
    expect(xml).toContain('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    expect(xml).toContain(
      '<w:t xml:space="preserve">one</w:t><w:br/><w:t xml:space="preserve">two</w:t>',
    );
    expect(xml).toContain('<w:shd w:fill="FDE68A" w:color="auto" w:val="clear"/>');
    expect(xml).toContain(
      '<w:rPr><w:b/><w:bCs/><w:color w:val="B91C1C"/></w:rPr><w:t xml:space="preserve">x&lt;y</w:t>',
    );
    // A short row is padded so every row has a cell per grid column.
    expect(xml.match(/<w:tc>/g)).toHaveLength(6);
  });

  it('puts each table where its placeholder paragraph is, and refuses to lose one', () => {
    const sink = new TableSink();
    sink.placeholder({ columns: [{ header: 'H', weight: 1 }], rows: [['r']], width: 1000 });
    sink.placeholder({ columns: [{ header: 'K', weight: 1 }], rows: [], width: 1000 });
    const placeholder = (i: number) =>
      `<w:p><w:r><w:t xml:space="preserve">COUNTERSIGN-TABLE-${String(i)}</w:t></w:r></w:p>`;
    const spliced = sink.splice(`<w:body>${placeholder(1)}<w:p/>${placeholder(0)}</w:body>`);
    expect(spliced).not.toContain('COUNTERSIGN-TABLE');
    expect(spliced.indexOf('>K<')).toBeLessThan(spliced.indexOf('>H<'));
    expect(() => sink.splice(`<w:body>${placeholder(0)}</w:body>`)).toThrow(/Only 1 of 2 tables/);
  });
});
