import { build as esbuild } from 'esbuild';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ScreenProbeApi } from '../page/api';
import { BENCH_DIR } from '../lib/paths';
import { openApp } from './coldStart';
import type { BenchContext } from './types';

/**
 * Shared by scenarios 2 and 7: the app signed in to the reference workspace
 * (through `openApp`, the cold-start probe), with `page/screenProbe.ts`
 * evaluated in it so the runner can drive the Dashboard and the Risks
 * portfolio. The screen probe is bundled here, once per run, with esbuild;
 * it is evaluated over CDP because the app's Content-Security-Policy refuses
 * inline scripts.
 */
let screenProbeSource: Promise<string> | null = null;

function buildScreenProbe(): Promise<string> {
  screenProbeSource ??= esbuild({
    entryPoints: [path.join(BENCH_DIR, 'page', 'screenProbe.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('The screen probe did not build');
    return file.text;
  });
  return screenProbeSource;
}

/** The reference workspace, signed in as its administrator, the Initiatives list on screen. */
export async function openReferenceApp(
  ctx: BenchContext,
  options: { readable?: boolean } = {},
): Promise<Page> {
  const source = await buildScreenProbe();
  const { page } = await openApp(
    ctx,
    {
      lastWorkspace: ctx.reference.dbName,
      signInAs: ctx.reference.administratorName,
      passphrase: ctx.reference.passphrase,
    },
    options,
  );
  await page.evaluate(source);
  // Let the work that follows sign-in (status bars, the banner's queries) finish first.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          requestIdleCallback(() => resolve(), { timeout: 2000 });
        }, 500);
      }),
  );
  return page;
}

type Method = keyof ScreenProbeApi;

/** Calls one of the screen probe's functions in the page. */
export function screen<M extends Method>(
  page: Page,
  method: M,
  ...args: Parameters<ScreenProbeApi[M]>
): Promise<Awaited<ReturnType<ScreenProbeApi[M]>>> {
  return page.evaluate(
    ({ m, a }) => {
      const probe = window.countersignScreens;
      if (!probe) throw new Error('The screen probe is not installed');
      const fn = probe[m] as (...values: unknown[]) => unknown;
      return fn(...a);
    },
    { m: method, a: args },
  ) as Promise<Awaited<ReturnType<ScreenProbeApi[M]>>>;
}
