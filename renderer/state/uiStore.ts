import { create } from 'zustand';
import type { EntityKind } from '../../shared/audit/auditEvent';

export type View = 'initiatives' | 'members' | 'audit' | 'settings';

export interface AuditFilter {
  entity: EntityKind | '';
  actor: string;
  /** Inclusive dates, `YYYY-MM-DD`, in the user's local time zone. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilter = { entity: '', actor: '', from: '', to: '' };

interface UiState {
  view: View;
  auditFilter: AuditFilter;
  initiativeSearch: string;
  setView: (view: View) => void;
  setAuditFilter: (patch: Partial<AuditFilter>) => void;
  resetAuditFilter: () => void;
  setInitiativeSearch: (search: string) => void;
}

export const useUi = create<UiState>()((set) => ({
  view: 'initiatives',
  auditFilter: EMPTY_AUDIT_FILTER,
  initiativeSearch: '',
  setView: (view) => set({ view }),
  setAuditFilter: (patch) => set((state) => ({ auditFilter: { ...state.auditFilter, ...patch } })),
  resetAuditFilter: () => set({ auditFilter: EMPTY_AUDIT_FILTER }),
  setInitiativeSearch: (initiativeSearch) => set({ initiativeSearch }),
}));
