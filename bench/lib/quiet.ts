import os from 'node:os';
import { chromiumCpu } from './processCpu';

function machineBusyMs(): number {
  let busy = 0;
  for (const cpu of os.cpus())
    busy += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq;
  return busy;
}

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((a, b) => a + b, 0);
}

/**
 * Waits until this run's Chromium is idle (under 10 % of a core for two
 * consecutive seconds, at most `maxMs`), so background work such as IndexedDB
 * compaction after writing the reference workspace does not leak into the
 * next measurement. Other programs on the machine are not waited for; their
 * load is recorded by `contentionMeter` instead.
 */
export async function waitUntilQuiet(
  userDataDir: string,
  maxMs = 30_000,
): Promise<{ waitedMs: number }> {
  const started = Date.now();
  let quietSeconds = 0;
  let before = sum(await chromiumCpu(userDataDir));
  while (Date.now() - started < maxMs && quietSeconds < 2) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = sum(await chromiumCpu(userDataDir));
    quietSeconds = now - before < 100 ? quietSeconds + 1 : 0;
    before = now;
  }
  return { waitedMs: Date.now() - started };
}

/**
 * CPU the rest of the machine used while a scenario ran: total busy time
 * minus this run's Chromium and this Node process, in cores. Other engineers'
 * test runs on a shared machine show up here, and make figures slower.
 */
export async function contentionMeter(userDataDir: string) {
  const startWall = Date.now();
  const startBusy = machineBusyMs();
  const startOurs = sum(await chromiumCpu(userDataDir));
  const startNode = process.cpuUsage();
  return async () => {
    const wallMs = Math.max(1, Date.now() - startWall);
    const busy = machineBusyMs() - startBusy;
    const ours = sum(await chromiumCpu(userDataDir)) - startOurs;
    const node = process.cpuUsage(startNode);
    const mine = ours + (node.user + node.system) / 1000;
    const otherCores = Math.max(0, (busy - mine) / wallMs);
    return {
      wallSeconds: Math.round(wallMs / 100) / 10,
      thisRunCores: Math.round((mine / wallMs) * 100) / 100,
      otherProgramsCores: Math.round(otherCores * 100) / 100,
    };
  };
}
