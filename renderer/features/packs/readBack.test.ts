import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePack, type GeneratedPack } from '../../../shared/pack/generatePack';
import { EMPTY_DASHBOARD_FILTER } from '../../../shared/dashboard/filter';
import { readPackProperty } from '../../../shared/pack/readPackProperty';
import { BAND_COLOURS } from '../../../shared/risk/matrix';
import type { CountersignDb } from '../../db/database';
import { readPackSource } from './readPackSource';
import {
  docxParts,
  paragraphStyle,
  parseXml,
  tableRows,
  textOf,
  walk,
  type XmlNode,
} from './testing/docxXml';
import { initiativeSpec, portfolioSpec, sampleWorkspaceDb } from './testing/samplePack';

let db: CountersignDb;
let initiativePack: GeneratedPack;
let portfolioPack: GeneratedPack;

beforeAll(async () => {
  db = await sampleWorkspaceDb();
  const contract = (await db.initiatives.toArray()).find(
    (i) => i.title === 'Contract review assistant',
  )!;
  initiativePack = await generatePack(
    await readPackSource(db, { initiativeId: contract.id }),
    initiativeSpec(contract.id),
  );
  portfolioPack = await generatePack(
    await readPackSource(db, { initiativeId: null }),
    portfolioSpec(),
  );
}, 60_000);
afterAll(async () => {
  await db.delete();
});

function body(pack: GeneratedPack): { parts: Map<string, string>; document: XmlNode } {
  const parts = docxParts(pack.bytes);
  return { parts, document: parseXml(parts.get('word/document.xml')!) };
}

function headings(document: XmlNode, style: string): string[] {
  return [...walk(document)]
    .filter((n) => n.name === 'w:p' && paragraphStyle(n) === style)
    .map(textOf);
}

