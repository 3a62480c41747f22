import { useState, type SubmitEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Evidence, EvidenceTarget } from '../../../shared/evidence/record';
import { useCommand } from '../../app/useCommand';
import { addEvidence } from '../../db/commands/addEvidence';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { ChosenFile, type ChosenFileValue } from './ChosenFile';

/** A button that opens the attach dialog for one target (the initiative, a risk, a control, a review item). */
export function AttachEvidence(props: {
  initiativeId: string;
  target: EvidenceTarget;
  /** The button's text, e.g. "Attach evidence" or "Attach evidence to this control". */
  label?: string;
  /** Says what the file is attached to, in the dialog title. */
  targetLabel: string;
  onAttached?: (evidence: Evidence) => void;
}) {
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<ChosenFileValue | null>(null);
  const [description, setDescription] = useState('');
  const command = useCommand(addEvidence);
  const close = () => {
    setOpen(false);
    setFile(null);
    setDescription('');
    command.reset();
  };
  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    // React events bubble through portals to the enclosing form: keep this one to itself.
    event.stopPropagation();
    if (!file) return;
    const added = await command.run({
      initiativeId: props.initiativeId,
      target: props.target,
      file,
      description,
    });
    if (added) {
      props.onAttached?.(added);
      close();
    }
  }
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        {props.label ?? 'Attach evidence'}
      </button>
      {/* Portalled: the button may sit inside another form (the review form), and forms must not nest. */}
      {createPortal(
        <Dialog title={`Attach evidence: ${props.targetLabel}`} open={open} onClose={close}>
          <form onSubmit={(e) => void onSubmit(e)} aria-label="Attach evidence" noValidate>
            <ChosenFile value={file} onChange={setFile} />
            <Field label="Description (optional)" error={command.fieldErrors.description}>
              {(p) => (
                <input
                  {...p}
                  value={description}
                  onChange={(e) => setDescription(e.target.value)}
                />
              )}
            </Field>
            <ErrorAlert message={command.error} />
            <div className="form-actions">
              <button type="button" className="button-secondary" onClick={close}>
                Cancel
              </button>
              <button type="submit" disabled={!file || command.pending}>
                Attach
              </button>
            </div>
          </form>
        </Dialog>,
        document.body,
      )}
    </>
  );
}
