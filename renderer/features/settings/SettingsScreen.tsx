import { useState, type ChangeEvent, type SubmitEvent } from 'react';
import { rolesGrant } from '../../../shared/domain/permissions';
import type { WorkspaceSettings } from '../../../shared/domain/workspace';
import { MAX_EVIDENCE_MEGABYTES } from '../../../shared/evidence/fileTypes';
import { useCommand } from '../../app/useCommand';
import { useMember, useWorkspace } from '../../app/WorkspaceContext';
import { updateWorkspaceSettings } from '../../db/commands/updateWorkspaceSettings';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { GateTemplatesSection } from '../gate-templates/GateTemplatesSection';
import { RiskSettingsSection } from '../risk-settings/RiskSettingsSection';
import { StorageStatus } from '../shell/StorageStatus';
import { EvidenceTypesField } from './EvidenceTypesField';

type NumberKey =
  | 'stalledAfterDays'
  | 'reviewResponseDays'
  | 'approvalValidityMonths'
  | 'inactivityLockMinutes'
  | 'evidenceMaxMegabytes';
type PolicyFields = Pick<
  WorkspaceSettings,
  NumberKey | 'marking' | 'signingReauth' | 'costAlert' | 'evidenceTypes'
>;

/** The settings this form edits; the risk matrix and gate templates have their own sections. */
function policyFields(settings: WorkspaceSettings): PolicyFields {
  const { marking, signingReauth, stalledAfterDays, reviewResponseDays, approvalValidityMonths } =
    settings;
  const { inactivityLockMinutes, costAlert, evidenceMaxMegabytes, evidenceTypes } = settings;
  return {
    evidenceMaxMegabytes,
    evidenceTypes,
    costAlert,
    marking,
    signingReauth,
    stalledAfterDays,
    reviewResponseDays,
    approvalValidityMonths,
    inactivityLockMinutes,
  };
}

/** Workspace name and policies. Everyone can read them; administrators change them. */
export function SettingsScreen() {
  const { workspace } = useWorkspace();
  const member = useMember();
  const command = useCommand(updateWorkspaceSettings);
  const canEdit = rolesGrant(member.roles, 'workspace.configure');
  const [name, setName] = useState(workspace.name);
  const [settings, setSettings] = useState<PolicyFields>(() => policyFields(workspace.settings));
  const [saved, setSaved] = useState(false);
  const errors = command.fieldErrors;
  const number = (key: NumberKey) => ({
    value: Number.isNaN(settings[key]) ? '' : settings[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.target.value;
      setSettings((s) => ({ ...s, [key]: value === '' ? Number.NaN : Number(value) }));
    },
  });

  const cost = (key: keyof PolicyFields['costAlert']) => ({
    value: Number.isNaN(settings.costAlert[key]) ? '' : settings.costAlert[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.target.value;
      setSettings((s) => ({
        ...s,
        costAlert: { ...s.costAlert, [key]: value === '' ? Number.NaN : Number(value) },
      }));
    },
  });

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setSaved(false);
    // Merged onto the stored settings at the moment of saving, so the risk
    // matrix saved by its own section meanwhile is never overwritten.
    if (await command.run({ name, settings: { ...workspace.settings, ...settings } }))
      setSaved(true);
  }

  return (
    <section aria-labelledby="settings-heading" className="screen narrow">
      <h1 id="settings-heading">Workspace settings</h1>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Workspace settings">
        <fieldset disabled={!canEdit}>
          <legend>
            {canEdit ? 'Change settings' : 'Only administrators can change these settings'}
          </legend>
          <Field label="Workspace name" error={errors.name}>
            {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field
            label="Classification marking"
            hint="Printed in the header of every exported page."
            error={errors['settings.marking']}
          >
            {(p) => (
              <input
                {...p}
                value={settings.marking}
                onChange={(e) => setSettings((s) => ({ ...s, marking: e.target.value }))}
              />
            )}
          </Field>
          <Field
            label="Stalled after (days)"
            hint="Days in proof of concept or pilot before an initiative is flagged."
            error={errors['settings.stalledAfterDays']}
          >
            {(p) => <input {...p} type="number" min={7} {...number('stalledAfterDays')} />}
          </Field>
          <Field
            label="Review response target (working days)"
            error={errors['settings.reviewResponseDays']}
          >
            {(p) => <input {...p} type="number" min={1} {...number('reviewResponseDays')} />}
          </Field>
          <Field
            label="Approvals valid in production for (months)"
            hint="After this, approvals of an initiative in production expire and reviewers are asked to review again."
            error={errors['settings.approvalValidityMonths']}
          >
            {(p) => <input {...p} type="number" min={1} {...number('approvalValidityMonths')} />}
          </Field>
          <Field
            label="Flag production cost above (per month)"
            hint="On the dashboard, in each initiative’s own currency."
            error={errors['settings.costAlert.monthlyThreshold']}
          >
            {(p) => <input {...p} type="number" min={1} {...cost('monthlyThreshold')} />}
          </Field>
          <Field
            label="Flag production cost at this multiple of the POC cost"
            error={errors['settings.costAlert.pocMultiple']}
          >
            {(p) => <input {...p} type="number" min={1} step="any" {...cost('pocMultiple')} />}
          </Field>
          <Field
            label="Largest evidence file (MB)"
            hint="Files over this size are refused when attached."
            error={errors['settings.evidenceMaxMegabytes']}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={MAX_EVIDENCE_MEGABYTES}
                {...number('evidenceMaxMegabytes')}
              />
            )}
          </Field>
          <EvidenceTypesField
            value={settings.evidenceTypes}
            error={errors['settings.evidenceTypes']}
            onChange={(evidenceTypes) => setSettings((s) => ({ ...s, evidenceTypes }))}
          />
          <Field
            label="Lock after inactivity (minutes)"
            error={errors['settings.inactivityLockMinutes']}
          >
            {(p) => <input {...p} type="number" min={1} {...number('inactivityLockMinutes')} />}
          </Field>
          <Field
            label="Passphrase when signing"
            hint="21 CFR 11.200: later signatures in one continuous session may use one component."
            error={errors['settings.signingReauth']}
          >
            {(p) => (
              <select
                {...p}
                value={settings.signingReauth}
                onChange={(e) =>
                  setSettings((s) => ({
                    ...s,
                    signingReauth: e.target.value as PolicyFields['signingReauth'],
                  }))
                }
              >
                <option value="every-signature">Ask for every signature</option>
                <option value="first-in-session">
                  Ask for the first signature in a session only
                </option>
              </select>
            )}
          </Field>
          <ErrorAlert message={command.error} />
          {saved && (
            <p role="status" className="alert alert-ok">
              Settings saved.
            </p>
          )}
          {canEdit && (
            <button type="submit" disabled={command.pending}>
              Save settings
            </button>
          )}
        </fieldset>
      </form>
      <RiskSettingsSection />
      <GateTemplatesSection />
      <section aria-labelledby="storage-heading" className="card">
        <h2 id="storage-heading">Storage on this computer</h2>
        <StorageStatus />
      </section>
    </section>
  );
}
