import { create } from 'zustand';
import type { EntityKind } from '../../shared/audit/auditEvent';
import type { Stage } from '../../shared/domain/initiative';
import type { RiskTier } from '../../shared/euAiAct/tier';

export type View =
  'dashboard' | 'initiatives' | 'reviews' | 'risks' | 'members' | 'audit' | 'settings' | 'backups';
export type InitiativeTab =
  | 'profile'
  | 'classification'
  | 'business-case'
  | 'readiness'
  | 'gates'
  | 'risks'
  | 'evidence'
  | 'history';

export interface AuditFilter {
  entity: EntityKind | '';
  actor: string;
  /** Inclusive dates, `YYYY-MM-DD`, in the user's local time zone. */
  from: string;
  to: string;
  /** Events of one record only (the initiative History tab links here). */
  entityId: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilter = {
  entity: '',
  actor: '',
  from: '',
  to: '',
  entityId: '',
};

export interface InitiativeFilter {
  search: string;
  stage: Stage | '';
  tier: RiskTier | 'unclassified' | '';
  businessUnit: string;
  ownerId: string;
  stalledOnly: boolean;
  readiness: '' | 'all-ready' | 'any-not-started';
  /** Exactly these initiatives, when a dashboard panel opened the list; its label says which. */
  only: { ids: string[]; label: string } | null;
}

export const EMPTY_INITIATIVE_FILTER: InitiativeFilter = {
  search: '',
  stage: '',
  tier: '',
  businessUnit: '',
  ownerId: '',
  stalledOnly: false,
  readiness: '',
  only: null,
};

export type InitiativeSortKey =
  'title' | 'stage' | 'tier' | 'businessUnit' | 'owner' | 'timeInStage' | 'risks' | 'updatedAt';
export interface InitiativeSort {
  key: InitiativeSortKey;
  direction: 'asc' | 'desc';
}

interface UiState {
  view: View;
  auditFilter: AuditFilter;
  initiativeFilter: InitiativeFilter;
  initiativeSort: InitiativeSort;
  openInitiativeId: string | null;
  initiativeTab: InitiativeTab;
  /** A form has unsaved changes: leaving it asks first. */
  dirty: boolean;
  setView: (view: View) => void;
  setAuditFilter: (patch: Partial<AuditFilter>) => void;
  resetAuditFilter: () => void;
  setInitiativeFilter: (patch: Partial<InitiativeFilter>) => void;
  resetInitiativeFilter: () => void;
  sortInitiativesBy: (key: InitiativeSortKey) => void;
  openInitiative: (id: string | null, tab?: InitiativeTab) => void;
  setInitiativeTab: (tab: InitiativeTab) => void;
  setDirty: (dirty: boolean) => void;
  /** The next person to sign in starts at the initiative list, not where the last one left off. */
  resetForNextPerson: () => void;
}

/** Leaving a form with unsaved changes asks first; returns whether to go ahead. */
export function confirmLeave(dirty: boolean): boolean {
  return !dirty || window.confirm('You have unsaved changes. Leave without saving them?');
}

export const useUi = create<UiState>()((set, get) => {
  const leave = (then: Partial<UiState>) => {
    if (!confirmLeave(get().dirty)) return;
    set({ ...then, dirty: false });
  };
  return {
    view: 'initiatives',
    auditFilter: EMPTY_AUDIT_FILTER,
    initiativeFilter: EMPTY_INITIATIVE_FILTER,
    initiativeSort: { key: 'updatedAt', direction: 'desc' },
    openInitiativeId: null,
    initiativeTab: 'profile',
    dirty: false,
    setView: (view) => leave({ view }),
    setAuditFilter: (patch) =>
      set((state) => ({ auditFilter: { ...state.auditFilter, ...patch } })),
    resetAuditFilter: () => set({ auditFilter: EMPTY_AUDIT_FILTER }),
    setInitiativeFilter: (patch) =>
      set((state) => ({ initiativeFilter: { ...state.initiativeFilter, ...patch } })),
    resetInitiativeFilter: () => set({ initiativeFilter: EMPTY_INITIATIVE_FILTER }),
    sortInitiativesBy: (key) =>
      set((state) => ({
        initiativeSort: {
          key,
          direction:
            state.initiativeSort.key === key && state.initiativeSort.direction === 'asc'
              ? 'desc'
              : 'asc',
        },
      })),
    openInitiative: (id, tab = 'profile') =>
      leave({ openInitiativeId: id, initiativeTab: tab, view: 'initiatives' }),
    setInitiativeTab: (tab) => leave({ initiativeTab: tab }),
    setDirty: (dirty) => set({ dirty }),
    resetForNextPerson: () =>
      set({
        view: 'initiatives',
        openInitiativeId: null,
        initiativeTab: 'profile',
        auditFilter: EMPTY_AUDIT_FILTER,
        initiativeFilter: EMPTY_INITIATIVE_FILTER,
        dirty: false,
      }),
  };
});
