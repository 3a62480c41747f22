import { createContext, useContext } from 'react';
import type { Member } from '../../shared/domain/member';
import type { Workspace } from '../../shared/domain/workspace';
import type { CountersignDb } from '../db/database';

export interface OpenWorkspace {
  db: CountersignDb;
  workspace: Workspace;
}

export const WorkspaceContext = createContext<OpenWorkspace | null>(null);
export const MemberContext = createContext<Member | null>(null);

export function useWorkspace(): OpenWorkspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside an open workspace');
  return value;
}

/** The signed-in member. */
export function useMember(): Member {
  const value = useContext(MemberContext);
  if (!value) throw new Error('useMember must be used after sign-in');
  return value;
}
