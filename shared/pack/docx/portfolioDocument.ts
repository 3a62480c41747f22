import { Document, type FileChild } from 'docx';
import type { PortfolioPackModel, WaitingGroupRow } from '../model';
import {
  Layout,
  PACK_STYLES,
  alert,
  bandCell,
  flagCell,
  muted,
  pageSection,
  para,
  spacer,
} from './blocks';
import { appendixPart } from './appendix';
import { contents, coverPage, documentControl } from './frontMatter';
import { packDocumentProperties } from './properties';
import type { PackDocument } from './render';

function inventoryPart(model: PortfolioPackModel, n: Layout): FileChild[] {
  const inventory = model.inventory;
  if (!inventory) return [];
  return [
    n.h1('Inventory of initiatives'),
    para(inventory.statement),
    ...(inventory.rows.length === 0
      ? []
      : [
          n.table(
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
              flagCell(r.openConditions, r.overdueConditions > 0),
            ]),
          ),
        ]),
  ];
}

function funnelPart(model: PortfolioPackModel, n: Layout): FileChild[] {
  const funnel = model.funnel;
  if (!funnel) return [];
  return [
    n.h1('Stage funnel'),
    para(funnel.statement),
    ...(funnel.total === 0
      ? []
      : [
          n.table(
            'landscape',
            [
              { header: 'Stage', weight: 2.2 },
              { header: 'Now', weight: 1 },
              { header: 'Reached', weight: 1.2 },
              { header: 'Went on to the next stage', weight: 3 },
              { header: 'Median time spent', weight: 3 },
              { header: 'Median time so far', weight: 2.6 },
            ],
            funnel.rows.map((r) => [
              { runs: [{ text: r.stage, bold: true }] },
              String(r.current),
              r.reached === null ? '–' : String(r.reached),
              r.conversion,
              r.medianSpent,
              r.medianSoFar,
            ]),
          ),
          muted(funnel.note),
        ]),
  ];
}

function stalledPart(model: PortfolioPackModel, n: Layout): FileChild[] {
  const stalled = model.stalled;
  if (!stalled) return [];
  return [
    n.h1('Stalled initiatives'),
    para(stalled.statement),
    ...(stalled.rows.length === 0
      ? []
      : [
          n.table(
            'landscape',
            [
              { header: 'Initiative', weight: 3 },
              { header: 'Stage and time in it', weight: 2.8 },
              { header: 'Owner', weight: 1.7 },
              { header: 'Least-ready gap', weight: 2.4 },
              { header: 'Next gate', weight: 2.2 },
              { header: 'What blocks it', weight: 4.5 },
            ],
            stalled.rows.map((r) => [
              r.title,
              `${r.stage}, ${r.days}\nsince ${r.since}`,
              r.owner,
              r.leastReadyGap,
              `${r.gate}: ${r.gateStatus}`,
              r.blocking,
            ]),
          ),
        ]),
  ];
}

function groupTable(
  n: Layout,
  header: string,
  countHeader: string,
  oldestHeader: string,
  rows: readonly WaitingGroupRow[],
  withPastTarget: boolean,
): FileChild {
  return n.table(
    'landscape',
    [
      { header, weight: 4 },
      { header: countHeader, weight: 1.5 },
      ...(withPastTarget ? [{ header: 'Past target', weight: 1.5 }] : []),
      { header: oldestHeader, weight: 2 },
    ],
    rows.map((r) => [
      { runs: [{ text: r.label, bold: true }] },
      String(r.count),
      ...(withPastTarget ? [flagCell(String(r.pastTarget), r.pastTarget > 0)] : []),
      String(r.oldest),
    ]),
  );
}

function waitingOnPart(model: PortfolioPackModel, n: Layout): FileChild[] {
  const w = model.waitingOn;
  if (!w) return [];
  const none = 'No review is waiting.';
  return [
    n.h1('Waiting on: reviews and overdue conditions'),
    para(w.statement),
    n.h2('Reviews waiting by function'),
    w.byFunction.length === 0
      ? para(none)
      : groupTable(n, 'Function', 'Pending', 'Oldest (working days)', w.byFunction, true),
    n.h2('Reviews waiting by reviewer'),
    w.byReviewer.length === 0
      ? para(
          w.reviews.length === 0 ? none : 'No active member may give the reviews that are waiting.',
        )
      : groupTable(n, 'Reviewer', 'Pending', 'Oldest (working days)', w.byReviewer, true),
    ...(w.unassigned ? [alert(w.unassigned)] : []),
    n.h2('Open reviews, oldest first'),
    w.reviews.length === 0
      ? para(none)
      : n.table(
          'landscape',
          [
            { header: 'Initiative', weight: 3 },
            { header: 'Gate', weight: 2 },
            { header: 'Function', weight: 2 },
            { header: 'Why', weight: 2 },
            { header: 'Waiting on', weight: 3 },
            { header: 'Age against target', weight: 2.4 },
          ],
          w.reviews.map((r) => [
            r.initiative,
            r.gate,
            r.function,
            r.why,
            r.waitingOn,
            flagCell(r.overdue ? `${r.age}: overdue` : r.age, r.overdue),
          ]),
        ),
    n.h2('Overdue conditions by owner'),
    para(w.conditionsStatement),
    ...(w.conditions.length === 0
      ? []
      : [
          groupTable(n, 'Owner', 'Overdue', 'Most days overdue', w.conditionsByOwner, false),
          n.h2('Overdue conditions, most overdue first'),
          n.table(
            'landscape',
            [
              { header: 'Initiative', weight: 3 },
              { header: 'Gate', weight: 2 },
              { header: 'Condition', weight: 5 },
              { header: 'Owner', weight: 2 },
              { header: 'Due', weight: 1.5 },
              { header: 'Days overdue', weight: 1.3 },
            ],
            w.conditions.map((c) => [
              c.initiative,
              c.gate,
              c.condition,
              c.owner,
              c.dueOn,
              flagCell(String(c.daysOverdue), true),
            ]),
          ),
        ]),
  ];
}

