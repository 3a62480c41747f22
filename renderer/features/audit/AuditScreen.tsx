import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  ENTITY_KINDS,
  ENTITY_LABELS,
  type AuditEvent,
  type EntityKind,
} from '../../../shared/audit/auditEvent';
import { useHost } from '../../host/HostContext';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useUi } from '../../state/uiStore';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { VirtualTable, type Column } from '../../ui/VirtualTable';
import { findAuditSeqs } from './auditQuery';
import { AuditEventDetail } from './AuditEventDetail';
import { auditTrailFileName, auditTrailJson } from './exportAuditTrail';
import { VerifyBundleButton } from '../bundle/VerifyBundleButton';
import { VerifyIntegrityPanel } from './VerifyIntegrityPanel';

const COLUMNS: Column[] = [
  { key: 'seq', header: '#', width: '5rem' },
  { key: 'at', header: 'When', width: '12rem' },
  { key: 'actor', header: 'Who', width: 'minmax(8rem, 1fr)' },
  { key: 'action', header: 'Action', width: 'minmax(10rem, 1.2fr)' },
  { key: 'entity', header: 'Record', width: 'minmax(10rem, 1.5fr)' },
  { key: 'reason', header: 'Reason', width: 'minmax(10rem, 2fr)' },
];
const WINDOW_PADDING = 40;

export function AuditScreen() {
  const { db, workspace } = useWorkspace();
  const host = useHost();
  const filter = useUi((s) => s.auditFilter);
  const setFilter = useUi((s) => s.setAuditFilter);
  const resetFilter = useUi((s) => s.resetAuditFilter);
  const [range, setRange] = useState({ start: 0, end: WINDOW_PADDING });
  const [selected, setSelected] = useState<number | null>(null);
  // Bumped to re-read from disk: live queries only see changes made through the app,
  // and after a failed verification the person needs what is really stored.
  const [refresh, setRefresh] = useState(0);
  const [exportMessage, setExportMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const members = useLiveQuery(() => db.members.toArray(), [db]);
  const memberName = useMemo(() => new Map((members ?? []).map((m) => [m.id, m.name])), [members]);
  const seqs = useLiveQuery(() => findAuditSeqs(db, filter), [db, filter, refresh]);
  const windowSeqs = useMemo(
    () => (seqs ?? []).slice(Math.max(0, range.start - WINDOW_PADDING), range.end + WINDOW_PADDING),
    [seqs, range],
  );
  const rows = useLiveQuery(() => db.auditEvents.bulkGet(windowSeqs), [db, windowSeqs, refresh]);
  const bySeq = useMemo(() => {
    const map = new Map<number, AuditEvent>();
    for (const event of rows ?? []) if (event) map.set(event.seq, event);
    return map;
  }, [rows]);

  async function onExport() {
    const now = new Date();
    const result = await host.saveFile({
      suggestedName: auditTrailFileName(workspace, now),
      data: await auditTrailJson(db, workspace, now),
      mediaType: 'application/json',
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    if (!result.ok)
      setExportMessage({ ok: false, text: `The audit trail was not exported: ${result.error}` });
    else if (result.value.saved)
      setExportMessage({
        ok: true,
        text: `Audit trail exported to ${result.value.location ?? 'the chosen file'}.`,
      });
    else setExportMessage(null);
  }

  function showEvent(seq: number) {
    resetFilter();
    setRefresh((n) => n + 1);
    setSelected(seq);
  }

  return (
    <section aria-labelledby="audit-heading" className="screen">
      <div className="screen-header">
        <h1 id="audit-heading">Audit trail</h1>
        <div className="button-row">
          <VerifyBundleButton />
          <button type="button" className="button-secondary" onClick={() => void onExport()}>
            Export audit trail
          </button>
        </div>
      </div>
      {exportMessage &&
        (exportMessage.ok ? (
          <p role="status" className="alert alert-ok">
            {exportMessage.text}
          </p>
        ) : (
          <ErrorAlert message={exportMessage.text} />
        ))}
      <VerifyIntegrityPanel onShowEvent={showEvent} />
      <form
        className="toolbar"
        aria-label="Filter audit events"
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          Record type
          <select
            value={filter.entity}
            onChange={(e) => setFilter({ entity: e.target.value as EntityKind | '' })}
          >
            <option value="">All</option>
            {ENTITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ENTITY_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Who
          <select value={filter.actor} onChange={(e) => setFilter({ actor: e.target.value })}>
            <option value="">Anyone</option>
            {(members ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input
            type="date"
            value={filter.from}
            onChange={(e) => setFilter({ from: e.target.value })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={filter.to}
            onChange={(e) => setFilter({ to: e.target.value })}
          />
        </label>
        <button type="button" className="button-quiet" onClick={resetFilter}>
          Clear filters
        </button>
        <span className="muted" role="status">
          {seqs === undefined ? 'Loading…' : `${seqs.length.toLocaleString()} events`}
        </span>
      </form>
      <div className="audit-layout">
        <VirtualTable
          label="Audit events"
          columns={COLUMNS}
          rowCount={seqs?.length ?? 0}
          getRowKey={(index) => seqs?.[index] ?? index}
          onRangeChange={(start, end) =>
            setRange((r) =>
              Math.abs(r.start - start) > WINDOW_PADDING / 2 || end > r.end ? { start, end } : r,
            )
          }
          selectedIndex={selected === null ? null : (seqs?.indexOf(selected) ?? null)}
          emptyMessage="No events match these filters."
          renderRow={(index) => {
            const seq = seqs?.[index];
            const event = seq === undefined ? undefined : bySeq.get(seq);
            if (seq === undefined || !event) return [String(seq ?? ''), '…', '', '', '', ''];
            return [
              <button
                key="s"
                type="button"
                className="link-button"
                aria-label={`Show event ${String(seq)}`}
                onClick={() => setSelected(seq)}
              >
                #{seq}
              </button>,
              new Date(event.at).toLocaleString(),
              memberName.get(event.actor) ?? event.actor,
              event.action,
              `${ENTITY_LABELS[event.entity]} ${recordTitle(event)}`,
              event.reason ?? '',
            ];
          }}
        />
        {selected !== null && (
          <AuditEventDetail
            key={`${String(selected)}-${String(refresh)}`}
            seq={selected}
            memberName={memberName}
            refresh={refresh}
            onClose={() => setSelected(null)}
          />
        )}
      </div>
    </section>
  );
}

/** A human name for the record an event touched, from its snapshot. */
function recordTitle(event: AuditEvent): string {
  const snapshot = (event.after ?? event.before) as Record<string, unknown> | null;
  const title = snapshot?.title ?? snapshot?.name;
  return typeof title === 'string' ? `“${title}”` : event.entityId.slice(0, 8);
}
