import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  mappingProblems,
  REQUIRED_IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from '../../../shared/import/mapping';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, formatCount } from '../../../shared/import/table';
import { useCommand } from '../../app/useCommand';
import { useWorkspace } from '../../app/WorkspaceContext';
import { importInitiatives } from '../../db/commands/importInitiatives';
import { useHost } from '../../host/HostContext';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import type { ParsedFileSummary, PreviewSummary } from './importWorkerProtocol';
import { ImportCancelled, useImportWorker } from './useImportWorker';
import './import.css';

/** Rows rendered in the preview at once; the rest are summarised (lists stay small). */
const PREVIEW_ROW_LIMIT = 200;

const FIELD_HINTS: Partial<Record<ImportField, string>> = {
  owner: 'Matched to a member by email or exact name.',
  aiSystemType: 'A type name such as “Classical ML” or “Generative / LLM”.',
  stage: 'Idea when empty.',
  tags: 'Separated by commas or semicolons.',
};

type Step =
  | { step: 'choose'; error: string | null }
  | { step: 'map'; file: ParsedFileSummary; error: string | null }
  | { step: 'preview'; file: ParsedFileSummary; preview: PreviewSummary | null }
  | { step: 'done'; fileName: string; imported: number; skipped: string[] };

export function ImportInitiativesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Import initiatives" open={open} onClose={onClose}>
      <ImportWizard onDone={onClose} />
    </Dialog>
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function ImportWizard({ onDone }: { onDone: () => void }) {
  const { db } = useWorkspace();
  const host = useHost();
  const worker = useImportWorker();
  const command = useCommand(importInitiatives);
  const members = useLiveQuery(
    () => db.members.where('status').equals('active').sortBy('name'),
    [db],
  );
  const [state, setState] = useState<Step>({ step: 'choose', error: null });
  const [opening, setOpening] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [defaultOwnerId, setDefaultOwnerId] = useState('');
  const [onlyErrors, setOnlyErrors] = useState(false);

  // Each step starts at its heading, so keyboard and screen-reader users know where they are.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [state.step]);

  async function chooseFile() {
    setOpening(true);
    const picked = await host.openFile({
      filters: [{ name: 'Spreadsheets', extensions: ['csv', 'xlsx'] }],
      maxBytes: MAX_IMPORT_BYTES,
    });
    setOpening(false);
    if (!picked.ok) {
      setState({ step: 'choose', error: picked.error });
      return;
    }
    if (!picked.value) return; // the person closed the file chooser
    setState({ step: 'choose', error: null });
    try {
      const file = await worker.parse(picked.value.name, picked.value.data);
      setMapping(file.suggestedMapping);
      setDefaultOwnerId('');
      setState({ step: 'map', file, error: null });
    } catch (error) {
      if (error instanceof ImportCancelled) return;
      setState({ step: 'choose', error: errorMessage(error) });
    }
  }

  async function showPreview(file: ParsedFileSummary, chosen: ColumnMapping) {
    const problems = mappingProblems(chosen, file.headers.length, {
      hasDefaultOwner: defaultOwnerId !== '',
    });
    if (problems.length > 0) {
      setState({ step: 'map', file, error: problems.join(' ') });
      return;
    }
    command.reset();
    setOnlyErrors(false);
    setState({ step: 'preview', file, preview: null });
    try {
      const preview = await worker.preview(db.name, chosen, defaultOwnerId || null);
      setState({ step: 'preview', file, preview });
    } catch (error) {
      if (error instanceof ImportCancelled) return;
      setState({ step: 'map', file, error: errorMessage(error) });
    }
  }

  async function runImport(file: ParsedFileSummary, preview: PreviewSummary) {
    const result = await command.run({ fileName: file.name, initiatives: preview.valid });
    if (!result) return;
    setState({
      step: 'done',
      fileName: file.name,
      imported: result.imported,
      skipped: preview.rows.flatMap((row) => row.errors),
    });
  }

  const heading = (text: string) => (
    <h3 className="import-step-title" ref={headingRef} tabIndex={-1}>
      {text}
    </h3>
  );

  if (state.step === 'choose') {
    const reading = worker.progress !== null;
    return (
      <div className="import-wizard">
        {heading('Step 1 of 3: choose a file')}
        <p>
          Choose a CSV (UTF-8) or Excel (.xlsx) file with one initiative per row and the column
          headings in row 1: at most {formatCount(MAX_IMPORT_BYTES / (1024 * 1024))} MB and{' '}
          {formatCount(MAX_IMPORT_ROWS)} rows. Nothing is imported until you have checked the
          preview.
        </p>
        {reading && (
          <p role="status" className="alert alert-info">
            {worker.progress}
          </p>
        )}
        <ErrorAlert message={state.error} />
        <div className="form-actions">
          {reading ? (
            <button type="button" className="button-secondary" onClick={worker.cancel}>
              Stop reading
            </button>
          ) : (
            <button type="button" className="button-secondary" onClick={onDone}>
              Cancel
            </button>
          )}
          <button type="button" disabled={opening || reading} onClick={() => void chooseFile()}>
            Choose file
          </button>
        </div>
      </div>
    );
  }

  if (state.step === 'map' && mapping) {
    const { file } = state;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      void showPreview(file, mapping);
    };
    return (
      <form className="import-wizard" aria-label="Match columns" noValidate onSubmit={onSubmit}>
        {heading('Step 2 of 3: match the columns')}
        <p>
          {file.name}: {formatCount(file.rowCount)} {file.rowCount === 1 ? 'row' : 'rows'}. Choose
          the column that holds each field; fields left as “Not imported” stay empty.
        </p>
        <div className="import-mapping">
          {IMPORT_FIELDS.map((field) => (
            <Field
              key={field}
              label={IMPORT_FIELD_LABELS[field]}
              hint={
                [
                  REQUIRED_IMPORT_FIELDS.includes(field) ? 'Required.' : '',
                  FIELD_HINTS[field] ?? '',
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            >
              {(p) => (
                <select
                  {...p}
                  value={mapping[field] ?? ''}
                  onChange={(e) =>
                    setMapping({
                      ...mapping,
                      [field]: e.target.value === '' ? null : Number(e.target.value),
                    })
                  }
                >
                  <option value="">Not imported</option>
                  {file.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </div>
        <Field
          label="Owner of rows without one"
          hint="Rows with an empty owner get this member; without one they are not imported."
        >
          {(p) => (
            <select
              {...p}
              value={defaultOwnerId}
              onChange={(e) => setDefaultOwnerId(e.target.value)}
            >
              <option value="">Nobody</option>
              {(members ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorAlert message={state.error} />
        <div className="form-actions">
          <button
            type="button"
            className="button-secondary"
            onClick={() => setState({ step: 'choose', error: null })}
          >
            Choose another file
          </button>
          <button type="submit">Preview</button>
        </div>
      </form>
    );
  }

  if (state.step === 'preview') {
    const { file, preview } = state;
    if (!preview) {
      return (
        <div className="import-wizard">
          {heading('Step 3 of 3: check and import')}
          <p role="status" className="alert alert-info">
            {worker.progress ?? 'Checking rows…'}
          </p>
        </div>
      );
    }
    const total = preview.rows.length;
    const validCount = preview.valid.length;
    const listed = onlyErrors ? preview.rows.filter((r) => r.errors.length > 0) : preview.rows;
    const shown = listed.slice(0, PREVIEW_ROW_LIMIT);
    return (
      <div className="import-wizard">
        {heading('Step 3 of 3: check and import')}
        {preview.invalidCount > 0 ? (
          <p role="alert" className="alert alert-error">
            {formatCount(preview.invalidCount)} of {formatCount(total)} rows have errors. They will
            not be imported; fix them in the file and import it again.
          </p>
        ) : (
          <p role="status" className="alert alert-ok">
            All {formatCount(total)} {total === 1 ? 'row is' : 'rows are'} ready to import.
          </p>
        )}
        {preview.invalidCount > 0 && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={onlyErrors}
              onChange={(e) => setOnlyErrors(e.target.checked)}
            />
            Show only rows with errors
          </label>
        )}
        <div className="import-preview">
          <table className="table" aria-label="Import preview">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Title</th>
                <th scope="col">Business unit</th>
                <th scope="col">Owner</th>
                <th scope="col">Stage</th>
                <th scope="col">Problems</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.rowNumber}>
                  <td>{row.rowNumber}</td>
                  <td>{row.title}</td>
                  <td>{row.businessUnit}</td>
                  <td>{row.owner}</td>
                  <td>{row.stage}</td>
                  <td>
                    {row.errors.length === 0 ? (
                      'Ready'
                    ) : (
                      <ul className="import-errors">
                        {row.errors.map((message, i) => (
                          <li key={i}>{message}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {listed.length > shown.length && (
          <p className="muted">
            Showing the first {formatCount(shown.length)} of {formatCount(listed.length)} rows.
          </p>
        )}
        <ErrorAlert message={command.error} />
        <div className="form-actions">
          <button
            type="button"
            className="button-secondary"
            disabled={command.pending}
            onClick={() => setState({ step: 'map', file, error: null })}
          >
            Back
          </button>
          <button
            type="button"
            disabled={command.pending || validCount === 0}
            onClick={() => void runImport(file, preview)}
          >
            {command.pending
              ? 'Importing…'
              : `Import ${formatCount(validCount)} valid ${validCount === 1 ? 'row' : 'rows'}`}
          </button>
        </div>
      </div>
    );
  }

  if (state.step === 'done') {
    const skipped = state.skipped;
    return (
      <div className="import-wizard">
        {heading('Import finished')}
        <p role="status" className="alert alert-ok">
          Imported {formatCount(state.imported)}{' '}
          {state.imported === 1 ? 'initiative' : 'initiatives'} from {state.fileName}.
        </p>
        {skipped.length > 0 && (
          <>
            <p>These problems kept rows from being imported:</p>
            <ul className="import-errors">
              {skipped.slice(0, PREVIEW_ROW_LIMIT).map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
            {skipped.length > PREVIEW_ROW_LIMIT && (
              <p className="muted">… and {formatCount(skipped.length - PREVIEW_ROW_LIMIT)} more.</p>
            )}
          </>
        )}
        <div className="form-actions">
          <button type="button" onClick={onDone}>
            Done
          </button>
        </div>
      </div>
    );
  }

  return null;
}
