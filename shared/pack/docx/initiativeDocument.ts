import { Document, type FileChild, type ISectionOptions } from 'docx';
import type { InitiativePackModel, SignoffRecord } from '../model';
import {
  ALERT_COLOUR,
  Layout,
  PACK_STYLES,
  alert,
  bandCell,
  bullets,
  flagCell,
  muted,
  pageSection,
  para,
  richPara,
  verificationCell,
  type Orientation,
} from './blocks';
import { appendixPart } from './appendix';
import { contents, coverPage, documentControl } from './frontMatter';
import { packDocumentProperties } from './properties';
import type { PackDocument } from './render';
import type { Cell } from './table';

/** Groups of content that share an orientation become one Word section each. */
class Sections {
  private readonly groups: { orientation: Orientation; children: FileChild[] }[] = [];

  add(orientation: Orientation, children: FileChild[]): void {
    if (children.length === 0) return;
    const last = this.groups.at(-1);
    if (last?.orientation === orientation) last.children.push(...children);
    else this.groups.push({ orientation, children: [...children] });
  }

  build(running: { marking: string; title: string }): ISectionOptions[] {
    return this.groups.map((g) => pageSection(g.orientation, g.children, running));
  }
}

function summaryPart(model: InitiativePackModel, n: Layout): FileChild[] {
  const s = model.summary;
  if (!s) return [];
  const conditionRows: Cell[][] = s.conditions.openItems.map((c) => [
    c.gate,
    c.function,
    c.text,
    c.owner,
    c.dueOn,
    flagCell(c.status, c.status === 'Overdue'),
  ]);
  return [
    n.h1('Executive summary'),
    n.fieldTable('portrait', s.facts),
    n.h2('Gate status'),
    para(s.gateStatusText),
    n.h2('Open and overdue conditions'),
    s.conditions.open === 0
      ? para('No sign-off condition is open.')
      : richPara([
          { text: `${String(s.conditions.open)} open, ` },
          {
            text: `${String(s.conditions.overdue)} overdue`,
            bold: s.conditions.overdue > 0,
            ...(s.conditions.overdue > 0 ? { color: ALERT_COLOUR } : {}),
          },
          { text: '.' },
        ]),
    ...(conditionRows.length > 0
      ? [
          n.table(
            'portrait',
            [
              { header: 'Gate', weight: 2 },
              { header: 'Function', weight: 1.5 },
              { header: 'Condition', weight: 5 },
              { header: 'Owner', weight: 2 },
              { header: 'Due', weight: 1.6 },
              { header: 'Status', weight: 1.3 },
            ],
            conditionRows,
          ),
        ]
      : []),
    n.h2('Top residual risks'),
    n.tableOr(
      'No risk is recorded for this initiative.',
      'portrait',
      [
        { header: 'Risk', weight: 5 },
        { header: 'Category', weight: 2 },
        { header: 'Residual', weight: 3 },
        { header: 'Treatment', weight: 1.5 },
      ],
      s.topRisks.map((r) => [
        r.title,
        r.category,
        bandCell(r.residual.text, r.residual.band),
        r.treatment,
      ]),
    ),
    ...(s.riskCount > s.topRisks.length
      ? [
          muted(
            `The ${String(s.topRisks.length)} highest of ${String(s.riskCount)} risks; the risk register lists them all.`,
          ),
        ]
      : []),
    n.h2('Readiness across the six gaps'),
    para(s.readinessText),
    n.table(
      'portrait',
      [
        { header: 'Gap', weight: 2 },
        { header: 'Status', weight: 1.5 },
        { header: 'Owner', weight: 2 },
        { header: 'Notes', weight: 5 },
      ],
      s.readiness.map((r) => [r.gap, r.status, r.owner, r.notes]),
    ),
    n.h2('Cost at proof of concept and at production'),
    n.fieldTable('portrait', s.cost.facts),
    para(s.cost.text),
    ...(s.kpis.length > 0
      ? [
          n.h2('Key performance indicators'),
          n.table(
            'portrait',
            [
              { header: 'KPI', weight: 4 },
              { header: 'Kind', weight: 1.5 },
              { header: 'Baseline', weight: 2 },
              { header: 'Target', weight: 2 },
              { header: 'Current', weight: 2 },
            ],
            s.kpis.map((k) => [k.name, k.kind, k.baseline, k.target, k.current]),
          ),
        ]
      : []),
  ];
}

