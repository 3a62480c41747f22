import type { BundleReport } from '../../../shared/bundle/verifyBundle';
import { summaryLine } from '../../../shared/bundle/report';

const STATUS_TEXT = { pass: 'Passed', fail: 'FAILED', note: 'Note' } as const;

/** A verification report: what the bundle says it is, the verdict, and every check in order. */
export function BundleReportView({ report }: { report: BundleReport }) {
  const { bundle } = report;
  return (
    <div className="bundle-report">
      {bundle && (
        <dl className="summary-list">
          <dt>Initiative</dt>
          <dd>{bundle.initiative.title}</dd>
          <dt>Workspace</dt>
          <dd>{bundle.workspace.name}</dd>
          <dt>Exported by</dt>
          <dd>
            {bundle.exportedBy.name}, {new Date(bundle.createdAt).toLocaleString()} (Countersign{' '}
            {bundle.appVersion})
          </dd>
          <dt>Audit chain head</dt>
          <dd>
            {bundle.chainHead ? (
              <>
                event #{bundle.chainHead.seq}, <code>{bundle.chainHead.hash}</code>
              </>
            ) : (
              'No events'
            )}
          </dd>
        </dl>
      )}
      <p role="status" className={report.ok ? 'alert alert-ok' : 'alert alert-error'}>
        {report.refused
          ? 'This file was refused before anything in it was read.'
          : report.ok
            ? 'Everything verified.'
            : 'Verification FAILED.'}{' '}
        {summaryLine(report.counts)}
      </p>
      <table>
        <caption className="visually-hidden">Verification checks</caption>
        <thead>
          <tr>
            <th scope="col">Result</th>
            <th scope="col">Check</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {report.checks.map((check) => (
            <tr key={check.id} className={`check-${check.status}`}>
              <td>{STATUS_TEXT[check.status]}</td>
              <th scope="row">{check.label}</th>
              <td>{check.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
