import { describe, expect, it, vi } from 'vitest';
import { createQuitBackupGuard } from './quitBackup';

function setup(windowOpen = true) {
  const quit = vi.fn();
  const requestBackup = vi.fn(() => windowOpen);
  let fire: (() => void) | null = null;
  const clearTimer = vi.fn();
  const guard = createQuitBackupGuard({
    requestBackup,
    quit,
    timeoutMs: 5000,
    setTimer: (run) => {
      fire = run;
      return 'timer';
    },
    clearTimer,
  });
  const event = () => ({ preventDefault: vi.fn() });
  return { guard, quit, requestBackup, clearTimer, event, fireTimer: () => fire?.() };
}

describe('backup on quit', () => {
  it('holds the quit, asks for a backup, and quits when the window reports back', () => {
    const { guard, quit, requestBackup, clearTimer, event } = setup();
    const first = event();
    guard.onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(requestBackup).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
    guard.onBackupDone();
    expect(clearTimer).toHaveBeenCalledWith('timer');
    expect(quit).toHaveBeenCalledTimes(1);
    // The quit that follows goes through.
    const second = event();
    guard.onBeforeQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when the window does not answer in time', () => {
    const { guard, quit, event, fireTimer } = setup();
    guard.onBeforeQuit(event());
    fireTimer();
    expect(quit).toHaveBeenCalledTimes(1);
    guard.onBackupDone(); // a late answer does not quit twice
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('does not wait when there is no window to ask', () => {
    const { guard, quit, event } = setup(false);
    const e = event();
    guard.onBeforeQuit(e);
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });

  it('lets a second quit through while waiting', () => {
    const { guard, event } = setup();
    guard.onBeforeQuit(event());
    const impatient = event();
    guard.onBeforeQuit(impatient);
    expect(impatient.preventDefault).not.toHaveBeenCalled();
  });

  it('ignores a report when no quit is under way', () => {
    const { guard, quit } = setup();
    guard.onBackupDone();
    expect(quit).not.toHaveBeenCalled();
  });
});
