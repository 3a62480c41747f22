import { build as esbuild } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import {
  APP_BUILD,
  BENCH_DIR,
  PAGE_BUILD,
  READABLE_APP_BUILD,
  READABLE_PREFIX,
  ROOT,
} from './paths';

/**
 * Builds, with Vite's JS API, the app exactly as `npm run build:renderer` does
 * (the project's vite.config.ts, only the output folder changed so a
 * concurrent e2e run's dist/ is left alone) and the bench page, which is
 * served under /bench/ on the same origin.
 */
export async function buildApp(): Promise<void> {
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: path.join(ROOT, 'renderer'),
    logLevel: 'warn',
    build: { outDir: APP_BUILD, emptyOutDir: true },
  });
}

/**
 * The same app unminified, for CPU profiles only (never for timings): function
 * names survive, so a profile says "filterInitiatives", not "Jp".
 */
export async function buildReadableApp(): Promise<void> {
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: path.join(ROOT, 'renderer'),
    base: READABLE_PREFIX,
    logLevel: 'warn',
    build: { outDir: READABLE_APP_BUILD, emptyOutDir: true, minify: false },
  });
}

export async function buildBenchPage(): Promise<void> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  await build({
    configFile: false,
    root: path.join(BENCH_DIR, 'page'),
    base: '/bench/',
    publicDir: false,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    build: {
      outDir: PAGE_BUILD,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Readable function names in CPU profiles; V8 runs minified and plain code alike.
      minify: false,
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 5000,
    },
  });
}

/** The probe injected into the app page, as one classic script. */
export async function buildProbe(): Promise<string> {
  const result = await esbuild({
    entryPoints: [path.join(BENCH_DIR, 'page', 'probe.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('The probe did not build');
  return file.text;
}