function systemPart(model: InitiativePackModel, n: Layout): FileChild[] {
  const s = model.system;
  if (!s) return [];
  return [
    n.h1('System description (EU AI Act Annex IV)'),
    para(s.intro),
    ...s.points.flatMap((p) => [
      n.h2(`Annex IV point ${String(p.point)}: ${p.title}`),
      muted(`Annex IV asks for: ${p.asks}`),
      ...(p.recorded.length > 0
        ? [n.fieldTable('portrait', p.recorded)]
        : [para('Nothing is recorded in this workspace for this point.', { bold: true })]),
      ...p.notRecorded.map((t) => para(t)),
    ]),
  ];
}

function classificationPart(model: InitiativePackModel, n: Layout): FileChild[] {
  const c = model.classification;
  if (!c) return [];
  if (!c.classified) return [n.h1('EU AI Act classification'), para(c.statement, { bold: true })];
  return [
    n.h1('EU AI Act classification'),
    c.statement.includes('NEEDS REVIEW') ? alert(c.statement) : para(c.statement),
    n.fieldTable('portrait', c.facts),
    n.h2('Questionnaire answers'),
    n.fieldTable('portrait', c.answers),
    n.h2('Findings'),
    ...bullets(c.reasons),
    n.h2('Articles cited'),
    para(c.articles.join('; ')),
  ];
}

function signoffDetail(s: SignoffRecord, n: Layout): FileChild[] {
  const flagged = s.flags.length > 0;
  return [
    n.h3(
      `${s.function}: ${s.manifestation.printedName}, ${s.decision}${flagged ? ` (${s.flags.join(', ')})` : ''}`,
    ),
    n.fieldTable('portrait', [
      { label: 'Printed name', value: s.manifestation.printedName },
      { label: 'Signed (signer’s clock and UTC offset)', value: s.manifestation.signedAt },
      { label: 'Meaning of the signature', value: s.manifestation.meaning },
      { label: 'Decision', value: s.decision },
      { label: 'Recorded', value: s.recordedAt },
      { label: 'Key fingerprint', value: s.keyFingerprint },
      { label: 'Signed content hash', value: s.contentHash },
      { label: 'Reviewed state hash', value: s.reviewedStateHash },
    ]),
    n.table(
      'portrait',
      [
        { header: 'Signature verification', weight: 1 },
        { header: 'Standing', weight: 1 },
      ],
      [[verificationCell(s.verification), flagCell(s.standing, flagged)]],
    ),
    ...(s.comment ? [para(`Comment: “${s.comment}”`)] : []),
    ...(s.changes.length > 0
      ? [
          alert('Changed since this was signed:'),
          n.table(
            'portrait',
            [
              { header: 'What', weight: 2 },
              { header: 'When signed', weight: 3 },
              { header: 'Now', weight: 3 },
            ],
            s.changes.map((c) => [c.label, c.before, c.after]),
          ),
        ]
      : []),
    ...(s.conditions.length > 0
      ? [
          para('Conditions', { bold: true }),
          n.table(
            'portrait',
            [
              { header: 'Condition', weight: 4 },
              { header: 'Owner', weight: 2 },
              { header: 'Due', weight: 1.5 },
              { header: 'Status', weight: 3 },
            ],
            s.conditions.map((c) => [
              c.text,
              c.owner,
              c.dueOn,
              flagCell(c.closure ? `${c.status}. ${c.closure}` : c.status, c.status === 'Overdue'),
            ]),
          ),
        ]
      : []),
    para('Checklist answers', { bold: true }),
    n.tableOr(
      'No checklist answer recorded.',
      'portrait',
      [
        { header: 'Item', weight: 5 },
        { header: 'Answer', weight: 1.4 },
        { header: 'Note', weight: 2.5 },
        { header: 'Evidence cited', weight: 2.5 },
      ],
      s.answers.map((a) => [
        a.item,
        flagCell(a.answer, a.answer === 'Not met'),
        a.note,
        a.evidence,
      ]),
    ),
  ];
}

