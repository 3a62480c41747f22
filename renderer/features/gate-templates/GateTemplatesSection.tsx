import { useId, useState } from 'react';
import { rolesGrant } from '../../../shared/domain/permissions';
import type { GateTemplate } from '../../../shared/gates/template';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { GateTemplateEditor } from './GateTemplateEditor';
import { itemCount, quorumLabel, transitionLabel } from './templateForm';
import './gateTemplates.css';

/**
 * The workspace's gate templates: what each function checks before an
 * initiative moves on. Everyone can read them; administrators edit them.
 */
export function GateTemplatesSection() {
  const { workspace } = useWorkspace();
  const member = useMember();
  const canEdit = rolesGrant(member.roles, 'workspace.configure');
  const headingId = useId();
  /** A copy of the template as it was when editing began: its version is what the edit is based on. */
  const [editing, setEditing] = useState<GateTemplate | null>(null);
  const [saved, setSaved] = useState<GateTemplate | null>(null);

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>Gate templates</h2>
      <p className="muted">
        What each function must check, and how many of its reviewers must approve, before an
        initiative moves to its next stage. Editing a template makes a new version; gate reviews
        already opened keep the version they started with.
      </p>
      {!canEdit && <p className="muted">Only administrators can change gate templates.</p>}
      {saved && (
        <p role="status" className="alert alert-ok">
          {saved.name} saved as version {saved.version}.
        </p>
      )}
      {workspace.gateTemplates.length === 0 ? (
        <p className="muted">This workspace has no gate templates.</p>
      ) : (
        <ul className="template-list">
          {workspace.gateTemplates.map((template) => (
            <li key={template.id}>
              <TemplateSummary
                template={template}
                canEdit={canEdit}
                onEdit={() => {
                  setSaved(null);
                  setEditing(structuredClone(template));
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <GateTemplateEditor
        template={editing}
        onClose={() => setEditing(null)}
        onSaved={(template) => {
          setEditing(null);
          setSaved(template);
        }}
      />
    </section>
  );
}

function TemplateSummary({
  template,
  canEdit,
  onEdit,
}: {
  template: GateTemplate;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const headingId = useId();
  const count = itemCount(template);
  return (
    <article aria-labelledby={headingId} className="template-card">
      <div className="template-card-header">
        <h3 id={headingId}>{template.name}</h3>
        <span className="badge">Version {template.version}</span>
      </div>
      {template.description && <p className="template-description">{template.description}</p>}
      <dl className="summary-list">
        <dt>Stage change</dt>
        <dd>{transitionLabel(template)}</dd>
        <dt>Approvals needed</dt>
        <dd>
          <ul className="template-quorums">
            {template.functions.map((req) => (
              <li key={req.function}>{quorumLabel(req)}</li>
            ))}
          </ul>
        </dd>
        <dt>Checklist items</dt>
        <dd>{count}</dd>
        <dt>One person may sign several functions</dt>
        <dd>
          {template.allowOneSignerForSeveralFunctions
            ? 'Yes (segregation of duties relaxed)'
            : 'No'}
        </dd>
      </dl>
      {canEdit && (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onEdit}>
            Edit<span className="visually-hidden"> {template.name}</span>
          </button>
        </div>
      )}
    </article>
  );
}
