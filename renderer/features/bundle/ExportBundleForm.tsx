import { useId, useState, type SubmitEvent } from 'react';
import type { AuditScope } from '../../../shared/bundle/format';
import type { Initiative } from '../../../shared/domain/initiative';
import { INITIATIVE_SECTIONS } from '../../../shared/pack/sections';
import { packSpecSchema } from '../../../shared/pack/spec';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { newId } from '../../db/ids';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportProgress } from '../packs/ExportProgress';
import { packContext } from '../packs/packContext';
import { useBundleExport } from './useBundleExport';
import '../packs/packs.css';

declare const __APP_VERSION__: string;

/**
 * What goes into an audit bundle, then progress, the signature, and the
 * result: the manifest's SHA-256, which the auditor can compare with what
 * the verifier prints.
 */
export function ExportBundleForm(props: { initiative: Initiative; onClose: () => void }) {
  const { initiative, onClose } = props;
  const { db, workspace } = useWorkspace();
  const member = useMember();
  const ids = useId();
  const [auditScope, setAuditScope] = useState<AuditScope>('initiative');
  const [problem, setProblem] = useState<string | null>(null);
  const { state, start, cancel, reset } = useBundleExport(db.name, initiative.title);
  const running = state.status === 'running';

  function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const now = new Date();
    const spec = packSpecSchema.safeParse({
      request: {
        kind: 'initiative',
        initiativeId: initiative.id,
        sections: [...INITIATIVE_SECTIONS],
        auditFrom: null,
        auditTo: null,
      },
      context: packContext(member, workspace.settings.marking, now),
    });
    if (!spec.success) {
      setProblem(spec.error.issues[0]?.message ?? 'The bundle cannot be made.');
      return;
    }
    setProblem(null);
    start(spec.data, {
      bundleId: newId(),
      appVersion: __APP_VERSION__,
      createdAt: now.toISOString(),
      exportedBy: { memberId: member.id, name: member.name },
      auditScope,
    });
  }

  if (state.status !== 'idle' && !running) {
    return (
      <div className="pack-result">
        {state.status === 'saved' && (
          <div role="status" className="alert alert-ok">
            <p>
              Audit bundle saved to {state.location}: <strong>{state.fileName}</strong> (
              {state.files} files, manifest signed by you).
            </p>
            <p className="small">
              Manifest SHA-256: <code className="pack-hash">{state.manifestSha256}</code>
            </p>
          </div>
        )}
        {state.status === 'not-saved' && <p role="status">The bundle was not saved.</p>}
        {state.status === 'cancelled' && <p role="status">Export cancelled; nothing was saved.</p>}
        {state.status === 'error' && (
          <ErrorAlert message={`The audit bundle could not be exported: ${state.message}`} />
        )}
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={reset}>
            Export again
          </button>
          <button type="button" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    );
  }

  return (
    <form aria-label="Export audit bundle" onSubmit={onSubmit} className="pack-form">
      <p>
        One zip file for an auditor: the compliance pack of <strong>{initiative.title}</strong>,
        every evidence file, the records and audit events as JSON, and a manifest with the SHA-256
        of every file, the chain head and every signature with its public key. You sign the
        manifest. Anyone can check the bundle offline with{' '}
        <code>npx countersign verify &lt;bundle.zip&gt;</code> or Verify bundle in the app.
      </p>
      <fieldset disabled={running}>
        <legend>Audit events to include</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={auditScope === 'initiative'}
            onChange={() => setAuditScope('initiative')}
          />
          This initiative’s events (its records, gates, sign-offs, risks and evidence)
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${ids}-scope`}
            checked={auditScope === 'workspace'}
            onChange={() => setAuditScope('workspace')}
          />
          The whole workspace audit chain, so the verifier checks it from the first event (it
          includes other initiatives’ records and members’ e-mail addresses)
        </label>
      </fieldset>
      <ErrorAlert message={problem} />
      {running ? (
        <ExportProgress fraction={state.fraction} label={state.label} onCancel={cancel} />
      ) : (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit">Export audit bundle</button>
        </div>
      )}
    </form>
  );
}
