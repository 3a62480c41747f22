import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Initiative } from '../../../shared/domain/initiative';
import { rolesGrant } from '../../../shared/domain/permissions';
import { RISK_CATEGORY_LABELS, TREATMENT_LABELS } from '../../../shared/domain/risk';
import { heatMapCells } from '../../../shared/risk/heatMap';
import { BAND_LABELS } from '../../../shared/risk/matrix';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { VirtualTable, type Column } from '../../ui/VirtualTable';
import { AddRiskDialog } from './AddRiskDialog';
import { RiskDetail } from './RiskDetail';
import { RiskHeatMap } from './RiskHeatMap';
import {
  acceptanceText,
  cellFilterText,
  controlsText,
  countText,
  inCell,
  riskRows,
  sameCell,
  scoreText,
  type CellFilter,
  type RiskRow,
} from './riskRows';
import { useRiskUi } from './riskUiStore';
import { localToday } from './today';
import './risks.css';

/** Up to this many rows the register is a plain table; beyond it, only the rows in view render. */
const PLAIN_TABLE_LIMIT = 200;

const COLUMNS: Column[] = [
  { key: 'title', header: 'Risk', width: 'minmax(14rem, 3fr)' },
  { key: 'category', header: 'Category', width: 'minmax(8rem, 1.2fr)' },
  { key: 'owner', header: 'Owner', width: 'minmax(8rem, 1.2fr)' },
  { key: 'inherent', header: 'Inherent', width: '8rem' },
  { key: 'residual', header: 'Residual', width: '8rem' },
  { key: 'treatment', header: 'Treatment', width: '7rem' },
  { key: 'controls', header: 'Controls', width: '9rem' },
  { key: 'review', header: 'Next review', width: '11.5rem' },
  { key: 'acceptance', header: 'Acceptance', width: 'minmax(10rem, 1.5fr)' },
];

/**
 * The initiative's Risks tab: inherent and residual heat maps side by side
 * (each cell filters the register), the register itself, and the chosen
 * risk's details, actions and history. Everything follows the database live.
 */
export function RiskRegister({ initiative }: { initiative: Initiative }) {
  const { db, workspace } = useWorkspace();
  const member = useMember();
  const settings = workspace.settings;
  const matrix = settings.riskMatrix;
  const risks = useLiveQuery(
    () => db.risks.where('initiativeId').equals(initiative.id).toArray(),
    [db, initiative.id],
  );
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  const [today] = useState(() => localToday(new Date()));
  const focusRiskId = useRiskUi((s) => s.focusRiskId);
  const setFocusRiskId = useRiskUi((s) => s.setFocusRiskId);
  const [selectedId, setSelectedId] = useState<string | null>(focusRiskId);
  const [cell, setCell] = useState<CellFilter | null>(null);

  // The portfolio's choice is used once, then forgotten.
  useEffect(() => {
    if (focusRiskId !== null) setFocusRiskId(null);
  }, [focusRiskId, setFocusRiskId]);

  const rows = useMemo(
    () =>
      riskRows(risks ?? [], settings, today).sort((a, b) =>
        a.risk.createdAt < b.risk.createdAt ? -1 : a.risk.createdAt > b.risk.createdAt ? 1 : 0,
      ),
    [risks, settings, today],
  );
  const ratings = useMemo(() => rows.map((row) => row.risk), [rows]);
  const inherentMap = useMemo(() => heatMapCells(matrix, ratings, 'inherent'), [matrix, ratings]);
  const residualMap = useMemo(() => heatMapCells(matrix, ratings, 'residual'), [matrix, ratings]);
  const visible = useMemo(
    () => (cell === null ? rows : rows.filter((row) => inCell(row, cell))),
    [rows, cell],
  );
  const memberList = useMemo(() => members ?? [], [members]);
  const memberName = useMemo(() => {
    const names = new Map(memberList.map((m) => [m.id, m.name]));
    return (id: string) => names.get(id) ?? 'Unknown member';
  }, [memberList]);

  if (risks === undefined || members === undefined) return <p role="status">Loading…</p>;

  const canManage = rolesGrant(member.roles, 'risk.manage');
  const selected = rows.find((row) => row.risk.id === selectedId) ?? null;
  const usedTemplateIds = new Set(
    rows.flatMap((row) => (row.risk.templateId ? [row.risk.templateId] : [])),
  );
  const toggleCell = (next: CellFilter) => setCell(sameCell(cell, next) ? null : next);

  return (
    <div className="stack risk-register">
      <div className="screen-header">
        <p className="muted risk-appetite">
          Appetite: {BAND_LABELS[matrix.appetite]}. Residual risk above it that is accepted needs a
          signed acceptance.
        </p>
        {canManage ? (
          <AddRiskDialog
            initiative={initiative}
            matrix={matrix}
            members={memberList}
            usedTemplateIds={usedTemplateIds}
            onAdded={(risk) => {
              setCell(null);
              setSelectedId(risk.id);
            }}
          />
        ) : (
          <p className="muted">You can read the register; your roles do not record risks.</p>
        )}
      </div>

      <div className="heat-maps">
        <RiskHeatMap matrix={matrix} heatMap={inherentMap} selected={cell} onSelect={toggleCell} />
        <RiskHeatMap matrix={matrix} heatMap={residualMap} selected={cell} onSelect={toggleCell} />
      </div>

      <div className="toolbar">
        <p role="status" className="risk-count">
          {cell === null
            ? `${countText(rows.length)} on this register.`
            : `Showing ${String(visible.length)} of ${countText(rows.length)}: ${cellFilterText(cell)}.`}
        </p>
        {cell !== null && (
          <button type="button" className="button-secondary" onClick={() => setCell(null)}>
            Show all
          </button>
        )}
      </div>

      {rows.length === 0 ? (
        <p className="muted">No risks recorded for this initiative.</p>
      ) : (
        <RegisterTable
          title={initiative.title}
          rows={visible}
          selectedId={selectedId}
          memberName={memberName}
          onOpen={setSelectedId}
        />
      )}

      {selected && (
        <RiskDetail
          key={selected.risk.id}
          row={selected}
          matrix={matrix}
          members={memberList}
          canManage={canManage}
          today={today}
          onClose={() => setSelectedId(null)}
        />
      )}
    </div>
  );
}

