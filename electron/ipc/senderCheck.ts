import type { WebFrameMain } from 'electron';
import { isAppUrl } from '../appOrigin';

/** What the handlers need to know about who is calling. */
export interface IpcSender {
  /** URL of the calling frame; undefined when the frame is already gone. */
  readonly frameUrl: string | undefined;
  readonly isMainFrame: boolean;
}

/**
 * Only the app's own top-level page may call the main process. Subframes,
 * other origins and `file://` pages are refused even though none of them
 * should exist: this is the check that holds if something else ever fails.
 */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && isAppUrl(frameUrl);
}

/** Reads the sender out of an IPC event's `senderFrame` without ever throwing. */
export function senderFromFrame(frame: Pick<WebFrameMain, 'url' | 'parent'> | null): IpcSender {
  if (frame === null) return { frameUrl: undefined, isMainFrame: false };
  try {
    return { frameUrl: frame.url, isMainFrame: frame.parent === null };
  } catch {
    // A frame disposed while the call was in flight throws on access.
    return { frameUrl: undefined, isMainFrame: false };
  }
}