function gatesPart(model: InitiativePackModel, n: Layout): FileChild[] {
  const g = model.gates;
  if (!g) return [];
  const parts: FileChild[] = [n.h1('Stage-gate record'), para(g.statement)];
  for (const gate of g.gates) {
    parts.push(n.h2(`${gate.name} (${gate.transition})`));
    if (gate.override)
      parts.push(
        alert(
          `ADMINISTRATOR OVERRIDE: ${gate.override.by} let the stage change through without a passed gate.`,
        ),
      );
    if (gate.withdrawal)
      parts.push(
        alert(
          `WITHDRAWN by ${gate.withdrawal.by} on ${gate.withdrawal.at}: ${gate.withdrawal.reason}`,
        ),
      );
    parts.push(n.fieldTable('portrait', gate.facts), ...bullets(gate.explanation));
    if (gate.override) {
      const o = gate.override;
      parts.push(
        para('Administrator override', { bold: true }),
        n.fieldTable('portrait', [
          { label: 'Overridden by', value: o.by },
          { label: 'Recorded', value: o.at },
          { label: 'Justification', value: o.justification },
          { label: 'Printed name', value: o.manifestation.printedName },
          { label: 'Signed (signer’s clock and UTC offset)', value: o.manifestation.signedAt },
          { label: 'Meaning of the signature', value: o.manifestation.meaning },
          { label: 'Key fingerprint', value: o.keyFingerprint },
        ]),
        n.table(
          'portrait',
          [{ header: 'Signature verification', weight: 1 }],
          [[verificationCell(o.verification)]],
        ),
      );
    }
    parts.push(
      para('Functions', { bold: true }),
      n.table(
        'portrait',
        [
          { header: 'Function', weight: 2 },
          { header: 'Quorum', weight: 1 },
          { header: 'Met', weight: 1 },
          { header: 'Status in words', weight: 6 },
        ],
        gate.functions.map((f) => [
          f.function,
          String(f.quorum),
          flagCell(f.met ? 'Yes' : 'No', !f.met),
          f.summary,
        ]),
      ),
      para('Sign-offs', { bold: true }),
    );
    if (gate.signoffs.length === 0) {
      parts.push(para('No sign-off has been recorded for this gate.'));
      continue;
    }
    parts.push(
      n.table(
        'portrait',
        [
          { header: 'Function', weight: 1.5 },
          { header: 'Printed name', weight: 2 },
          { header: 'Signed', weight: 2.4 },
          { header: 'Meaning', weight: 1.3 },
          { header: 'Decision', weight: 1.8 },
          { header: 'Standing', weight: 1.8 },
          { header: 'Signature', weight: 1.4 },
        ],
        gate.signoffs.map((s) => [
          s.function,
          s.manifestation.printedName,
          s.manifestation.signedAt,
          s.manifestation.meaning,
          s.decision,
          flagCell(s.flags.length > 0 ? s.flags.join(', ') : 'Current', s.flags.length > 0),
          flagCell(s.verification.ok ? 'Verified' : 'NOT VERIFIED', !s.verification.ok),
        ]),
      ),
      ...gate.signoffs.flatMap((s) => signoffDetail(s, n)),
    );
  }
  return parts;
}

