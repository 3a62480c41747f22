import { create } from 'zustand';

const LAST_WORKSPACE_KEY = 'countersign.lastWorkspace';

/**
 * Who is working in which workspace. Session state only: records live in
 * IndexedDB and are read with useLiveQuery. The last workspace opened is
 * remembered as a preference; who is signed in is not.
 */
interface SessionState {
  dbName: string | null;
  memberId: string | null;
  openWorkspace: (dbName: string) => void;
  closeWorkspace: () => void;
  signIn: (memberId: string) => void;
  signOut: () => void;
}

function readLastWorkspace(): string | null {
  try {
    return localStorage.getItem(LAST_WORKSPACE_KEY);
  } catch {
    return null;
  }
}

function writeLastWorkspace(dbName: string | null) {
  try {
    if (dbName) localStorage.setItem(LAST_WORKSPACE_KEY, dbName);
    else localStorage.removeItem(LAST_WORKSPACE_KEY);
  } catch {
    // A preference that cannot be stored only means choosing the workspace again.
  }
}

export const useSession = create<SessionState>()((set) => ({
  dbName: readLastWorkspace(),
  memberId: null,
  openWorkspace: (dbName) => {
    writeLastWorkspace(dbName);
    set({ dbName, memberId: null });
  },
  closeWorkspace: () => {
    writeLastWorkspace(null);
    set({ dbName: null, memberId: null });
  },
  signIn: (memberId) => set({ memberId }),
  signOut: () => set({ memberId: null }),
}));
