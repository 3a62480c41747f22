import { useEffect } from 'react';
import { useUi } from '../../state/uiStore';

/** Warns before the window closes or reloads while a form has unsaved changes. */
export function useUnsavedChangesWarning() {
  const dirty = useUi((s) => s.dirty);
  const setDirty = useUi((s) => s.setDirty);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  // Leaving the detail view by any route clears the flag.
  useEffect(() => () => setDirty(false), [setDirty]);
}
