import { app, protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Privileges of the `app:` scheme. `standard` + `secure` give it a real origin
 * (IndexedDB, module scripts and module workers need one, and a secure context);
 * `supportFetchAPI` lets the renderer fetch its own assets; `corsEnabled` keeps
 * Chromium from refusing the CORS-mode fetches that `crossorigin` module scripts
 * and module workers make. Only app:// content ever runs (navigation is locked in
 * security.ts), so no foreign origin is around to read it.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
} as const;

/** Must run before the app is ready: privileges are fixed once Chromium starts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Content types for what the renderer build produces; anything else is refused. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Longer URLs are refused before any parsing. */
export const MAX_APP_URL_LENGTH = 2048;

export interface ResolvedAppRequest {
  /** Absolute path of the file inside `rootDir`. */
  path: string;
  mimeType: string;
}

const APP_URL_PATTERN = new RegExp(`^${APP_SCHEME}://${APP_HOST}(/[^?#]*)?(?:[?#].*)?$`, 'i');

/**
 * Maps `app://countersign/<path>` to a file under `rootDir`, or null when the
 * request must be refused. Works on the raw URL rather than a normalised one so
 * that traversal attempts are refused, not quietly resolved to some other file.
 */
export function resolveAppRequest(url: string, rootDir: string): ResolvedAppRequest | null {
  if (url.length > MAX_APP_URL_LENGTH || hasControlCharacter(url)) return null;
  const match = APP_URL_PATTERN.exec(url);
  if (match === null) return null;

  const rawPath = match[1] ?? '/';
  const segments = rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    const name = decodeSegment(segment);
    if (name === null) return null;
    decoded.push(name);
  }

  const fileName = decoded.at(-1) ?? '';
  const mimeType = MIME_TYPES[path.extname(fileName).toLowerCase()];
  if (mimeType === undefined) return null;

  const root = path.resolve(rootDir);
  const filePath = path.join(root, ...decoded);
  const relative = path.relative(root, filePath);
  // Belt and braces: the segment rules above already make escaping impossible.
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return { path: filePath, mimeType };
}

/** One decoded path segment, or null when it is empty, a dot segment or unsafe. */
function decodeSegment(segment: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    return null; // malformed percent-encoding
  }
  if (name === '' || name.startsWith('.')) return null; // `//`, `.`, `..`, hidden files
  if (/[/\\:]/.test(name) || hasControlCharacter(name)) return null; // separators, drives, NUL
  return name;
}

function hasControlCharacter(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Headers every app:// response carries, including refusals. */
export const BASE_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** Answers one request for the `app:` scheme from `rootDir`. Never throws. */
export async function serveAppRequest(
  request: Request,
  rootDir: string,
  read: ReadFile = readFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  const resolved = resolveAppRequest(request.url, rootDir);
  if (resolved === null) return textResponse(404, 'Not found');
  let body: Uint8Array;
  try {
    body = await read(resolved.path);
  } catch {
    return textResponse(404, 'Not found'); // missing file, or a folder
  }
  const headers = {
    ...BASE_RESPONSE_HEADERS,
    'Content-Type': resolved.mimeType,
    'Content-Length': String(body.byteLength),
  };
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...BASE_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}

/** The built renderer, inside app.asar when packaged. */
export function rendererRoot(): string {
  return path.join(app.getAppPath(), 'dist', 'renderer');
}

/** Serves the built renderer on `app://countersign/`. Call once the app is ready. */
export function setupProtocol(rootDir: string = rendererRoot()): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir));
}