describe('the initiative pack, read back from the .docx', () => {
  it('is well-formed XML in every part, with unique bookmark ids', () => {
    const { parts, document } = body(initiativePack);
    for (const [name, xml] of parts) {
      if (name.endsWith('.xml') || name.endsWith('.rels'))
        expect(() => parseXml(xml), name).not.toThrow();
    }
    const bookmarks = [...walk(document)].filter((n) => n.name === 'w:bookmarkStart');
    const ids = bookmarks.map((b) => b.attributes['w:id']);
    const names = bookmarks.map((b) => b.attributes['w:name']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    const ends = [...walk(document)]
      .filter((n) => n.name === 'w:bookmarkEnd')
      .map((b) => b.attributes['w:id']);
    expect(new Set(ends)).toEqual(new Set(ids));
    // Every table row has as many cells as the table's grid has columns.
    for (const table of [...walk(document)].filter((n) => n.name === 'w:tbl')) {
      const columns = table.children.find((c) => c.name === 'w:tblGrid')!.children.length;
      for (const row of table.children.filter((c) => c.name === 'w:tr')) {
        expect(row.children.filter((c) => c.name === 'w:tc')).toHaveLength(columns);
      }
    }
  });

  it('has the sections as real Heading 1–3 paragraphs and a TOC field over them', () => {
    const { document } = body(initiativePack);
    expect(headings(document, 'Heading1')).toEqual([
      '1. Document control',
      '2. Executive summary',
      '3. System description (EU AI Act Annex IV)',
      '4. EU AI Act classification',
      '5. Stage-gate record',
      '6. Risk register',
      '7. Framework coverage',
      '8. Evidence index',
      '9. Audit trail',
      '10. Appendix: how to verify this pack',
    ]);
    expect(headings(document, 'Heading2')).toContain('5.2 Go live (Pilot → Production)');
    expect(headings(document, 'Heading3')).toContain(
      '5.2.1 Legal: Tomas Lindqvist, Approve with conditions',
    );
    const instructions = [...walk(document)]
      .filter((n) => n.name === 'w:instrText')
      .map((n) => n.text.trim());
    expect(instructions).toContain('TOC \\h \\o "1-3"');
    const fieldChars = [...walk(document)]
      .filter((n) => n.name === 'w:fldChar')
      .map((n) => n.attributes['w:fldCharType']);
    expect(fieldChars.filter((t) => t === 'begin')).toHaveLength(
      fieldChars.filter((t) => t === 'end').length,
    );
    // The TOC lists the headings before Word updates it, each linked to its heading's bookmark.
    const tocEntries = [...walk(document)]
      .filter((n) => n.name === 'w:p' && paragraphStyle(n) === 'TOC1')
      .map(textOf);
    expect(tocEntries.some((t) => t.includes('5. Stage-gate record'))).toBe(true);
  });

  it('has a row per sign-off with the Part 11 manifestation, and the chain head hash', async () => {
    const { document } = body(initiativePack);
    const tables = [...walk(document)].filter((n) => n.name === 'w:tbl').map(tableRows);
    const signoffTables = tables.filter(
      (rows) => rows[0]?.[1] === 'Printed name' && rows[0][0] === 'Function',
    );
    expect(signoffTables).toHaveLength(2);
    const goLive = signoffTables[1]!;
    expect(goLive[0]).toEqual([
      'Function',
      'Printed name',
      'Signed',
      'Meaning',
      'Decision',
      'Standing',
      'Signature',
    ]);
    expect(goLive.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]])).toEqual([
      ['Legal', 'Tomas Lindqvist', 'Approval', 'Approve with conditions', 'Current', 'Verified'],
      ['Security', 'Marcus Webb', 'Approval', 'Approve', 'Current', 'Verified'],
      ['Compliance', 'Grace Adeyemi', 'Approval', 'Approve', 'Current', 'Verified'],
      ['Operations', 'Inês Carvalho', 'Approval', 'Approve', 'Current', 'Verified'],
      ['Business owner', 'Siobhan Gallagher', 'Approval', 'Approve', 'Current', 'Verified'],
    ]);
    expect(
      goLive.slice(1).every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\+01:00$/.test(r[2]!)),
    ).toBe(true);
    const head = await db.auditEvents.orderBy('seq').last();
    const text = textOf(document);
    expect(text).toContain(head!.hash);
    expect(text).toContain(initiativePack.built.contentHash);
    expect(text).toContain('SHA-256 of the canonical JSON');
  });

  it('puts the marking in every page header and page numbers in every footer', () => {
    const { parts } = body(initiativePack);
    const headers = [...parts.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n));
    const footers = [...parts.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThanOrEqual(4);
    for (const name of headers)
      expect(textOf(parseXml(parts.get(name)!))).toContain('Confidential');
    for (const name of footers) {
      const xml = parseXml(parts.get(name)!);
      const fields = [...walk(xml)]
        .filter((n) => n.name === 'w:instrText')
        .map((n) => n.text.trim());
      expect(fields).toEqual(expect.arrayContaining(['PAGE', 'NUMPAGES']));
    }
    // The risk register and the audit trail are landscape sections.
    const orientations = [...walk(parseXml(parts.get('word/document.xml')!))]
      .filter((n) => n.name === 'w:pgSz')
      .map((n) => n.attributes['w:orient']);
    expect(orientations).toEqual(['portrait', 'landscape', 'portrait', 'landscape', 'portrait']);
  });

  it('records its spec and content hash in its properties', () => {
    const property = readPackProperty(initiativePack.bytes);
    expect(property.contentHash).toBe(initiativePack.built.contentHash);
    expect(property.spec.request).toMatchObject({ kind: 'initiative' });
    expect(property.chainHead).toEqual(initiativePack.built.model.meta.chain.head);
  });
});

