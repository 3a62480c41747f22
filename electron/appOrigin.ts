/**
 * The app's own origin. The renderer is only ever served from here (never from
 * `file://`), so "is this ours?" is one exact comparison on a parsed URL.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'countersign';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a page or resource of the app origin, `app://countersign/...`. */
export function isAppUrl(url: string | undefined): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // `app:` is not a WHATWG special scheme in Node, so the host is kept as written:
  // compare case-insensitively and refuse anything that could smuggle another host.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
