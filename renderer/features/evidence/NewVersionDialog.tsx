import { useState, type SubmitEvent } from 'react';
import type { Evidence } from '../../../shared/evidence/record';
import { useCommand } from '../../app/useCommand';
import { addEvidenceVersion } from '../../db/commands/addEvidenceVersion';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { ChosenFile, type ChosenFileValue } from './ChosenFile';

/** Adds a new version of a file; the old one stays, marked as replaced. */
export function NewVersionDialog(props: { evidence: Evidence; onClose: () => void }) {
  const { evidence, onClose } = props;
  const [file, setFile] = useState<ChosenFileValue | null>(null);
  const [description, setDescription] = useState(evidence.description);
  const command = useCommand(addEvidenceVersion);
  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (!file) return;
    if (await command.run({ evidenceId: evidence.id, file, description })) onClose();
  }
  return (
    <Dialog title={`New version of “${evidence.name}”`} open onClose={onClose}>
      <form onSubmit={(e) => void onSubmit(e)} aria-label="New version" noValidate>
        <p>
          Version {evidence.version + 1} replaces version {evidence.version}, which stays in the
          history with its SHA-256.
        </p>
        <ChosenFile value={file} onChange={setFile} />
        <Field label="Description (optional)" error={command.fieldErrors.description}>
          {(p) => (
            <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} />
          )}
        </Field>
        <ErrorAlert message={command.error} />
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={!file || command.pending}>
            Add version
          </button>
        </div>
      </form>
    </Dialog>
  );
}
