import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  MAX_APP_URL_LENGTH,
  resolveAppRequest,
  serveAppRequest,
} from './protocol';

// vi.mock is hoisted above the imports: loading the real `electron` package
// outside Electron would try to download the binary.
vi.mock('electron', () => ({ app: {}, protocol: {} }));

const root = path.resolve('/srv/countersign/dist/renderer');

describe('resolveAppRequest', () => {
  it.each([
    ['app://countersign/', 'index.html', 'text/html; charset=utf-8'],
    ['app://countersign', 'index.html', 'text/html; charset=utf-8'],
    ['app://countersign/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://countersign/?session=1#top', 'index.html', 'text/html; charset=utf-8'],
    ['APP://Countersign/index.html', 'index.html', 'text/html; charset=utf-8'],
    [
      'app://countersign/assets/index-B2x9.js',
      'assets/index-B2x9.js',
      'text/javascript; charset=utf-8',
    ],
    [
      'app://countersign/assets/verify.worker-Cq1.js?worker_file&type=module',
      'assets/verify.worker-Cq1.js',
      'text/javascript; charset=utf-8',
    ],
    ['app://countersign/assets/index-9f.css', 'assets/index-9f.css', 'text/css; charset=utf-8'],
    ['app://countersign/assets/Inter.woff2', 'assets/Inter.woff2', 'font/woff2'],
    ['app://countersign/assets/logo.SVG', 'assets/logo.SVG', 'image/svg+xml'],
    ['app://countersign/assets/my%20icon.png', 'assets/my icon.png', 'image/png'],
    ['app://countersign/assets/hash.wasm', 'assets/hash.wasm', 'application/wasm'],
  ])('maps %s to %s', (url, relativePath, mimeType) => {
    expect(resolveAppRequest(url, root)).toEqual({
      path: path.join(root, ...relativePath.split('/')),
      mimeType,
    });
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a host that starts like ours', 'app://countersign.evil/index.html'],
    ['credentials', 'app://x@countersign/index.html'],
    ['a port', 'app://countersign:99/index.html'],
    ['another scheme', 'file:///srv/countersign/dist/renderer/index.html'],
    ['https', 'https://countersign/index.html'],
    ['dot-dot segment', 'app://countersign/../package.json'],
    ['nested dot-dot segment', 'app://countersign/assets/../../package.json'],
    ['single dot segment', 'app://countersign/./index.html'],
    ['encoded dot-dot', 'app://countersign/%2e%2e/package.json'],
    ['upper-case encoded dot-dot', 'app://countersign/%2E%2E/package.json'],
    ['half-encoded dot-dot', 'app://countersign/.%2e/package.json'],
    ['encoded slash', 'app://countersign/assets%2f..%2f..%2fpackage.json'],
    ['backslash', 'app://countersign/assets\\..\\..\\package.json'],
    ['encoded backslash', 'app://countersign/assets%5c..%5cpackage.json'],
    ['absolute path', 'app://countersign//etc/passwd.txt'],
    ['encoded absolute path', 'app://countersign/%2Fetc%2Fpasswd.txt'],
    ['drive letter', 'app://countersign/C:/Windows/win.ini.txt'],
    ['NUL byte', 'app://countersign/index.html\u0000.js'],
    ['encoded NUL byte', 'app://countersign/index.html%00.js'],
    ['newline', 'app://countersign/index.html\n'],
    ['malformed escape', 'app://countersign/%E0%A4%A.js'],
    ['hidden file', 'app://countersign/.env.json'],
    ['folder', 'app://countersign/assets/'],
    ['no extension', 'app://countersign/LICENSE'],
    ['unknown extension', 'app://countersign/tool.exe'],
    ['server-side script', 'app://countersign/main.cjs'],
    ['trailing dot (Windows strips it)', 'app://countersign/index.html.'],
    ['trailing space', 'app://countersign/index.html%20'],
    ['over-long URL', `app://countersign/${'a'.repeat(MAX_APP_URL_LENGTH)}.js`],
    ['empty string', ''],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it('never resolves outside the root, whatever the segments', () => {
    const tricky = ['..', '.', '%2e', '%2e%2e', '%2f', '%5c', 'a', 'b.js', '', '%00', 'C:'];
    for (const a of tricky) {
      for (const b of tricky) {
        const resolved = resolveAppRequest(`app://countersign/${a}/${b}`, root);
        if (resolved !== null) {
          expect(path.relative(root, resolved.path).startsWith('..')).toBe(false);
        }
      }
    }
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('gives app:// a secure standard origin without bypassing CSP or enabling service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
  });
});

describe('serveAppRequest', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'countersign-protocol-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Countersign</title>');
    await writeFile(path.join(dir, 'assets', 'app.js'), 'export const ok = true;');
    await writeFile(path.join(dir, 'secret.txt'), 'inside root, fine to serve');
    await writeFile(path.join(dir, '..', 'outside.txt'), 'must never be served');
  });

  afterAll(async () => {
    await rm(path.join(dir, '..', 'outside.txt'), { force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html for / with a content type and nosniff', async () => {
    const response = await serveAppRequest(new Request('app://countersign/'), dir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Countersign</title>');
  });

  it('serves scripts as JavaScript so module scripts and workers load', async () => {
    const response = await serveAppRequest(new Request('app://countersign/assets/app.js'), dir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-length')).toBe('23');
  });

  it('answers HEAD with headers and no body', async () => {
    const request = new Request('app://countersign/index.html', { method: 'HEAD' });
    const response = await serveAppRequest(request, dir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.body).toBeNull();
  });

  it.each([
    'app://countersign/missing.js',
    'app://countersign/assets.js',
    'app://countersign/%2e%2e/outside.txt',
    'app://other/index.html',
  ])('answers 404 with nosniff for %s', async (url) => {
    const response = await serveAppRequest(new Request(url), dir);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('Not found');
  });

  it('answers 404 when the path is a folder', async () => {
    await mkdir(path.join(dir, 'folder.js'));
    const response = await serveAppRequest(new Request('app://countersign/folder.js'), dir);
    expect(response.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD without reading anything', async () => {
    const read = vi.fn<(filePath: string) => Promise<Uint8Array>>();
    const request = new Request('app://countersign/index.html', { method: 'POST', body: 'x' });
    const response = await serveAppRequest(request, dir, read);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(read).not.toHaveBeenCalled();
  });
});
