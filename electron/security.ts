import { app, session, shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { isSafeExternalUrl } from './externalLinks';

type OpenExternal = (url: string) => Promise<void>;

/** Something that can be cancelled and says where it was going. */
interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** Keeps every frame on the app origin: anything else is cancelled. */
export function preventForeignNavigation(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * The answer to every `window.open` and `target=_blank` link: no new window,
 * ever. A vetted public https link opens in the person's browser instead.
 */
export function handleWindowOpen(url: string, openExternal: OpenExternal): { action: 'deny' } {
  if (isSafeExternalUrl(url)) {
    openExternal(new URL(url).href).catch((error: unknown) => {
      console.warn('Countersign could not open an external link', error);
    });
  }
  return { action: 'deny' };
}

/** Locks down one WebContents as soon as it exists, before it loads anything. */
export function hardenWebContents(
  contents: WebContents,
  openExternal: OpenExternal = (url) => shell.openExternal(url),
): void {
  contents.on('will-navigate', preventForeignNavigation);
  // will-frame-navigate also covers iframes, which will-navigate does not.
  contents.on('will-frame-navigate', preventForeignNavigation);
  contents.on('will-redirect', preventForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, openExternal));
}

/** The app needs no camera, microphone, notifications, devices or anything else. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

/** Navigation, window and permission policy for the whole app. Call once ready. */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  denyAllPermissions(session.defaultSession);
}