function risksPart(model: InitiativePackModel, n: Layout): FileChild[] {
  const r = model.risks;
  if (!r) return [];
  const parts: FileChild[] = [
    n.h1('Risk register'),
    para(r.statement),
    n.fieldTable('landscape', r.matrix),
  ];
  parts.push(n.h2('Heat maps'));
  for (const map of r.heatMaps) parts.push(...n.heatMap('landscape', map));
  parts.push(n.h2('Register'));
  parts.push(
    n.tableOr(
      'No risk is recorded for this initiative.',
      'landscape',
      [
        { header: 'Risk', weight: 4 },
        { header: 'Category', weight: 1.8 },
        { header: 'Owner', weight: 1.8 },
        { header: 'Inherent', weight: 2.2 },
        { header: 'Residual', weight: 2.2 },
        { header: 'Treatment', weight: 1.3 },
        { header: 'Controls', weight: 1.5 },
        { header: 'Next review', weight: 1.5 },
        { header: 'Acceptance', weight: 2 },
      ],
      r.rows.map((row) => [
        row.untreated
          ? {
              runs: [
                { text: row.title },
                {
                  text: '\nNOT TREATED: high or critical with nothing in place',
                  bold: true,
                  color: ALERT_COLOUR,
                },
              ],
            }
          : row.title,
        row.category,
        row.owner,
        bandCell(row.inherent.text, row.inherent.band),
        bandCell(row.residual.text, row.residual.band),
        row.treatment,
        row.controls,
        flagCell(
          row.reviewOverdue ? `${row.nextReview} (OVERDUE)` : row.nextReview,
          row.reviewOverdue,
        ),
        row.acceptance,
      ]),
    ),
  );
  parts.push(n.h2('Controls'));
  parts.push(
    n.tableOr(
      'No control is recorded for these risks.',
      'landscape',
      [
        { header: 'Risk', weight: 3 },
        { header: 'Control', weight: 5 },
        { header: 'Owner', weight: 2 },
        { header: 'Due', weight: 1.5 },
        { header: 'Status', weight: 1.8 },
      ],
      r.controls.map((c) => [
        c.risk,
        c.description,
        c.owner,
        c.due,
        flagCell(c.overdue ? `${c.status} (OVERDUE)` : c.status, c.overdue),
      ]),
    ),
  );
  parts.push(n.h2('Acceptances of residual risk'));
  parts.push(
    n.tableOr(
      'No residual risk has been accepted with a signature.',
      'landscape',
      [
        { header: 'Risk', weight: 3 },
        { header: 'Signed by', weight: 2 },
        { header: 'Signed (signer’s clock)', weight: 2.2 },
        { header: 'Meaning', weight: 1.5 },
        { header: 'Rating accepted', weight: 2 },
        { header: 'Expires', weight: 1.4 },
        { header: 'Status', weight: 2 },
        { header: 'Key fingerprint', weight: 2.4 },
        { header: 'Signature', weight: 3 },
      ],
      r.acceptances.map((a) => [
        a.risk,
        a.manifestation.printedName,
        a.manifestation.signedAt,
        a.manifestation.meaning,
        a.residualAccepted,
        a.expiresOn,
        flagCell(a.status, a.status !== 'Accepted'),
        a.keyFingerprint,
        verificationCell(a.verification),
      ]),
    ),
  );
  return parts;
}

function frameworksPart(model: InitiativePackModel, n: Layout): FileChild[] {
  const f = model.frameworks;
  if (!f) return [];
  const parts: FileChild[] = [n.h1('Framework coverage'), para(f.basis)];
  parts.push(
    n.table(
      'portrait',
      [
        { header: 'Framework', weight: 4 },
        { header: 'Met', weight: 1 },
        { header: 'Not met', weight: 1 },
        { header: 'N/A', weight: 1 },
        { header: 'Not answered', weight: 1.3 },
        { header: 'Coverage', weight: 1.3 },
      ],
      f.frameworks.map((fw) => [
        fw.name,
        String(fw.tally.met),
        String(fw.tally.notMet),
        String(fw.tally.notApplicable),
        String(fw.tally.notAnswered),
        fw.tally.coverage,
      ]),
    ),
  );
  for (const fw of f.frameworks) {
    parts.push(n.h2(fw.name));
    if (fw.groups.length === 0) {
      parts.push(para('No checklist item of this initiative’s gates cites this framework.'));
      continue;
    }
    const rows: Cell[][] = [];
    for (const group of fw.groups) {
      rows.push([
        { runs: [{ text: group.ref, bold: true }], fill: 'F3F5F8' },
        {
          runs: [
            {
              text: `${group.tally.coverage} covered: ${String(group.tally.met)} met, ${String(group.tally.notMet)} not met, ${String(group.tally.notApplicable)} not applicable, ${String(group.tally.notAnswered)} not answered`,
              bold: true,
            },
          ],
          fill: 'F3F5F8',
        },
        { runs: [{ text: '' }], fill: 'F3F5F8' },
      ]);
      for (const item of group.items) {
        rows.push([
          '',
          `${item.item} (${item.gate}, ${item.function})`,
          flagCell(item.status, item.status.startsWith('Not met')),
        ]);
      }
    }
    parts.push(
      n.table(
        'portrait',
        [
          { header: 'Reference', weight: 1.6 },
          { header: 'Checklist item (gate, function)', weight: 7 },
          { header: 'Answer', weight: 1.8 },
        ],
        rows,
      ),
    );
    if (fw.unmapped > 0)
      parts.push(
        muted(`${String(fw.unmapped)} checklist items cite no reference in this framework.`),
      );
  }
  return parts;
}

