import { useState } from 'react';
import { formatSize } from '../../../shared/backup/backupError';
import { sanitiseFileName } from '../../../shared/evidence/fileName';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useHost } from '../../host/HostContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { pickEvidenceFile } from './pickEvidenceFile';

export interface ChosenFileValue {
  name: string;
  data: Uint8Array;
}

/** "Choose file…" with the chosen file's name and size, and why a file was refused. */
export function ChosenFile(props: {
  value: ChosenFileValue | null;
  onChange: (file: ChosenFileValue | null) => void;
}) {
  const host = useHost();
  const { workspace } = useWorkspace();
  const [error, setError] = useState<string | null>(null);
  async function choose() {
    setError(null);
    const picked = await pickEvidenceFile(host, workspace.settings);
    if (picked === null) return;
    if (!picked.ok) {
      setError(picked.message);
      props.onChange(null);
      return;
    }
    props.onChange(picked.file);
  }
  return (
    <div className="chosen-file">
      <button type="button" className="button-secondary" onClick={() => void choose()}>
        Choose file…
      </button>{' '}
      <span role="status">
        {props.value
          ? `${sanitiseFileName(props.value.name)} (${formatSize(props.value.data.byteLength)})`
          : 'No file chosen'}
      </span>
      <p className="muted small">
        Up to {workspace.settings.evidenceMaxMegabytes} MB. The file is kept exactly as chosen and
        identified by its SHA-256.
      </p>
      <ErrorAlert message={error} />
    </div>
  );
}
