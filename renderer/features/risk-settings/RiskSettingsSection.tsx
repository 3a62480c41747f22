import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { rolesGrant } from '../../../shared/domain/permissions';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { RiskSettingsEditor } from './RiskSettingsEditor';
import { RiskSettingsSummary } from './RiskSettingsSummary';
import './riskSettings.css';

/**
 * The risk matrix, appetite, review cadence and acceptance role. Everyone can
 * read them; administrators edit them in a dialog.
 */
export function RiskSettingsSection() {
  const { db, workspace } = useWorkspace();
  const member = useMember();
  const canEdit = rolesGrant(member.roles, 'workspace.configure');
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const role = workspace.settings.acceptanceRole;
  const acceptors = useLiveQuery(
    () =>
      db.members
        .where('status')
        .equals('active')
        .filter((m) => m.roles.includes(role))
        .count(),
    [db, role],
  );

  return (
    <section aria-labelledby={headingId} className="card risk-settings">
      <h2 id={headingId}>Risk matrix</h2>
      <p className="muted">
        How each risk is scored (likelihood × impact) and banded, how much risk the organisation
        accepts without a signed acceptance, and how often risks are reviewed.
      </p>
      {!canEdit && <p className="muted">Only administrators can change the risk matrix.</p>}
      {saved && (
        <p role="status" className="alert alert-ok">
          Risk matrix saved.
        </p>
      )}
      <RiskSettingsSummary settings={workspace.settings} acceptors={acceptors} />
      {canEdit && (
        <div className="form-actions">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Edit risk matrix
          </button>
        </div>
      )}
      {canEdit && (
        <RiskSettingsEditor
          open={editing}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      )}
    </section>
  );
}
