/**
 * Countersign benchmark suite (issue 11): `npm run bench [-- --scale small|full] [--profile]`.
 *
 * Builds the app and the bench page, serves both from one origin on 127.0.0.1,
 * generates the reference workspace in Chromium's IndexedDB (fresh profile per
 * run), runs every scenario in bench/scenarios/, prints a table and writes
 * bench/results/<date>-<scale>.json. Budgets are DESIGN.md §6; nothing here
 * asserts on time, and a missed budget gets a CPU profile, not a retry.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, buildBenchPage, buildProbe, buildReadableApp } from './lib/build';
import { machineInfo, packageVersion } from './lib/machine';
import {
  APP_BUILD,
  PAGE_BUILD,
  READABLE_APP_BUILD,
  READABLE_PREFIX,
  RESULTS_DIR,
} from './lib/paths';
import { measureChromiumCpu } from './lib/processCpu';
import { profileOnPage } from './lib/profile';
import { contentionMeter, waitUntilQuiet } from './lib/quiet';
import { markdownTable, resultTable } from './lib/report';
import { serve } from './lib/server';
import { round } from './lib/stats';
import type { GenerateResult } from './page/api';
import { SAMPLE_PASSPHRASE } from '../renderer/features/workspace-setup/samplePassphrase';
import { SCENARIOS } from './scenarios/index';
import type { BenchContext, Figure, PendingScenario, ProfileSummary } from './scenarios/types';
import { countsForScale, DEFAULT_SEED, planWorkload, type Scale } from './workload/generate';

const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Scenarios that drive the app page: the bench page is closed before each (7 opens it after). */
const APP_SCENARIOS = new Set([1, 2, 7]);

interface Options {
  scale: Scale;
  profile: boolean;
  only: Set<number> | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { scale: 'full', profile: false, only: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      i += 1;
      if (next === undefined) throw new Error(`${String(arg)} needs a value`);
      return next;
    };
    if (arg === '--scale') {
      const scale = value();
      if (scale !== 'small' && scale !== 'full') throw new Error('--scale is small or full');
      options.scale = scale;
    } else if (arg?.startsWith('--scale=')) {
      const scale = arg.slice('--scale='.length);
      if (scale !== 'small' && scale !== 'full') throw new Error('--scale is small or full');
      options.scale = scale;
    } else if (arg === '--profile') {
      options.profile = true;
    } else if (arg === '--only') {
      options.only = new Set(value().split(',').map(Number));
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        'npm run bench -- [--scale small|full] [--profile] [--only 1,2,4,5]\n  --profile  capture CPU profiles for every scenario, not only for missed budgets',
      );
      process.exit(0);
    } else {
      throw new Error(`Unknown option ${String(arg)}`);
    }
  }
  return options;
}

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

