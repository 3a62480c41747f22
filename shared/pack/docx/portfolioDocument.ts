import { Document, type FileChild } from 'docx';
import type { PortfolioPackModel } from '../model';
import { Layout, PACK_STYLES, flagCell, pageSection, para } from './blocks';
import { appendixPart } from './appendix';
import { contents, coverPage, documentControl } from './frontMatter';
import { packDocumentProperties } from './properties';
import type { PackDocument } from './render';

function body(
  model: PortfolioPackModel,
  n: Layout,
): { portrait: FileChild[]; landscape: FileChild[] } {
  const landscape: FileChild[] = [];
  const { inventory, funnel, stalled, gateStatus, riskSummary, overdue } = model;
  if (inventory) {
    landscape.push(
      n.h1('Inventory of initiatives'),
      para(inventory.statement),
      inventory.rows.length === 0
        ? para('The workspace holds no initiative.')
        : n.table(
            'landscape',
            [
              { header: 'Initiative', weight: 3.5 },
              { header: 'Business unit', weight: 1.8 },
              { header: 'Owner', weight: 1.8 },
              { header: 'Stage', weight: 1.5 },
              { header: 'Time in stage', weight: 2 },
              { header: 'EU AI Act tier', weight: 2 },
              { header: 'Latest gate', weight: 2.6 },
              { header: 'Risks', weight: 2 },
              { header: 'Open conditions', weight: 1.6 },
            ],
            inventory.rows.map((r) => [
              r.title,
              r.businessUnit,
              r.owner,
              r.stage,
              r.timeInStage,
              r.tier,
              r.gateStatus,
              r.risks,
              flagCell(r.openConditions, r.openConditions.includes('overdue')),
            ]),
          ),
    );
  }
  if (funnel) {
    landscape.push(
      n.h1('Stage funnel'),
      para(funnel.statement),
      n.table(
        'landscape',
        [
          { header: 'Stage', weight: 3 },
          { header: 'Initiatives', weight: 2 },
          { header: 'Share', weight: 2 },
        ],
        funnel.stages.map((s) => [s.stage, String(s.count), s.share]),
      ),
    );
  }
  if (stalled) {
    landscape.push(
      n.h1('Stalled initiatives'),
      para(stalled.statement),
      ...(stalled.rows.length === 0
        ? []
        : [
            n.table(
              'landscape',
              [
                { header: 'Initiative', weight: 4 },
                { header: 'Stage', weight: 2 },
                { header: 'In stage since', weight: 2.5 },
                { header: 'Time in stage', weight: 3 },
                { header: 'Owner', weight: 2 },
              ],
              stalled.rows.map((r) => [r.title, r.stage, r.since, r.days, r.owner]),
            ),
          ]),
    );
  }
  if (gateStatus) {
    landscape.push(
      n.h1('Gate status per initiative'),
      para(gateStatus.statement),
      ...(gateStatus.rows.length === 0
        ? []
        : [
            n.table(
              'landscape',
              [
                { header: 'Initiative', weight: 3 },
                { header: 'Gate', weight: 2 },
                { header: 'Status', weight: 2.2 },
                { header: 'In words', weight: 7 },
              ],
              gateStatus.rows.map((r) => [
                r.initiative,
                r.gate,
                flagCell(r.status, r.status.startsWith('Overridden') || r.status === 'Blocked'),
                r.explanation,
              ]),
            ),
          ]),
    );
  }
  if (riskSummary) {
    landscape.push(
      n.h1('Risk summary by band and category'),
      para(riskSummary.statement),
      ...(riskSummary.total === 0
        ? []
        : [
            n.table(
              'landscape',
              [
                { header: 'Category', weight: 4 },
                ...riskSummary.bands.map((b) => ({ header: b, weight: 1.5 })),
                { header: 'Total', weight: 1.5 },
              ],
              [
                ...riskSummary.rows.map((r) => [
                  r.category,
                  ...r.counts.map(String),
                  String(r.total),
                ]),
                [
                  { runs: [{ text: 'All categories', bold: true }] },
                  ...riskSummary.totals.map((t) => ({ runs: [{ text: String(t), bold: true }] })),
                  { runs: [{ text: String(riskSummary.total), bold: true }] },
                ],
              ],
            ),
            para(
              `${String(riskSummary.untreated)} high or critical ${riskSummary.untreated === 1 ? 'risk has' : 'risks have'} nothing treating it yet.`,
            ),
          ]),
    );
  }
  if (overdue) {
    landscape.push(
      n.h1('Overdue reviews and conditions'),
      para(overdue.statement),
      n.h2('Overdue risk reviews'),
    );
    landscape.push(
      overdue.reviews.length === 0
        ? para('No risk review is overdue.')
        : n.table(
            'landscape',
            [
              { header: 'Initiative', weight: 3 },
              { header: 'Risk', weight: 4 },
              { header: 'Residual band', weight: 1.6 },
              { header: 'Review was due', weight: 1.8 },
              { header: 'Owner', weight: 2 },
            ],
            overdue.reviews.map((r) => [r.initiative, r.risk, r.band, r.due, r.owner]),
          ),
      n.h2('Overdue sign-off conditions'),
      overdue.conditions.length === 0
        ? para('No sign-off condition is overdue.')
        : n.table(
            'landscape',
            [
              { header: 'Initiative', weight: 3 },
              { header: 'Gate', weight: 2 },
              { header: 'Function', weight: 1.5 },
              { header: 'Condition', weight: 5 },
              { header: 'Owner', weight: 2 },
              { header: 'Due', weight: 1.5 },
            ],
            overdue.conditions.map((c) => [
              c.initiative,
              c.gate,
              c.function,
              c.text,
              c.owner,
              c.dueOn,
            ]),
          ),
    );
  }
  return { portrait: [], landscape };
}

/** The portfolio pack as a Word document. */
export function portfolioDocument(model: PortfolioPackModel, contentHash: string): PackDocument {
  const n = new Layout();
  const { meta } = model;
  const running = { marking: meta.marking, title: `${meta.title}: ${meta.subject}` };
  const front = [...coverPage(meta, n), ...documentControl(meta, contentHash, n), ...contents()];
  const { landscape } = body(model, n);
  const sections = [pageSection('portrait', front, running)];
  if (landscape.length > 0) sections.push(pageSection('landscape', landscape, running));
  if (model.appendix)
    sections.push(pageSection('portrait', appendixPart(model.appendix, contentHash, n), running));
  const document = new Document({
    ...packDocumentProperties(meta, contentHash),
    styles: PACK_STYLES,
    sections,
  });
  return { document, tables: n.tables };
}