function evidencePart(model: InitiativePackModel, n: Layout): FileChild[] {
  const e = model.evidence;
  if (!e) return [];
  return [
    n.h1('Evidence index'),
    para(e.statement),
    n.h2('Evidence files'),
    n.tableOr(
      'No evidence file is held for this initiative.',
      'portrait',
      [
        { header: 'File', weight: 2.2 },
        { header: 'Version', weight: 0.8 },
        { header: 'Attached to', weight: 2.2 },
        { header: 'Size', weight: 1 },
        { header: 'SHA-256', weight: 4 },
        { header: 'Added', weight: 2 },
        { header: 'Status', weight: 1.8 },
      ],
      e.records.map((r) => [
        r.name,
        String(r.version),
        r.attachedTo,
        r.size,
        r.sha256,
        r.added,
        r.status,
      ]),
    ),
    n.h2('Evidence files cited by sign-offs'),
    n.tableOr(
      'No current sign-off cites an evidence file.',
      'portrait',
      [
        { header: 'Gate', weight: 1.5 },
        { header: 'Function', weight: 1.3 },
        { header: 'File', weight: 2.2 },
        { header: 'SHA-256 signed', weight: 4 },
        { header: 'Check', weight: 1.8 },
        { header: 'Cited by', weight: 2.2 },
      ],
      e.files.map((f) => [f.gate, f.function, f.file, f.sha256, f.check, f.citedBy]),
    ),
    n.h2('Evidence cited in checklist answers'),
    n.tableOr(
      'No current sign-off cites evidence.',
      'portrait',
      [
        { header: 'Gate', weight: 1.5 },
        { header: 'Function', weight: 1.3 },
        { header: 'Checklist item', weight: 4 },
        { header: 'Where the evidence is', weight: 4 },
        { header: 'Cited by', weight: 2.2 },
      ],
      e.cited.map((c) => [c.gate, c.function, c.item, c.evidence, c.citedBy]),
    ),
  ];
}

function auditPart(model: InitiativePackModel, n: Layout): FileChild[] {
  const a = model.audit;
  if (!a) return [];
  return [
    n.h1('Audit trail'),
    para(`${a.rangeText}. ${a.statement}`),
    n.h2('Verification of the whole chain at export'),
    a.chain.ok ? para(a.chain.text, { bold: true }) : alert(a.chain.text),
    ...(a.chain.head
      ? [
          n.fieldTable('landscape', [
            { label: 'Chain head', value: `Event #${String(a.chain.head.seq)}` },
            { label: 'Chain head hash (SHA-256)', value: a.chain.head.hash },
          ]),
        ]
      : []),
    n.h2('Events'),
    a.events.length === 0
      ? para(a.statement)
      : n.table(
          'landscape',
          [
            { header: '#', weight: 0.7 },
            { header: 'When', weight: 2.1 },
            { header: 'Who', weight: 1.7 },
            { header: 'Action', weight: 2 },
            { header: 'Record', weight: 3.2 },
            { header: 'Reason', weight: 3.2 },
            { header: 'Hash (first 16)', weight: 1.9 },
          ],
          a.events.map((e) => [String(e.seq), e.at, e.actor, e.action, e.record, e.reason, e.hash]),
        ),
  ];
}

/** The initiative pack as a Word document. */
export function initiativeDocument(model: InitiativePackModel, contentHash: string): PackDocument {
  const n = new Layout();
  const sections = new Sections();
  const { meta } = model;
  sections.add('portrait', [
    ...coverPage(meta, n),
    ...documentControl(meta, contentHash, n),
    ...contents(),
    ...summaryPart(model, n),
    ...systemPart(model, n),
    ...classificationPart(model, n),
    ...gatesPart(model, n),
  ]);
  sections.add('landscape', risksPart(model, n));
  sections.add('portrait', [...frameworksPart(model, n), ...evidencePart(model, n)]);
  sections.add('landscape', auditPart(model, n));
  if (model.appendix) sections.add('portrait', appendixPart(model.appendix, contentHash, n));
  const document = new Document({
    ...packDocumentProperties(meta, contentHash),
    styles: PACK_STYLES,
    sections: sections.build({ marking: meta.marking, title: `${meta.title}: ${meta.subject}` }),
  });
  return { document, tables: n.tables };
}
