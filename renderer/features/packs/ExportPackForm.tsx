import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import {
  EMPTY_DASHBOARD_FILTER,
  isFilterEmpty,
  matchesFilter,
  type DashboardFilter,
} from '../../../shared/dashboard/filter';
import { portfolioFilterText } from '../../../shared/pack/portfolioFilter';
import {
  INITIATIVE_SECTIONS,
  INITIATIVE_SECTION_TITLES,
  PORTFOLIO_SECTIONS,
  PORTFOLIO_SECTION_TITLES,
  type InitiativeSection,
  type PortfolioSection,
} from '../../../shared/pack/sections';
import { packSpecSchema } from '../../../shared/pack/spec';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportProgress } from './ExportProgress';
import { packContext } from './packContext';
import { usePackExport } from './usePackExport';
import './packs.css';

type Kind = 'initiative' | 'portfolio';

/**
 * The Export pack dialog's content: what to export, then progress, then the
 * result. From the Dashboard it has the Dashboard's filters, which the
 * portfolio pack applies unless unticked.
 */
export function ExportPackForm({
  initiativeId,
  filter,
  onClose,
}: {
  initiativeId: string | null;
  filter: DashboardFilter | null;
  onClose: () => void;
}) {
  const { db, workspace } = useWorkspace();
  const member = useMember();
  const ids = useId();
  const initiatives = useLiveQuery(
    async () => (await db.initiatives.toArray()).sort((a, b) => a.title.localeCompare(b.title)),
    [db],
  );
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  const [kind, setKind] = useState<Kind>(initiativeId ? 'initiative' : 'portfolio');
  const [chosenInitiative, setChosenInitiative] = useState(initiativeId ?? '');
  const [initiativeSections, setInitiativeSections] = useState<InitiativeSection[]>([
    ...INITIATIVE_SECTIONS,
  ]);
  const [portfolioSections, setPortfolioSections] = useState<PortfolioSection[]>([
    ...PORTFOLIO_SECTIONS,
  ]);
  const [allInitiatives, setAllInitiatives] = useState(true);
  const [selected, setSelected] = useState<string[]>([]);
  const [auditFrom, setAuditFrom] = useState('');
  const [auditTo, setAuditTo] = useState('');
  const [marking, setMarking] = useState(workspace.settings.marking);
  const filtered = filter !== null && !isFilterEmpty(filter);
  const [applyFilter, setApplyFilter] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const { state, start, cancel, reset } = usePackExport(db.name);
  const running = state.status === 'running';
  const fixed = initiatives?.find((i) => i.id === initiativeId);
  const effectiveInitiative = chosenInitiative || initiatives?.[0]?.id || '';

  const filterText = useMemo(() => {
    if (!filter || !filtered) return null;
    const names = new Map((members ?? []).map((m) => [m.id, m.name]));
    return portfolioFilterText(filter, (id) => names.get(id) ?? 'Unknown member');
  }, [filter, filtered, members]);
  const matching = filter
    ? (initiatives ?? []).filter((i) => matchesFilter(i, filter)).length
    : null;

  const sections = useMemo(
    () =>
      kind === 'initiative'
        ? INITIATIVE_SECTIONS.map((id) => ({
            id,
            title: INITIATIVE_SECTION_TITLES[id],
            checked: initiativeSections.includes(id),
            toggle: (on: boolean) =>
              setInitiativeSections((now) =>
                INITIATIVE_SECTIONS.filter((s) => (s === id ? on : now.includes(s))),
              ),
          }))
        : PORTFOLIO_SECTIONS.map((id) => ({
            id,
            title: PORTFOLIO_SECTION_TITLES[id],
            checked: portfolioSections.includes(id),
            toggle: (on: boolean) =>
              setPortfolioSections((now) =>
                PORTFOLIO_SECTIONS.filter((s) => (s === id ? on : now.includes(s))),
              ),
          })),
    [kind, initiativeSections, portfolioSections],
  );

  function onSubmit(event: { preventDefault: () => void }) {
    event.preventDefault();
    const now = new Date();
    const request =
      kind === 'initiative'
        ? {
            kind,
            initiativeId: effectiveInitiative,
            sections: initiativeSections,
            auditFrom: auditFrom || null,
            auditTo: auditTo || null,
          }
        : {
            kind,
            initiativeIds: allInitiatives ? null : selected,
            sections: portfolioSections,
            filter: filter && filtered && applyFilter ? filter : EMPTY_DASHBOARD_FILTER,
          };
    const parsed = packSpecSchema.safeParse({
      request,
      context: packContext(member, marking, now),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path.at(-1) ?? '');
      setProblem(
        field === 'initiativeId'
          ? 'Choose the initiative to export.'
          : (issue?.message ?? 'These options are not valid.'),
      );
      return;
    }
    setProblem(null);
    start(parsed.data);
  }

  if (state.status !== 'idle' && !running) {
    return (
      <div className="pack-result">
        {state.status === 'saved' && (
          <div role="status" className="alert alert-ok">
            <p>
              Pack saved to {state.location}: <strong>{state.fileName}</strong>.
            </p>
            <p className="small">
              Content hash (SHA-256): <code className="pack-hash">{state.contentHash}</code>
            </p>
            {!state.chainOk && (
              <p>
                <strong>
                  The audit chain did not verify at export; the pack says so on its cover.
                </strong>
              </p>
            )}
          </div>
        )}
        {state.status === 'not-saved' && <p role="status">The pack was not saved.</p>}
        {state.status === 'cancelled' && <p role="status">Export cancelled; nothing was saved.</p>}
        {state.status === 'error' && (
          <ErrorAlert message={`The pack could not be exported: ${state.message}`} />
        )}
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={reset}>
            Export another
          </button>
          <button type="button" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    );
  }

  return (
    <form aria-label="Export pack" onSubmit={onSubmit} className="pack-form">
      <fieldset disabled={running}>
        <legend>Pack</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${ids}-kind`}
            checked={kind === 'initiative'}
            onChange={() => setKind('initiative')}
          />
          {fixed ? `This initiative: ${fixed.title}` : 'One initiative'}
        </label>
        {kind === 'initiative' && !fixed && (
          <div className="field">
            <label htmlFor={`${ids}-initiative`}>Initiative</label>
            <select
              id={`${ids}-initiative`}
              value={effectiveInitiative}
              onChange={(e) => setChosenInitiative(e.target.value)}
            >
              {(initiatives ?? []).map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <label className="checkbox">
          <input
            type="radio"
            name={`${ids}-kind`}
            checked={kind === 'portfolio'}
            onChange={() => setKind('portfolio')}
          />
          Portfolio
        </label>
        {kind === 'portfolio' && (
          <div className="pack-indent">
            <label className="checkbox">
              <input
                type="radio"
                name={`${ids}-scope`}
                checked={allInitiatives}
                onChange={() => setAllInitiatives(true)}
              />
              All {initiatives ? initiatives.length.toLocaleString() : ''} initiatives
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name={`${ids}-scope`}
                checked={!allInitiatives}
                onChange={() => setAllInitiatives(false)}
              />
              Chosen initiatives
            </label>
            {!allInitiatives && (
              <div className="field">
                <label htmlFor={`${ids}-chosen`}>Initiatives to include</label>
                <select
                  id={`${ids}-chosen`}
                  multiple
                  size={Math.min(8, Math.max(3, initiatives?.length ?? 3))}
                  value={selected}
                  onChange={(e) =>
                    setSelected(Array.from(e.target.selectedOptions, (option) => option.value))
                  }
                >
                  {(initiatives ?? []).map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.title}
                    </option>
                  ))}
                </select>
                <p className="field-hint">Hold Ctrl (⌘ on a Mac) to choose several.</p>
              </div>
            )}
            {filterText && (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={applyFilter}
                  onChange={(e) => setApplyFilter(e.target.checked)}
                />
                Only initiatives matching the Dashboard’s filters ({filterText.text}
                {matching === null ? '' : `; ${matching.toLocaleString()} in the workspace`})
              </label>
            )}
          </div>
        )}
      </fieldset>
      <fieldset disabled={running}>
        <legend>Sections</legend>
        <p className="field-hint">
          The cover, document control and table of contents are always included; the document
          control lists any section left out.
        </p>
        {sections.map((s) => (
          <label key={s.id} className="checkbox">
            <input
              type="checkbox"
              checked={s.checked}
              onChange={(e) => s.toggle(e.target.checked)}
            />
            {s.title}
          </label>
        ))}
      </fieldset>
      {kind === 'initiative' && initiativeSections.includes('audit-trail') && (
        <fieldset disabled={running}>
          <legend>Audit trail dates</legend>
          <p className="field-hint">Leave both empty for every event.</p>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${ids}-from`}>From</label>
              <input
                id={`${ids}-from`}
                type="date"
                value={auditFrom}
                onChange={(e) => setAuditFrom(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-to`}>To</label>
              <input
                id={`${ids}-to`}
                type="date"
                value={auditTo}
                onChange={(e) => setAuditTo(e.target.value)}
              />
            </div>
          </div>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${ids}-marking`}>Classification marking</label>
        <input
          id={`${ids}-marking`}
          value={marking}
          maxLength={60}
          disabled={running}
          onChange={(e) => setMarking(e.target.value)}
        />
        <p className="field-hint">Printed on the cover and at the top of every page.</p>
      </div>
      <ErrorAlert message={problem} />
      {running ? (
        <ExportProgress fraction={state.fraction} label={state.label} onCancel={cancel} />
      ) : (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit">Export pack</button>
        </div>
      )}
    </form>
  );
}
