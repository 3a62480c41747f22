import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatSize } from '../../../shared/backup/backupError';
import { rolesGrant } from '../../../shared/domain/permissions';
import { evidenceStatusText } from '../../../shared/evidence/describeTarget';
import { fileTypeOf } from '../../../shared/evidence/fileTypes';
import {
  isCurrentEvidence,
  mayWithdrawEvidence,
  type Evidence,
} from '../../../shared/evidence/record';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { useHost } from '../../host/HostContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { EvidencePreview } from './EvidencePreview';
import { NewVersionDialog } from './NewVersionDialog';
import { saveEvidenceCopy } from './saveEvidenceCopy';
import { WithdrawEvidenceDialog } from './WithdrawEvidenceDialog';
import './evidence.css';

type Open = { kind: 'preview' | 'version' | 'withdraw'; evidence: Evidence } | null;

/**
 * Evidence files with their hash, version, who added them and their status,
 * and what can be done with each. Withdrawn and replaced versions are listed
 * only when asked for: they are history, not evidence.
 */
export function EvidenceTable(props: {
  /** Rows to list (already narrowed to a target). */
  evidence: readonly Evidence[];
  /** Every row of the initiative, to name the version that replaced a file. */
  all: readonly Evidence[];
  caption: string;
  describeTarget?: (evidence: Evidence) => string;
}) {
  const { db } = useWorkspace();
  const host = useHost();
  const member = useMember();
  const members = useLiveQuery(() => db.members.toArray(), [db]);
  const [open, setOpen] = useState<Open>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canManage = rolesGrant(member.roles, 'evidence.manage');
  const rows = showHistory ? props.evidence : props.evidence.filter(isCurrentEvidence);
  const hidden = props.evidence.length - props.evidence.filter(isCurrentEvidence).length;
  const name = (id: string) => members?.find((m) => m.id === id)?.name ?? 'Unknown member';

  async function save(evidence: Evidence) {
    setError(await saveEvidenceCopy(db, host, evidence));
  }

  return (
    <div className="evidence-table">
      {hidden > 0 && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showHistory}
            onChange={(e) => setShowHistory(e.target.checked)}
          />{' '}
          Show withdrawn and earlier versions ({hidden})
        </label>
      )}
      <ErrorAlert message={error} />
      {rows.length === 0 ? (
        <p className="muted">No evidence attached.</p>
      ) : (
        <table>
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              {props.describeTarget && <th scope="col">Attached to</th>}
              <th scope="col">Version</th>
              <th scope="col">Size</th>
              <th scope="col">SHA-256</th>
              <th scope="col">Added</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((evidence) => {
              const current = isCurrentEvidence(evidence);
              const mayWithdraw =
                canManage && evidence.withdrawal === null && mayWithdrawEvidence(member, evidence);
              return (
                <tr key={evidence.id}>
                  <th scope="row">
                    {evidence.name}
                    {evidence.description && (
                      <span className="muted small block">{evidence.description}</span>
                    )}
                  </th>
                  {props.describeTarget && <td>{props.describeTarget(evidence)}</td>}
                  <td>{evidence.version}</td>
                  <td>{formatSize(evidence.bytes)}</td>
                  <td>
                    <code title={evidence.sha256}>{evidence.sha256.slice(0, 12)}…</code>
                    <span className="visually-hidden">full hash {evidence.sha256}</span>
                  </td>
                  <td>
                    {name(evidence.addedBy)}, {new Date(evidence.addedAt).toLocaleDateString()}
                  </td>
                  <td>
                    {evidence.withdrawal
                      ? 'Withdrawn'
                      : evidenceStatusText(
                          evidence,
                          (id) => props.all.find((e) => e.id === id)?.version,
                        )}
                    {evidence.withdrawal && (
                      <span className="muted small block">{evidence.withdrawal.reason}</span>
                    )}
                  </td>
                  <td className="button-row">
                    {fileTypeOf(evidence.mediaType)?.preview !== 'none' && (
                      <button
                        type="button"
                        className="button-quiet"
                        aria-label={`Preview ${evidence.name}`}
                        onClick={() => setOpen({ kind: 'preview', evidence })}
                      >
                        Preview
                      </button>
                    )}
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={`Save a copy of ${evidence.name}`}
                      onClick={() => void save(evidence)}
                    >
                      Save a copy
                    </button>
                    {canManage && current && (
                      <button
                        type="button"
                        className="button-quiet"
                        aria-label={`New version of ${evidence.name}`}
                        onClick={() => setOpen({ kind: 'version', evidence })}
                      >
                        New version
                      </button>
                    )}
                    {mayWithdraw && (
                      <button
                        type="button"
                        className="button-quiet"
                        aria-label={`Withdraw ${evidence.name}`}
                        onClick={() => setOpen({ kind: 'withdraw', evidence })}
                      >
                        Withdraw
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {open?.kind === 'preview' && (
        <EvidencePreview evidence={open.evidence} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'version' && (
        <NewVersionDialog evidence={open.evidence} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'withdraw' && (
        <WithdrawEvidenceDialog evidence={open.evidence} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
