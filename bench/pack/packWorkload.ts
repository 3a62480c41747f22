import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { generatePack } from '../../shared/pack/generatePack';
import { INITIATIVE_SECTIONS } from '../../shared/pack/sections';
import type { PackSource } from '../../shared/pack/source';
import { syntheticPackSource } from '../../shared/pack/testing/syntheticSource';

/** The budget's workload (DESIGN §6): one initiative with 200 risks and 5,000 audit events. */
export function budgetSource(): PackSource {
  return syntheticPackSource({ risks: 200, events: 5000 });
}

/** The initiative pack with every section, as the Export pack dialog builds it. */
export async function buildBudgetPack(source: PackSource): Promise<number> {
  const initiative = source.initiatives[0];
  if (!initiative) throw new Error('The synthetic workspace has no initiative');
  const pack = await generatePack(source, {
    request: {
      kind: 'initiative',
      initiativeId: initiative.id,
      sections: [...INITIATIVE_SECTIONS],
      auditFrom: null,
      auditTo: null,
    },
    context: {
      generatedAt: new Date().toISOString(),
      timeZone: { name: 'UTC', offsetMinutes: 0 },
      preparedBy: { name: 'Benchmark', title: '', memberId: null },
      marking: 'Confidential',
      appVersion: 'bench',
    },
  });
  return pack.bytes.length;
}

/**
 * The platform's own cost for the same rows: `docx` packing one plain table
 * with a row per risk and per audit event, the cells the pack prints for
 * them, and nothing else (no sections, styles, heat maps or signatures).
 */
export async function buildPlainTable(source: PackSource): Promise<number> {
  const cell = (text: string) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const rows = [
    ...source.risks.map(
      (r) =>
        new TableRow({
          children: [
            r.title,
            r.category,
            `${String(r.inherent.likelihood)}×${String(r.inherent.impact)}`,
            `${String(r.residual.likelihood)}×${String(r.residual.impact)}`,
            r.treatment,
          ].map(cell),
        }),
    ),
    ...source.events.map(
      (e) =>
        new TableRow({
          children: [String(e.seq), e.at, e.action, e.entity, e.actor, e.hash.slice(0, 16)].map(
            cell,
          ),
        }),
    ),
  ];
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun('Rows')] }),
          new Table({ rows }),
        ],
      },
    ],
  });
  return (await Packer.toArrayBuffer(document)).byteLength;
}