function registerCells(
  row: RiskRow,
  memberName: (id: string) => string,
  open: ReactNode,
): ReactNode[] {
  const { risk, standing } = row;
  return [
    open,
    RISK_CATEGORY_LABELS[risk.category],
    memberName(risk.ownerId),
    scoreText(standing.inherentScore, standing.inherentBand),
    scoreText(standing.residualScore, standing.residualBand),
    TREATMENT_LABELS[risk.treatment],
    controlsText(risk.controls),
    <span key="review">
      {standing.nextReviewOn ?? 'Not scheduled'}
      {standing.reviewOverdue && <span className="badge badge-warning">Overdue</span>}
    </span>,
    acceptanceText(row),
  ];
}

function RegisterTable(props: {
  title: string;
  rows: readonly RiskRow[];
  selectedId: string | null;
  memberName: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const { title, rows, selectedId, memberName, onOpen } = props;
  const openButton = (row: RiskRow) => (
    <button
      key="open"
      type="button"
      className="link-button cell-title"
      aria-current={row.risk.id === selectedId ? 'true' : undefined}
      onClick={() => onOpen(row.risk.id)}
    >
      {row.risk.title}
    </button>
  );
  if (rows.length > PLAIN_TABLE_LIMIT) {
    return (
      <VirtualTable
        label={`Risks of ${title}`}
        columns={COLUMNS}
        rowCount={rows.length}
        getRowKey={(index) => rows[index]?.risk.id ?? index}
        selectedIndex={rows.findIndex((row) => row.risk.id === selectedId)}
        emptyMessage="No risk in this cell."
        renderRow={(index) => {
          const row = rows[index];
          return row ? registerCells(row, memberName, openButton(row)) : [];
        }}
      />
    );
  }
  return (
    <div className="risk-table-wrap">
      <table className="table risk-table">
        <caption className="visually-hidden">Risks of {title}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length} className="muted">
                No risk in this cell.
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const [first, ...rest] = registerCells(row, memberName, openButton(row));
            return (
              <tr
                key={row.risk.id}
                className={row.risk.id === selectedId ? 'is-selected' : undefined}
              >
                <th scope="row">{first}</th>
                {rest.map((content, index) => (
                  <td key={COLUMNS[index + 1]?.key ?? index}>{content}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
