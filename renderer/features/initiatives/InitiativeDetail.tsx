import { useLiveQuery } from 'dexie-react-hooks';
import { STAGE_LABELS } from '../../../shared/domain/initiative';
import { daysInStage, isStalled } from '../../../shared/domain/stalled';
import { RISK_TIER_LABELS } from '../../../shared/euAiAct/tier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useUi, type InitiativeTab } from '../../state/uiStore';
import { Tabs } from '../../ui/Tabs';
import { ExportBundleButton } from '../bundle/ExportBundleButton';
import { EvidenceTab } from '../evidence/EvidenceTab';
import { GatesTab } from '../gates/GatesTab';
import { OverdueConditionsBadge } from '../gates/OverdueConditionsBadge';
import { ClassificationPanel } from './ClassificationPanel';
import { BusinessCaseForm } from './BusinessCaseForm';
import { InitiativeHistory } from './InitiativeHistory';
import { RiskRegister } from '../risks/RiskRegister';
import { ExportPackButton } from '../packs/ExportPackButton';
import { ProfileForm } from './ProfileForm';
import { ReadinessForm } from './ReadinessForm';
import { ReadinessStrip } from './ReadinessStrip';
import { StageControl } from './StageControl';
import { formatDuration } from './timeInStage';
import { useUnsavedChangesWarning } from './useUnsavedChangesWarning';

const TABS: { id: InitiativeTab; label: string }[] = [
  { id: 'profile', label: 'Profile' },
  { id: 'classification', label: 'EU AI Act' },
  { id: 'business-case', label: 'Business case' },
  { id: 'readiness', label: 'Readiness' },
  { id: 'gates', label: 'Gates' },
  { id: 'risks', label: 'Risks' },
  { id: 'evidence', label: 'Evidence' },
  { id: 'history', label: 'History' },
];

export function InitiativeDetail({ initiativeId }: { initiativeId: string }) {
  const { db, workspace } = useWorkspace();
  const tab = useUi((s) => s.initiativeTab);
  const setTab = useUi((s) => s.setInitiativeTab);
  const openInitiative = useUi((s) => s.openInitiative);
  const initiative = useLiveQuery(
    async () => (await db.initiatives.get(initiativeId)) ?? null,
    [db, initiativeId],
  );
  useUnsavedChangesWarning();

  if (initiative === undefined) return <p role="status">Loading…</p>;
  if (initiative === null) {
    return (
      <section className="screen">
        <p role="alert">This initiative does not exist in this workspace.</p>
        <button type="button" onClick={() => openInitiative(null)}>
          Back to initiatives
        </button>
      </section>
    );
  }
  const now = new Date();
  const stalled = isStalled(initiative, now, workspace.settings.stalledAfterDays);
  return (
    <section aria-labelledby="initiative-heading" className="screen">
      <button
        type="button"
        className="button-quiet back-button"
        onClick={() => openInitiative(null)}
      >
        ← All initiatives
      </button>
      <div className="screen-header">
        <div>
          <h1 id="initiative-heading">{initiative.title}</h1>
          <p className="muted">
            {STAGE_LABELS[initiative.stage]} for{' '}
            {formatDuration(daysInStage(initiative.stageEnteredAt, now))}
            {stalled && <span className="badge badge-warning">Stalled</span>}{' '}
            <OverdueConditionsBadge initiativeId={initiative.id} /> ·{' '}
            {initiative.classification
              ? RISK_TIER_LABELS[initiative.classification.tier]
              : 'Not classified'}{' '}
            · {initiative.businessUnit}
          </p>
          <ReadinessStrip readiness={initiative.readiness} />
        </div>
        <div className="button-row">
          <ExportPackButton initiativeId={initiative.id} />
          <ExportBundleButton initiative={initiative} />
          <StageControl initiative={initiative} />
        </div>
      </div>
      <Tabs label="Initiative sections" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'profile' && <ProfileForm initiative={initiative} />}
        {tab === 'classification' && <ClassificationPanel initiative={initiative} />}
        {tab === 'business-case' && <BusinessCaseForm initiative={initiative} />}
        {tab === 'readiness' && <ReadinessForm initiative={initiative} />}
        {tab === 'gates' && <GatesTab initiative={initiative} />}
        {tab === 'risks' && <RiskRegister initiative={initiative} />}
        {tab === 'evidence' && <EvidenceTab initiative={initiative} />}
        {tab === 'history' && <InitiativeHistory initiative={initiative} />}
      </Tabs>
    </section>
  );
}
