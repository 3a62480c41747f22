import type { BackupSummary } from '../../../shared/backup/readBackup';

const COUNT_LABELS: [keyof BackupSummary['counts'], string][] = [
  ['members', 'Members'],
  ['initiatives', 'Initiatives'],
  ['risks', 'Risks'],
  ['gates', 'Gates'],
  ['signoffs', 'Sign-offs'],
  ['evidence', 'Evidence'],
  ['credentials', 'Sealed signing keys and passphrases'],
  ['auditEvents', 'Audit events'],
];

/** What a checked backup holds, shown before anyone confirms a restore. */
export function RestoreSummary({
  summary,
  sourceName,
}: {
  summary: BackupSummary;
  sourceName: string;
}) {
  return (
    <div className="restore-summary">
      <p role="status" className="alert alert-ok">
        Backup verified: every file matches its hash, every record is valid, the audit trail of{' '}
        {summary.chainLength.toLocaleString()} events verifies
        {summary.certificationsVerified > 0 &&
          `, ${String(summary.certificationsVerified)} signed certifications verify`}
        {summary.gateSignaturesVerified > 0 &&
          `, ${String(summary.gateSignaturesVerified)} signed gate decisions verify`}
        .
      </p>
      <dl className="summary-list">
        <dt>File</dt>
        <dd>{sourceName}</dd>
        <dt>Workspace</dt>
        <dd>{summary.workspaceName}</dd>
        <dt>Backed up</dt>
        <dd>{new Date(summary.createdAt).toLocaleString()}</dd>
        <dt>Written by</dt>
        <dd>
          Countersign {summary.appVersion} (backup format {summary.formatVersion}, data format{' '}
          {summary.schemaVersion})
        </dd>
        <dt>Chain head</dt>
        <dd>
          {summary.auditHead
            ? `#${String(summary.auditHead.seq)}, hash ${summary.auditHead.hash.slice(0, 16)}…`
            : 'No events'}
        </dd>
      </dl>
      <table aria-label="Records in the backup">
        <tbody>
          {COUNT_LABELS.map(([table, label]) => (
            <tr key={table}>
              <th scope="row">{label}</th>
              <td>{summary.counts[table].toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
