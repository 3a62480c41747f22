import { useEffect, useId, useRef, useState, type RefObject, type SubmitEvent } from 'react';
import { ROLE_LABELS, type Role } from '../../../shared/domain/roles';
import { BAND_LABELS, BANDS, type Band } from '../../../shared/risk/matrix';
import { MAX_REVIEW_MONTHS } from '../../../shared/risk/reviewCadence';
import { useCommand } from '../../app/useCommand';
import { useWorkspace } from '../../app/WorkspaceContext';
import { updateWorkspaceSettings } from '../../db/commands/updateWorkspaceSettings';
import { confirmLeave } from '../../state/uiStore';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { RiskMatrixGrid, type GridCell } from './RiskMatrixGrid';
import {
  acceptanceRoleOptions,
  bandControlLabel,
  BANDS_MOST_SEVERE_FIRST,
  cadenceControlLabel,
  levelsLowestFirst,
  locateProblems,
  MATRIX_SIZES,
  mergeIntoSettings,
  problemKey,
  problemSummary,
  renameLevel,
  resizeDraft,
  setBand,
  setCadence,
  settingsToDraft,
  type Axis,
  type RiskSettingsDraft,
} from './riskSettingsForm';

interface RiskSettingsEditorProps {
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** Edits the risk matrix, appetite, review cadence and acceptance role in a dialog. */
export function RiskSettingsEditor({ open, onClose, onSaved }: RiskSettingsEditorProps) {
  const dirty = useRef(false);
  function requestClose() {
    // The dialog also reports closing after a save has already closed it.
    if (!open) return;
    if (confirmLeave(dirty.current)) {
      dirty.current = false;
      onClose();
    }
  }
  return (
    <Dialog title="Edit risk matrix" open={open} onClose={requestClose}>
      <EditorForm
        dirtyRef={dirty}
        onCancel={requestClose}
        onSaved={() => {
          dirty.current = false;
          onSaved();
        }}
      />
    </Dialog>
  );
}

interface EditorFormProps {
  dirtyRef: RefObject<boolean>;
  onCancel: () => void;
  onSaved: () => void;
}

function EditorForm({ dirtyRef, onCancel, onSaved }: EditorFormProps) {
  const { workspace } = useWorkspace();
  const command = useCommand(updateWorkspaceSettings);
  const [initialDraft] = useState(() => settingsToDraft(workspace.settings));
  const [draft, setDraft] = useState<RiskSettingsDraft>(initialDraft);

  const dirty = draft !== initialDraft;
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty, dirtyRef]);

  const problems = locateProblems(command.fieldErrors);
  const problemAt = new Map<string, string>();
  for (const p of problems) if (!problemAt.has(p.key)) problemAt.set(p.key, p.message);
  const summary = problemSummary(problems) ?? command.error;
  const gridProblems = [problemAt.get(problemKey.bands), problemAt.get(problemKey.form)].filter(
    (message): message is string => message !== undefined,
  );

  function changeSize(value: string) {
    const size = Number(value);
    if (size === draft.size) return;
    const ok = window.confirm(
      `Change the matrix to ${value} × ${value}? Its level names and bands are reset to the defaults for that size. The appetite, review cadence and acceptance role are kept.`,
    );
    if (!ok) return;
    // Errors located on the old grid would point at the wrong cells.
    command.reset();
    setDraft((d) => resizeDraft(d, size));
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    // The workspace as it is now: other settings saved meanwhile are kept.
    const saved = await command.run({
      name: workspace.name,
      settings: mergeIntoSettings(workspace.settings, draft),
    });
    if (saved) onSaved();
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label="Edit risk matrix"
      className="risk-settings-editor"
    >
      <Field
        label="Matrix size"
        hint="Changing the size resets level names and bands to that size’s defaults. A smaller matrix is refused while any risk is rated beyond it."
        error={problemAt.get(problemKey.size)}
      >
        {(p) => (
          <select {...p} value={draft.size} onChange={(e) => changeSize(e.target.value)}>
            {MATRIX_SIZES.map((size) => (
              <option key={size} value={size}>
                {size} × {size}
              </option>
            ))}
          </select>
        )}
      </Field>

      <div className="field-row">
        <LevelNames
          axis="likelihood"
          legend="Likelihood levels (1 is the least likely)"
          names={draft.likelihoodLevels}
          problemAt={problemAt}
          onRename={(level, name) => setDraft((d) => renameLevel(d, 'likelihood', level, name))}
        />
        <LevelNames
          axis="impact"
          legend="Impact levels (1 is the least severe)"
          names={draft.impactLevels}
          problemAt={problemAt}
          onRename={(level, name) => setDraft((d) => renameLevel(d, 'impact', level, name))}
        />
      </div>

      <h3 className="risk-settings-editor-heading">Band of each cell</h3>
      <p className="field-hint">
        A more likely or more severe cell can never be in a lower band than the cell below it or to
        its left.
      </p>
      <div className="risk-matrix-scroll">
        <RiskMatrixGrid
          caption="Bands: one per likelihood and impact"
          className="risk-matrix-editor"
          size={draft.size}
          likelihoodLevels={draft.likelihoodLevels}
          impactLevels={draft.impactLevels}
          bands={draft.bands}
          renderCell={(cell) => (
            <BandCell
              cell={cell}
              problem={problemAt.get(problemKey.band(cell.likelihood, cell.impact))}
              onChange={(band) => setDraft((d) => setBand(d, cell.likelihood, cell.impact, band))}
            />
          )}
        />
      </div>
      {gridProblems.map((message) => (
        <p key={message} className="field-error">
          {message}
        </p>
      ))}

      <Field
        label="Risk appetite"
        hint="The highest band accepted without a signature: residual risk in a higher band, treated by acceptance, needs a signed acceptance."
        error={problemAt.get(problemKey.appetite)}
      >
        {(p) => (
          <select
            {...p}
            value={draft.appetite}
            onChange={(e) => setDraft((d) => ({ ...d, appetite: e.target.value as Band }))}
          >
            {BANDS.map((band) => (
              <option key={band} value={band}>
                {BAND_LABELS[band]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="inline-fieldset">
        <legend>Review cadence</legend>
        <p className="field-hint">
          Months from one review of a risk to the next, by its residual band (1 to{' '}
          {MAX_REVIEW_MONTHS}). A worse band is reviewed at least as often as a milder one.
        </p>
        <div className="field-row">
          {BANDS_MOST_SEVERE_FIRST.map((band) => (
            <Field
              key={band}
              label={cadenceControlLabel(band)}
              error={problemAt.get(problemKey.cadence(band))}
            >
              {(p) => (
                <input
                  {...p}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_REVIEW_MONTHS}
                  step={1}
                  value={draft.cadence[band]}
                  onChange={(e) => setDraft((d) => setCadence(d, band, e.target.value))}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <Field
        label="Role that signs risk acceptances"
        hint="Accepting residual risk above appetite needs the signature of a member with this role."
        error={problemAt.get(problemKey.acceptanceRole)}
      >
        {(p) => (
          <select
            {...p}
            value={draft.acceptanceRole}
            onChange={(e) => setDraft((d) => ({ ...d, acceptanceRole: e.target.value as Role }))}
          >
            {acceptanceRoleOptions(draft.acceptanceRole).map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <ErrorAlert message={summary} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={command.pending}>
          {command.pending ? 'Saving…' : 'Save risk matrix'}
        </button>
      </div>
    </form>
  );
}

interface LevelNamesProps {
  axis: Axis;
  legend: string;
  names: readonly string[];
  problemAt: ReadonlyMap<string, string>;
  onRename: (level: number, name: string) => void;
}

function LevelNames({ axis, legend, names, problemAt, onRename }: LevelNamesProps) {
  const word = axis === 'likelihood' ? 'Likelihood' : 'Impact';
  const allProblem = problemAt.get(problemKey.levels(axis));
  return (
    <fieldset className="inline-fieldset risk-level-names">
      <legend>{legend}</legend>
      {allProblem && <p className="field-error">{allProblem}</p>}
      {levelsLowestFirst(names.length).map((level) => (
        <Field
          key={level}
          label={`${word} level ${String(level)}`}
          error={problemAt.get(problemKey.level(axis, level))}
        >
          {(p) => (
            <input
              {...p}
              maxLength={40}
              value={names[level - 1] ?? ''}
              onChange={(e) => onRename(level, e.target.value)}
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}

interface BandCellProps {
  cell: GridCell;
  problem: string | undefined;
  onChange: (band: Band) => void;
}

function BandCell({ cell, problem, onChange }: BandCellProps) {
  const problemId = useId();
  return (
    <>
      <span className="risk-cell-score">
        <span className="visually-hidden">Score </span>
        {cell.score}
      </span>
      <select
        aria-label={bandControlLabel(cell.likelihood, cell.impact)}
        aria-invalid={problem !== undefined}
        aria-describedby={problem === undefined ? undefined : problemId}
        value={cell.band}
        onChange={(e) => onChange(e.target.value as Band)}
      >
        {BANDS.map((band) => (
          <option key={band} value={band}>
            {BAND_LABELS[band]}
          </option>
        ))}
      </select>
      {problem !== undefined && (
        <span className="risk-cell-problem">
          <span aria-hidden="true">⚠ Too low</span>
          <span className="visually-hidden" id={problemId}>
            {problem}
          </span>
        </span>
      )}
    </>
  );
}