const started = Date.now();
function log(message: string) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[${seconds}s] ${message}`);
}

async function openBenchPage(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().startsWith('[bench]')) log(message.text().slice(8));
  });
  page.on('pageerror', (error) => log(`bench page error: ${error.message}`));
  await page.goto(`${baseUrl}/bench/`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

/** Opens the sample workspace the way a person does, so it is built by the app itself. */
async function buildSample(
  context: BrowserContext,
  baseUrl: string,
): Promise<{ dbName: string; passphrase: string }> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Open sample workspace' }).click();
    await page.getByRole('heading', { name: 'Who is working?' }).waitFor();
    const dbName = await page.evaluate(() => localStorage.getItem('countersign.lastWorkspace'));
    if (!dbName) throw new Error('The app did not remember the sample workspace');
    return { dbName, passphrase: SAMPLE_PASSPHRASE };
  } finally {
    await page.close();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const counts = countsForScale(options.scale);
  const seed = DEFAULT_SEED;
  log(`Countersign bench, scale ${options.scale}`);

  log('building the app and the bench page (Vite)');
  const buildStarted = Date.now();
  await buildApp();
  await buildReadableApp();
  await buildBenchPage();
  const probeSource = await buildProbe();
  const buildMs = Date.now() - buildStarted;

  const server = await serve([
    { prefix: '/bench/', dir: PAGE_BUILD },
    { prefix: READABLE_PREFIX, dir: READABLE_APP_BUILD },
    { prefix: '/', dir: APP_BUILD },
  ]);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'countersign-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  let benchPage: Page | null = null;
  const getBenchPage = async () => {
    benchPage ??= await openBenchPage(context, server.url);
    return benchPage;
  };
  const closeBenchPage = async () => {
    await benchPage?.close();
    benchPage = null;
  };

  try {
    const page = await getBenchPage();
    const cdp = await context.newCDPSession(page);
    const browserVersion = (await cdp.send('Browser.getVersion')) as { product: string };
    await cdp.detach();
    const dexieInPage = await page.evaluate(() => window.countersignBench?.dexieVersion() ?? '');

    log(
      `generating the reference workspace: ${counts.members.toLocaleString('en-GB')} members, ${counts.initiatives.toLocaleString('en-GB')} initiatives, ${counts.risks.toLocaleString('en-GB')} risks, ${counts.signoffs.toLocaleString('en-GB')} signed sign-offs, ${counts.auditEvents.toLocaleString('en-GB')} audit events`,
    );
    const reference: GenerateResult = await page.evaluate(
      (o) => {
        const bench = window.countersignBench;
        if (!bench) throw new Error('The bench page is not ready');
        return bench.generateReference(o);
      },
      { scale: options.scale, seed },
    );
    log(
      `reference workspace written in ${(reference.ms / 1000).toFixed(1)} s (${reference.dbName})`,
    );
    await closeBenchPage();

    log('building the sample workspace through the app');
    const sample = await buildSample(context, server.url);

    const ctx: BenchContext = {
      scale: options.scale,
      counts,
      seed,
      context,
      baseUrl: server.url,
      probeSource,
      benchPage: getBenchPage,
      reference,
      sample,
      alwaysProfile: options.profile,
      profile: profileOnPage,
      processCpu: (work) => measureChromiumCpu(userDataDir, work),
      log,
    };

    const figures: Figure[] = [];
    const profiles: ProfileSummary[] = [];
    const pending: PendingScenario[] = [];
    const failures: { scenario: number; error: string }[] = [];
    const notes: { scenario: number; note: string }[] = [];
    const contention: ({ scenario: number } & Awaited<
      ReturnType<Awaited<ReturnType<typeof contentionMeter>>>
    >)[] = [];
    for (const scenario of SCENARIOS) {
      if ('notYetMeasurable' in scenario) {
        pending.push(scenario);
        continue;
      }
      if (options.only && !options.only.has(scenario.id)) continue;
      // Scenarios that drive the app run without the bench page competing for the CPU,
      // and none starts while the last one's IndexedDB work is still settling.
      if (APP_SCENARIOS.has(scenario.id)) await closeBenchPage();
      const quiet = await waitUntilQuiet(userDataDir);
      log(
        `scenario ${String(scenario.id)}: ${scenario.title} (waited ${(quiet.waitedMs / 1000).toFixed(0)} s for Chromium to settle)`,
      );
      const stopMeter = await contentionMeter(userDataDir);
      try {
        const result = await scenario.run(ctx);
        const load = await stopMeter();
        contention.push({ scenario: scenario.id, ...load });
        if (load.otherProgramsCores > 0.2) {
          notes.push({
            scenario: scenario.id,
            note: `other programs used ${String(load.otherProgramsCores)} of ${String(os.cpus().length)} cores on average while this scenario ran; its figures are slower than on a quiet machine`,
          });
        }
        figures.push(...result.figures);
        profiles.push(...(result.profiles ?? []));
        for (const note of result.notes ?? []) notes.push({ scenario: scenario.id, note });
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        log(`scenario ${String(scenario.id)} failed: ${message}`);
        failures.push({ scenario: scenario.id, error: message });
      }
    }

    const date = new Date();
    const results = {
      suite: 'countersign-bench',
      date: date.toISOString(),
      scale: options.scale,
      durationSeconds: round((Date.now() - started) / 1000),
      machine: {
        ...machineInfo(),
        hardwareConcurrencyInBrowser: await context
          .pages()[0]
          ?.evaluate(() => navigator.hardwareConcurrency),
      },
      versions: {
        node: process.version,
        chromium: browserVersion.product,
        dexie: dexieInPage || (await packageVersion('dexie')),
        playwrightCore: await packageVersion('playwright-core'),
        vite: await packageVersion('vite'),
        zod: await packageVersion('zod'),
        nobleHashes: await packageVersion('@noble/hashes'),
        react: await packageVersion('react'),
      },
      workload: {
        seed,
        counts,
        ...(({ members: _members, ...plan }) => plan)(planWorkload(counts, seed)),
        referenceDb: reference.dbName,
        generateSeconds: round(reference.ms / 1000),
        generateWaitingOnIndexedDbSeconds: round(reference.waitMs / 1000),
        buildSeconds: round(buildMs / 1000),
      },
      figures,
      notYetMeasurable: pending.map((p) => ({
        scenario: p.id,
        title: p.title,
        reason: p.notYetMeasurable,
      })),
      notes,
      machineLoadPerScenario: contention,
      scenarioErrors: failures,
      profiles,
    };

    await mkdir(RESULTS_DIR, { recursive: true });
    const stamp = date.toISOString().slice(0, 10);
    const file = path.join(RESULTS_DIR, `${stamp}-${options.scale}.json`);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(
      path.join(RESULTS_DIR, `latest-${options.scale}.md`),
      `Scale ${options.scale}, ${date.toISOString()}, ${results.machine.cpuModel} × ${String(results.machine.cores)}, ${String(results.machine.memoryGiB)} GiB, ${results.versions.chromium}, Node ${process.version}\n\n${markdownTable(figures, pending)}\n${notes.map((n) => `\nScenario ${String(n.scenario)}: ${n.note}\n`).join('')}`,
    );

    console.log(`\n${resultTable(figures, pending)}\n`);
    for (const n of notes) console.log(`scenario ${String(n.scenario)}: ${n.note}`);
    for (const p of profiles) {
      console.log(`profile ${p.label} (${String(p.totalMs)} ms sampled, ${p.file}); self time:`);
      for (const t of p.top.slice(0, 8)) {
        console.log(
          `  ${String(t.percent).padStart(5)}%  ${String(t.selfMs).padStart(8)} ms  ${t.fn} ${t.where}`,
        );
      }
    }
    log(`results written to ${path.relative(process.cwd(), file)}`);
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
