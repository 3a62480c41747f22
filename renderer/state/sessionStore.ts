import { create } from 'zustand';

const LAST_WORKSPACE_KEY = 'countersign.lastWorkspace';

/**
 * Who is working in which workspace. Session state only: records live in
 * IndexedDB and are read with useLiveQuery. The last workspace opened is
 * remembered as a preference; who is signed in is not, and the passphrase
 * never leaves the form it was typed into.
 */
interface SessionState {
  dbName: string | null;
  memberId: string | null;
  /** Locked after inactivity: the screen stays, hidden behind the sign-in. */
  locked: boolean;
  /**
   * The unlocked signing key, kept only when the workspace lets later
   * signatures in a session skip the passphrase; cleared on lock and sign-out.
   */
  signingKey: { memberId: string; secretKey: Uint8Array } | null;
  openWorkspace: (dbName: string) => void;
  closeWorkspace: () => void;
  signIn: (memberId: string) => void;
  signOut: () => void;
  lock: () => void;
  unlock: () => void;
  keepSigningKey: (memberId: string, secretKey: Uint8Array) => void;
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

function forgetKey(key: SessionState['signingKey']) {
  key?.secretKey.fill(0);
}

export const useSession = create<SessionState>()((set, get) => ({
  dbName: readLastWorkspace(),
  memberId: null,
  locked: false,
  signingKey: null,
  openWorkspace: (dbName) => {
    writeLastWorkspace(dbName);
    forgetKey(get().signingKey);
    set({ dbName, memberId: null, locked: false, signingKey: null });
  },
  closeWorkspace: () => {
    writeLastWorkspace(null);
    forgetKey(get().signingKey);
    set({ dbName: null, memberId: null, locked: false, signingKey: null });
  },
  signIn: (memberId) => set({ memberId, locked: false }),
  signOut: () => {
    forgetKey(get().signingKey);
    set({ memberId: null, locked: false, signingKey: null });
  },
  lock: () => {
    forgetKey(get().signingKey);
    set({ locked: true, signingKey: null });
  },
  unlock: () => set({ locked: false }),
  keepSigningKey: (memberId, secretKey) => set({ signingKey: { memberId, secretKey } }),
}));
