import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/**
 * CPU time of each Chromium process of this run, from /proc (Linux). The
 * DevTools profiler sees only JavaScript threads; IndexedDB's backend runs in
 * the browser process, so this is how the bench tells "the page's code is
 * slow" from "the platform is busy" for the storage scenarios.
 */
let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond =
        Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function kind(cmdline: string[]): string {
  const type = cmdline.find((a) => a.startsWith('--type='))?.slice('--type='.length);
  if (!type) return 'browser';
  const sub = cmdline
    .find((a) => a.startsWith('--utility-sub-type='))
    ?.split('.')
    .at(-1);
  return sub ? `${type}:${sub}` : type;
}

interface ProcInfo {
  pid: number;
  ppid: number;
  cmdline: string[];
  cpuMs: number;
}

async function processes(): Promise<ProcInfo[]> {
  const ticks = clockTicks();
  const out: ProcInfo[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Chromium rewrites its children's titles into one space-separated string.
      const cmdline = (await readFile(`/proc/${entry}/cmdline`, 'utf8'))
        .split('\0')
        .flatMap((arg) => arg.split(' '));
      out.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        cmdline,
        cpuMs: ((Number(fields[11]) + Number(fields[12])) / ticks) * 1000,
      });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/**
 * CPU milliseconds by process kind (browser, renderer, gpu-process, zygote,
 * utility:…) over the browser launched with `userDataDir` and all its
 * descendants (child processes do not all repeat --user-data-dir).
 */
export async function chromiumCpu(userDataDir: string): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  if (process.platform !== 'linux') return totals;
  const all = await processes();
  const ours = new Set(
    all
      .filter(
        (p) =>
          p.cmdline.some((a) => a.includes(userDataDir)) &&
          !p.cmdline.some((a) => a.startsWith('--type=')),
      )
      .map((p) => p.pid),
  );
  // Descendants, to any depth.
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid);
        grew = true;
      }
    }
  }
  for (const p of all) {
    if (!ours.has(p.pid)) continue;
    const key = kind(p.cmdline);
    totals[key] = (totals[key] ?? 0) + p.cpuMs;
  }
  return totals;
}

/** CPU used by each process kind while `work` ran, next to the wall time. */
export async function measureChromiumCpu<T>(
  userDataDir: string,
  work: () => Promise<T>,
): Promise<{ result: T; wallMs: number; cpuMs: Record<string, number> }> {
  const before = await chromiumCpu(userDataDir);
  const started = performance.now();
  const result = await work();
  const wallMs = performance.now() - started;
  const after = await chromiumCpu(userDataDir);
  const cpuMs: Record<string, number> = {};
  for (const [key, value] of Object.entries(after)) {
    const used = value - (before[key] ?? 0);
    if (used > 0) cpuMs[key] = Math.round(used);
  }
  return { result, wallMs: Math.round(wallMs), cpuMs };
}
