/** How long quitting waits for the renderer's last backup before going ahead anyway. */
export const QUIT_BACKUP_TIMEOUT_MS = 10_000;

interface QuitEvent {
  preventDefault(): void;
}

export interface QuitBackupGuard {
  /** For `app.on('before-quit')`. */
  onBeforeQuit(event: QuitEvent): void;
  /** The renderer reports its last backup written (or that there was nothing new). */
  onBackupDone(): void;
}

/**
 * On quit, asks the window for one last automatic backup and quits when it
 * reports back, or after a time limit, so a hung page never stops quitting.
 * A second quit while waiting goes ahead at once.
 */
export function createQuitBackupGuard(options: {
  /** Sends the request; false when there is no window to ask. */
  requestBackup: () => boolean;
  quit: () => void;
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}): QuitBackupGuard {
  const { requestBackup, quit, timeoutMs = QUIT_BACKUP_TIMEOUT_MS } = options;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'idle' | 'waiting' | 'done' = 'idle';
  let timer: unknown = null;

  const finish = () => {
    if (state !== 'waiting') return;
    state = 'done';
    if (timer !== null) clearTimer(timer);
    quit();
  };

  return {
    onBeforeQuit(event) {
      if (state !== 'idle') {
        state = 'done';
        return;
      }
      if (!requestBackup()) {
        state = 'done';
        return;
      }
      event.preventDefault();
      state = 'waiting';
      timer = setTimer(finish, timeoutMs);
    },
    onBackupDone: finish,
  };
}