function riskPart(model: PortfolioPackModel, n: Layout): FileChild[] {
  const r = model.riskSummary;
  if (!r) return [];
  const days = String(r.expiringWithinDays);
  return [
    n.h1('Risk summary: residual heat map, bands and categories'),
    para(r.statement),
    n.h2('Residual heat map'),
    ...(r.total === 0
      ? [para('No risk is recorded, so every cell of the heat map is empty.')]
      : n.heatMap('landscape', r.heatMap)),
    n.h2('Risks by residual band'),
    n.table(
      'landscape',
      [
        { header: 'Residual band', weight: 3 },
        { header: 'Risks', weight: 1.5 },
      ],
      r.byBand.map((b) => [bandCell(b.label, b.band), String(b.count)]),
    ),
    para(
      `${String(r.untreated)} high or critical ${r.untreated === 1 ? 'risk has' : 'risks have'} nothing treating ${r.untreated === 1 ? 'it' : 'them'} yet.`,
    ),
    n.h2('Risks by category'),
    n.tableOr(
      'No risk is recorded.',
      'landscape',
      [
        { header: 'Category', weight: 3 },
        { header: 'Risks', weight: 1.5 },
      ],
      r.byCategory.map((c) => [c.category, String(c.count)]),
    ),
    n.h2('Overdue risk reviews'),
    n.tableOr(
      'No risk review is overdue.',
      'landscape',
      [
        { header: 'Initiative', weight: 3 },
        { header: 'Risk', weight: 4 },
        { header: 'Residual band', weight: 1.6 },
        { header: 'Review was due', weight: 1.8 },
        { header: 'Owner', weight: 2 },
      ],
      r.overdueReviews.map((o) => [o.initiative, o.risk, o.band, o.due, o.owner]),
    ),
    n.h2(`Acceptances expiring in the next ${days} days`),
    n.tableOr(
      `No risk acceptance expires in the next ${days} days.`,
      'landscape',
      [
        { header: 'Risk', weight: 4 },
        { header: 'Initiative', weight: 3 },
        { header: 'Expires on', weight: 1.6 },
        { header: 'Days left', weight: 1.2 },
      ],
      r.expiringAcceptances.map((a) => [a.risk, a.initiative, a.expiresOn, String(a.inDays)]),
    ),
  ];
}

function readinessPart(model: PortfolioPackModel, n: Layout): FileChild[] {
  const r = model.readiness;
  if (!r) return [];
  return [
    n.h1('Readiness of initiatives in pilot'),
    para(r.statement),
    ...(r.pilots === 0
      ? []
      : [
          n.table(
            'landscape',
            [
              { header: 'Gap', weight: 3 },
              { header: 'Ready', weight: 1.5 },
              { header: 'In progress', weight: 1.5 },
              { header: 'Not started', weight: 1.5 },
            ],
            r.gaps.map((g) => [
              { runs: [{ text: g.gap, bold: true }] },
              String(g.ready),
              String(g.inProgress),
              flagCell(String(g.notStarted), g.notStarted > 0),
            ]),
          ),
        ]),
  ];
}

function costPart(model: PortfolioPackModel, n: Layout): FileChild[] {
  const c = model.costAtScale;
  if (!c) return [];
  return [
    n.h1('Cost at scale'),
    para(c.statement),
    n.fieldTable('landscape', c.rules),
    ...(c.rows.length === 0
      ? []
      : [
          spacer(),
          n.table(
            'landscape',
            [
              { header: 'Initiative', weight: 3.5 },
              { header: 'Stage', weight: 1.6 },
              { header: 'POC a month', weight: 2 },
              { header: 'Production a month', weight: 2.2 },
              { header: 'Multiple', weight: 1.2 },
              { header: 'Flagged for', weight: 2.6 },
            ],
            c.rows.map((r) => [
              r.title,
              r.stage,
              r.pocMonthly,
              r.productionMonthly,
              r.multiple,
              r.reasons,
            ]),
          ),
        ]),
  ];
}

function gateStatusPart(model: PortfolioPackModel, n: Layout): FileChild[] {
  const g = model.gateStatus;
  if (!g) return [];
  return [
    n.h1('Gate status per initiative'),
    para(g.statement),
    ...(g.rows.length === 0
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
            g.rows.map((r) => [
              r.initiative,
              r.gate,
              flagCell(r.status, r.status.startsWith('Overridden') || r.status === 'Blocked'),
              r.explanation,
            ]),
          ),
        ]),
  ];
}

/** The body, in the order of PORTFOLIO_SECTIONS: the Dashboard's panels between inventory and gates. */
function body(model: PortfolioPackModel, n: Layout): FileChild[] {
  return [
    ...inventoryPart(model, n),
    ...funnelPart(model, n),
    ...stalledPart(model, n),
    ...waitingOnPart(model, n),
    ...riskPart(model, n),
    ...readinessPart(model, n),
    ...costPart(model, n),
    ...gateStatusPart(model, n),
  ];
}

/** The portfolio pack as a Word document. */
export function portfolioDocument(model: PortfolioPackModel, contentHash: string): PackDocument {
  const n = new Layout();
  const { meta } = model;
  const running = { marking: meta.marking, title: `${meta.title}: ${meta.subject}` };
  const front = [...coverPage(meta, n), ...documentControl(meta, contentHash, n), ...contents()];
  const landscape = body(model, n);
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