describe('the portfolio pack, read back', () => {
  function tables(document: XmlNode): string[][][] {
    return [...walk(document)].filter((n) => n.name === 'w:tbl').map(tableRows);
  }

  it('is well formed and has its sections: the Dashboard’s panels between inventory and gates', () => {
    const { parts, document } = body(portfolioPack);
    for (const [name, xml] of parts) {
      if (name.endsWith('.xml') || name.endsWith('.rels'))
        expect(() => parseXml(xml), name).not.toThrow();
    }
    expect(headings(document, 'Heading1')).toEqual([
      '1. Document control',
      '2. Inventory of initiatives',
      '3. Stage funnel',
      '4. Stalled initiatives',
      '5. Waiting on: reviews and overdue conditions',
      '6. Risk summary: residual heat map, bands and categories',
      '7. Readiness of initiatives in pilot',
      '8. Cost at scale',
      '9. Gate status per initiative',
      '10. Appendix: how to verify this pack',
    ]);
    expect(headings(document, 'Heading2')).toEqual(
      expect.arrayContaining([
        '5.1 Reviews waiting by function',
        '5.2 Reviews waiting by reviewer',
        '5.3 Open reviews, oldest first',
        '5.4 Overdue conditions by owner',
        '6.1 Residual heat map',
        '6.2 Risks by residual band',
        '6.3 Risks by category',
        '6.4 Overdue risk reviews',
        '6.5 Acceptances expiring in the next 30 days',
      ]),
    );
    const all = tables(document);
    const inventory = all.find(
      (rows) => rows[0]?.[0] === 'Initiative' && rows[0][1] === 'Business unit',
    )!;
    expect(inventory.slice(1).map((r) => r[0])).toContain('Contract review assistant');
    const funnel = all.find((rows) => rows[0]?.[3] === 'Went on to the next stage')!;
    expect(funnel.slice(1).map((r) => r[0])).toEqual([
      'Idea',
      'Proof of concept',
      'Pilot',
      'Production',
      'Retired',
    ]);
    const byFunction = all.find(
      (rows) => rows[0]?.[0] === 'Function' && rows[0][2] === 'Past target',
    )!;
    expect(byFunction[0]).toEqual(['Function', 'Pending', 'Past target', 'Oldest (working days)']);
    expect(byFunction.length).toBeGreaterThan(1);
    expect(all.find((rows) => rows[0]?.[0] === 'Reviewer')).toBeDefined();
    const byOwner = all.find((rows) => rows[0]?.[0] === 'Owner' && rows[0][1] === 'Overdue')!;
    expect(byOwner.slice(1).map((r) => r[0])).toContain('Priya Raman');
    const readiness = all.find((rows) => rows[0]?.[0] === 'Gap')!;
    expect(readiness[0]).toEqual(['Gap', 'Ready', 'In progress', 'Not started']);
    expect(readiness).toHaveLength(7);
    const cost = all.find((rows) => rows[0]?.[3] === 'Production a month')!;
    expect(cost.slice(1).map((r) => r[0])).toEqual(['Customer-support ticket triage assistant']);
  });

  it('draws the residual heat map as a table coloured by band, like the initiative pack', () => {
    const { document } = body(portfolioPack);
    const heatMap = [...walk(document)]
      .filter((n) => n.name === 'w:tbl')
      .find((t) => tableRows(t)[0]?.[0]?.endsWith('/ impact'))!;
    expect(heatMap).toBeDefined();
    const rows = tableRows(heatMap);
    // Five likelihood rows under the header, each cell its count and band in words.
    expect(rows).toHaveLength(6);
    expect(rows[1]!.slice(1).every((cell) => /risks?/.test(cell) && /score \d+/.test(cell))).toBe(
      true,
    );
    const fills = new Set(
      [...walk(heatMap)]
        .filter((n) => n.name === 'w:shd')
        .map((n) => n.attributes['w:fill']?.toLowerCase()),
    );
    for (const colour of Object.values(BAND_COLOURS))
      expect(fills).toContain(colour.background.slice(1).toLowerCase());
  });

  it('names the Dashboard’s filters on the cover and in the document control', async () => {
    const filtered = await generatePack(
      await readPackSource(db, { initiativeId: null }),
      portfolioSpec({}, { filter: { ...EMPTY_DASHBOARD_FILTER, businessUnit: 'Claims' } }),
    );
    const { document } = body(filtered);
    const rows = tables(document).flat();
    expect(rows).toContainEqual(['Filters', 'Business unit: Claims']);
    expect(rows).toContainEqual(['Filter: Business unit', 'Claims']);
    expect(rows).toContainEqual(['Filter: Owner', 'Anyone']);
    expect(rows).toContainEqual(['Filter: EU AI Act tier', 'Any']);
    const inventory = tables(document).find(
      (t) => t[0]?.[0] === 'Initiative' && t[0][1] === 'Business unit',
    )!;
    expect(inventory.slice(1).map((r) => r[0])).toEqual(['Motor and home claims categoriser']);
    expect(textOf(document)).toContain('filtered to Business unit: Claims');
    expect(filtered.fileName).toMatch(/-portfolio-claims-pack-v\d+-/);
    const property = readPackProperty(filtered.bytes);
    expect(property.spec.request).toMatchObject({
      kind: 'portfolio',
      filter: { businessUnit: 'Claims' },
    });
    expect(property.contentHash).toBe(filtered.built.contentHash);
  });
});
